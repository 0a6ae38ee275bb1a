#pragma once

#include <QTreeWidget>

namespace sellercrm {

// The segment tree of the filters (BUY-2 segments, COM-5 audience): Regular (Top, Loyal, At risk),
// New, Potential (Sleeping, Interested in your products / categories), each checkable; checking a
// segment checks its sub-segments.
class SegmentTree final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentTree)

public:
    explicit SegmentTree(QWidget* parent = nullptr);

    // Sub-segment codes checked ("new" for New).
    QStringList checkedSubsegments() const;
    // Segments whose every sub-segment is checked ("regular", "new", "potential").
    QStringList fullyCheckedSegments() const;
    // Checks these sub-segments and every sub-segment of these segments, nothing else; quietly.
    void setChecked(const QStringList& subsegments, const QStringList& segments = {});
    QTreeWidgetItem* itemFor(const QString& code) const;

signals:
    void selectionChanged();

private:
    bool m_updating = false;
};

} // namespace sellercrm
