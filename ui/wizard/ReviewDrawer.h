#pragma once

#include <QFrame>

class QFormLayout;
class QLabel;
class QPushButton;

namespace sellercrm {

class WizardModel;

// WIZ-7: the review drawer over the right side of the wizard with everything chosen — audience,
// offer, format, content, link, dates, recipients, cost or budget. Confirm submits; Cancel
// returns to step 3 with everything kept.
class ReviewDrawer final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewDrawer)

public:
    static constexpr int drawerWidth = 420;
    explicit ReviewDrawer(WizardModel* model, QWidget* parent);
    void open();
    QString rowText(const QString& key) const;

signals:
    void confirmed();
    void cancelled();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void place();
    void addRow(const QString& key, const QString& title, const QString& value);

    WizardModel* m_model;
    QFormLayout* m_form;
    QPushButton* m_confirm;
};

} // namespace sellercrm
