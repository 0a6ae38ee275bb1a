#pragma once

#include <QWidget>

namespace sellercrm {

// A page a later version of the app brings (Buyer portrait, Buyers, Communications): says so
// plainly and shows no data.
class ComingLaterPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComingLaterPage)

public:
    ComingLaterPage(const QString& pageId, const QString& title, const QString& whatItWillDo, QWidget* parent = nullptr);
};

} // namespace sellercrm
