#include "communications/CommunicationDetailsDialog.h"

#include "communications/CommunicationsModel.h"
#include "communications/MetricsChart.h"
#include "components/Theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sellercrm {

CommunicationDetailsDialog::CommunicationDetailsDialog(const QModelIndex& row, QWidget* parent)
    : QDialog(parent)
    , m_id(row.data(PagedSqlModel::IdRole).toString())
{
    setObjectName(u"communicationDetails"_s);
    const QAbstractItemModel* model = row.model();
    const auto cell = [&](int column) { return model->index(row.row(), column).data().toString(); };
    setWindowTitle(cell(CommunicationsModel::Name));
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(cell(CommunicationsModel::Name));
    Theme::setRole(title, "h2");
    title->setWordWrap(true);
    layout->addWidget(title);
    auto* form = new QFormLayout;
    for (int column = CommunicationsModel::AudienceColumn; column < CommunicationsModel::ColumnCount; ++column) {
        const QString text = cell(column);
        if (text.isEmpty())
            continue;
        auto* value = new QLabel(text);
        value->setObjectName(u"detail:"_s + QString::number(column));
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setToolTip(model->index(row.row(), column).data(Qt::ToolTipRole).toString());
        form->addRow(model->headerData(column, Qt::Horizontal).toString(), value);
    }
    layout->addLayout(form);
    const QVariantList metrics = row.data(CommunicationsModel::MetricsRole).toList();
    if (metrics.isEmpty()) {
        auto* none = new QLabel(tr("No results yet: figures appear once the communication is sent."));
        none->setObjectName(u"noMetrics"_s);
        Theme::setRole(none, "muted");
        layout->addWidget(none);
    } else {
        layout->addWidget(MetricsChart::create(metrics, this), 1);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 640);
}

} // namespace sellercrm
