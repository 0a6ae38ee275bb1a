#pragma once

#include <QFrame>

class QLabel;

namespace sellercrm {

// A one-line notice across the top of a page: offline with the cache age, read-only snapshot.
class Banner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Banner)

public:
    Banner(const QString& iconName, QWidget* parent = nullptr);

    void setText(const QString& text);
    QString text() const;

private:
    QLabel* m_icon;
    QLabel* m_text;
};

} // namespace sellercrm
