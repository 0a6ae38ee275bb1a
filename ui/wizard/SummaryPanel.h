#pragma once

#include <QFrame>

class QLabel;

namespace sellercrm {

class WizardModel;

// WIZ-2: the summary on the right — audience, offer, format, link, recipients and cost or budget
// as they are chosen. The wizard page places it 32 px below the step header, outside the scroll.
class SummaryPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryPanel)

public:
    static constexpr int gapBelowHeader = 32;
    explicit SummaryPanel(WizardModel* model, QWidget* parent = nullptr);
    void refresh();

private:
    QLabel* addRow(const QString& objectName, const QString& title);

    WizardModel* m_model;
    QLabel* m_audience;
    QLabel* m_offer;
    QLabel* m_format;
    QLabel* m_link;
    QLabel* m_recipients;
    QLabel* m_cost;
};

} // namespace sellercrm
