#pragma once

#include <QLabel>

namespace sellercrm {

// STA-3: a one-line label that elides its text with an ellipsis when it does not fit and then
// shows the full text in its tooltip.
class ElidedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(const QString& text = {}, QWidget* parent = nullptr);

    void setFullText(const QString& text);
    QString fullText() const { return m_fullText; }
    bool isElided() const;
    // A tooltip shown when the text is not elided (elided, the full text comes first).
    void setExtraToolTip(const QString& tip);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateElision();

    QString m_fullText;
    QString m_extraTip;
};

} // namespace sellercrm
