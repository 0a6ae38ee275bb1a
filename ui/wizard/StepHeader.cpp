#include "wizard/StepHeader.h"

#include "wizard/WizardModel.h"

#include <QHBoxLayout>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace sellercrm {

StepHeader::StepHeader(WizardModel* model, QWidget* parent)
    : QFrame(parent)
    , m_model(model)
{
    setObjectName(u"stepHeader"_s);
    setProperty("role", u"card"_s);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 8);
    for (int step = 0; step < WizardModel::stepCount; ++step) {
        auto* button = new QPushButton;
        button->setObjectName(u"step_%1"_s.arg(step + 1));
        button->setCheckable(true);
        button->setMinimumHeight(48);
        connect(button, &QPushButton::clicked, this, [this, step] {
            m_model->openStep(step);
            refresh();
        });
        m_buttons.append(button);
        layout->addWidget(button, 1);
    }
    connect(model, &WizardModel::changed, this, &StepHeader::refresh);
    connect(model, &WizardModel::stepChanged, this, &StepHeader::refresh);
    refresh();
}

void StepHeader::refresh()
{
    for (int step = 0; step < WizardModel::stepCount; ++step) {
        QPushButton* button = m_buttons.at(step);
        button->setText(tr("%1 %2\n%3").arg(step + 1).arg(m_model->stepTitle(step), m_model->stepSummary(step)));
        button->setChecked(step == m_model->currentStep());
        const bool open = m_model->canOpen(step);
        button->setEnabled(open);
        button->setToolTip(open ? QString() : tr("Confirm the earlier steps with “Next” first."));
    }
}

} // namespace sellercrm
