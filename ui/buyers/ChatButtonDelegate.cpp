#include "buyers/ChatButtonDelegate.h"

#include "buyers/BuyersModel.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

namespace sellercrm {

QRect ChatButtonDelegate::buttonRect(const QRect& cell)
{
    return cell.adjusted(6, 4, -6, -4);
}

void ChatButtonDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);
    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty())
        return;
    QStyleOptionButton button;
    button.rect = buttonRect(option.rect);
    button.text = text;
    button.state = QStyle::State_Raised;
    if (index.data(BuyersModel::ChatEnabledRole).toBool())
        button.state |= QStyle::State_Enabled;
    QApplication::style()->drawControl(QStyle::CE_PushButton, &button, painter, option.widget);
}

bool ChatButtonDelegate::editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                                     const QModelIndex& index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton && buttonRect(option.rect).contains(mouse->position().toPoint()) &&
            index.data(BuyersModel::ChatEnabledRole).toBool()) {
            emit chatRequested(index.data(PagedSqlModel::IdRole).toString());
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace sellercrm
