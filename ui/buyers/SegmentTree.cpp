#include "buyers/SegmentTree.h"

#include "Segmentation.h"

using namespace Qt::StringLiterals;

namespace sellercrm {

namespace {
constexpr int codeRole = Qt::UserRole;
constexpr int segmentRole = Qt::UserRole + 1;
} // namespace

SegmentTree::SegmentTree(QWidget* parent)
    : QTreeWidget(parent)
{
    setObjectName(u"segmentTree"_s);
    setHeaderHidden(true);
    setMinimumSize(300, 230);
    m_updating = true;
    for (Segment segment : allSegments) {
        auto* top = new QTreeWidgetItem(this, {segmentName(segment)});
        top->setData(0, segmentRole, segmentCode(segment));
        if (segment == Segment::New) {
            top->setData(0, codeRole, subSegmentCode(SubSegment::New));
            top->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            top->setCheckState(0, Qt::Unchecked);
            continue;
        }
        top->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        for (SubSegment sub : allSubSegments) {
            if (segmentOf(sub) != segment)
                continue;
            auto* item = new QTreeWidgetItem(top, {subSegmentName(sub)});
            item->setData(0, codeRole, subSegmentCode(sub));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(0, Qt::Unchecked);
            item->setToolTip(0, subSegmentDescription(sub));
        }
        top->setCheckState(0, Qt::Unchecked);
    }
    expandAll();
    m_updating = false;
    connect(this, &QTreeWidget::itemChanged, this, [this] {
        if (!m_updating)
            emit selectionChanged();
    });
}

QStringList SegmentTree::checkedSubsegments() const
{
    QStringList codes;
    for (QTreeWidgetItemIterator it(const_cast<SegmentTree*>(this)); *it; ++it) {
        const QString code = (*it)->data(0, codeRole).toString();
        if (!code.isEmpty() && (*it)->checkState(0) == Qt::Checked)
            codes << code;
    }
    return codes;
}

QStringList SegmentTree::fullyCheckedSegments() const
{
    QStringList codes;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->checkState(0) == Qt::Checked)
            codes << topLevelItem(i)->data(0, segmentRole).toString();
    }
    return codes;
}

QTreeWidgetItem* SegmentTree::itemFor(const QString& code) const
{
    for (QTreeWidgetItemIterator it(const_cast<SegmentTree*>(this)); *it; ++it) {
        if ((*it)->data(0, codeRole).toString() == code)
            return *it;
    }
    return nullptr;
}

void SegmentTree::setChecked(const QStringList& subsegments, const QStringList& segments)
{
    m_updating = true;
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        const QString code = (*it)->data(0, codeRole).toString();
        if (code.isEmpty())
            continue;
        const QString segment = (*it)->parent() ? (*it)->parent()->data(0, segmentRole).toString()
                                                : (*it)->data(0, segmentRole).toString();
        const bool on = subsegments.contains(code) || segments.contains(segment);
        (*it)->setCheckState(0, on ? Qt::Checked : Qt::Unchecked);
    }
    m_updating = false;
}

} // namespace sellercrm
