#pragma once

#include <QStyledItemDelegate>

namespace sellercrm {

// BUY-3: the chat column of the Buyers table as a button per row: enabled when the seller can
// write, disabled (the model's tooltip says why) otherwise, and absent when anti-fraud blocked
// the buyer. A click on an enabled button emits chatRequested with the buyer's id.
class ChatButtonDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatButtonDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;
    static QRect buttonRect(const QRect& cell);

signals:
    void chatRequested(const QString& buyerId);
};

} // namespace sellercrm
