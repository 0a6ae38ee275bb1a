#include "wizard/AudienceStep.h"

#include "components/Icons.h"
#include "components/Theme.h"
#include "wizard/FieldErrorBinder.h"
#include "wizard/WizardModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sellercrm {

AudienceStep::AudienceStep(WizardModel* model, FieldErrorBinder* errors, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(u"audienceStep"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("Who receives it"));
    Theme::setRole(title, "h2");
    layout->addWidget(title);
    auto* all = new QPushButton(tr("All your buyers in 90 days"));
    all->setObjectName(u"audienceAll"_s);
    Theme::setRole(all, "link");
    all->setToolTip(tr("Regular and new buyers: everyone who ordered from you in the last 90 days."));
    connect(all, &QPushButton::clicked, this, [this] { m_model->setAudience(Audience::allOwnBuyers()); });
    layout->addWidget(all);

    const WizardContext& context = model->context();
    for (Segment segment : allSegments) {
        addRow(layout, u"seg:"_s + segmentCode(segment), segmentName(segment), context.buyersIn(segment), QString(), 0);
        if (segment == Segment::New)
            continue; // New is its own only sub-segment (SEG-3)
        for (SubSegment sub : allSubSegments)
            if (segmentOf(sub) == segment)
                addRow(layout, u"sub:"_s + subSegmentCode(sub), subSegmentName(sub), context.buyersIn(sub),
                       subSegmentDescription(sub), 24);
    }
    addSavedAudiences(layout);
    layout->addWidget(errors->bind(u"audience"_s, this));
    layout->addStretch(1);
    connect(model, &WizardModel::changed, this, &AudienceStep::load);
    load();
}

QCheckBox* AudienceStep::addRow(QVBoxLayout* layout, const QString& code, const QString& name, qint64 buyers,
                                const QString& description, int indent)
{
    auto* row = new QHBoxLayout;
    row->setContentsMargins(indent, 0, 0, 0);
    auto* box = new QCheckBox(tr("%1 · %2 buyers").arg(name, QLocale().toString(buyers)));
    box->setObjectName(u"audience_"_s + QString(code).replace(u':', u'_'));
    if (buyers == 0) {
        box->setEnabled(false);
        box->setToolTip(tr("No buyers in this segment now, so there is no one to send to."));
    }
    row->addWidget(box);
    if (!description.isEmpty()) {
        auto* info = new QToolButton;
        info->setObjectName(u"info_"_s + QString(code).replace(u':', u'_'));
        info->setIcon(Icons::icon(u"info"_s, Theme::color(u"muted"_s)));
        info->setIconSize(QSize(16, 16));
        Theme::setRole(info, "icon");
        info->setToolTip(description);
        row->addWidget(info);
    }
    row->addStretch(1);
    layout->addLayout(row);
    m_boxes.insert(code, box);
    connect(box, &QCheckBox::toggled, this, [this] {
        if (!m_loading)
            store();
    });
    return box;
}

void AudienceStep::addSavedAudiences(QVBoxLayout* layout)
{
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Or a saved audience:")));
    m_saved = new QComboBox;
    m_saved->setObjectName(u"savedAudience"_s);
    m_saved->addItem(tr("None"), QString());
    for (const WizardSavedAudience& saved : m_model->context().savedAudiences)
        m_saved->addItem(tr("%1 · %2 buyers").arg(saved.name, QLocale().toString(saved.size.total())), saved.id);
    m_saved->setEnabled(m_saved->count() > 1);
    m_saved->setToolTip(m_saved->isEnabled()
                            ? tr("Buyers narrowed by conditions on the Buyer portrait page and saved under a name.")
                            : tr("Save an audience on the Buyer portrait page to choose it here."));
    connect(m_saved, &QComboBox::activated, this, [this](int index) {
        if (m_loading)
            return;
        const QString id = m_saved->itemData(index).toString();
        if (id.isEmpty()) {
            m_model->setAudience(Audience::allOwnBuyers());
            return;
        }
        Audience audience;
        audience.savedAudienceId = id;
        m_model->setAudience(audience);
    });
    row->addWidget(m_saved, 1);
    layout->addLayout(row);
}

void AudienceStep::load()
{
    m_loading = true;
    const Audience& audience = m_model->communication().audience;
    m_saved->setCurrentIndex(std::max(0, m_saved->findData(audience.savedAudienceId)));
    for (Segment segment : allSegments) {
        const bool whole = std::find(audience.segments.begin(), audience.segments.end(), segment) != audience.segments.end();
        m_boxes.value(u"seg:"_s + segmentCode(segment))->setChecked(whole);
        for (SubSegment sub : allSubSegments) {
            if (segmentOf(sub) != segment || sub == SubSegment::New)
                continue;
            QCheckBox* box = m_boxes.value(u"sub:"_s + subSegmentCode(sub));
            box->setChecked(audience.includes(sub));
            if (m_model->context().buyersIn(sub) > 0)
                box->setEnabled(!whole);
        }
    }
    m_loading = false;
}

void AudienceStep::store()
{
    Audience audience;
    for (Segment segment : allSegments) {
        if (m_boxes.value(u"seg:"_s + segmentCode(segment))->isChecked()) {
            audience.segments.push_back(segment);
            continue;
        }
        for (SubSegment sub : allSubSegments)
            if (segmentOf(sub) == segment && sub != SubSegment::New) {
                // A sub-segment box is disabled while its whole segment was chosen: then it only
                // mirrored the segment and is no choice of its own.
                const QCheckBox* box = m_boxes.value(u"sub:"_s + subSegmentCode(sub));
                if (box->isChecked() && box->isEnabled())
                    audience.subSegments.push_back(sub);
            }
    }
    m_model->setAudience(audience);
}

} // namespace sellercrm
