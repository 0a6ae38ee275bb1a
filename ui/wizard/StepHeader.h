#pragma once

#include <QFrame>

class QPushButton;

namespace sellercrm {

class WizardModel;

// WIZ-2: "1 Audience · 2 Offer · 3 Format", each with "Not filled" or its choice. A step opens
// once the earlier ones are confirmed; confirmed steps can be revisited. The wizard page keeps
// it outside the scrolling area, so it stays at the top while the step scrolls.
class StepHeader final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepHeader)

public:
    explicit StepHeader(WizardModel* model, QWidget* parent = nullptr);
    void refresh();
    QPushButton* stepButton(int step) const { return m_buttons.at(step); }

private:
    WizardModel* m_model;
    QList<QPushButton*> m_buttons;
};

} // namespace sellercrm
