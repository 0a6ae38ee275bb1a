#pragma once

#include <QDialog>

class QAbstractItemModel;
class QModelIndex;

namespace sellercrm {

// COM-6 details of one communication: its columns as a form and its metrics over time as a chart.
class CommunicationDetailsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommunicationDetailsDialog)

public:
    // `row` is any index of the communication's row in a CommunicationsModel (or a proxy of it).
    CommunicationDetailsDialog(const QModelIndex& row, QWidget* parent = nullptr);

    QString communicationId() const { return m_id; }

private:
    QString m_id;
};

} // namespace sellercrm
