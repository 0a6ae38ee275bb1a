#pragma once

#include "PortraitConditions.h"
#include "portrait/PortraitAggregator.h"

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sellercrm {

// POR-2: names the portrait's narrowed audience (the chosen segment plus the conditions) before
// it is saved. The name is 1–100 characters after trimming (the server's rule too; a name the
// seller already used is refused by the server and shown as a rejected save). Emits nameChosen()
// on "Save". Object names: audienceName, audienceDescription, audienceNameError, saveAudience.
class SaveAudienceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaveAudienceDialog)

public:
    static constexpr int maxNameLength = 100;

    SaveAudienceDialog(const QString& description, QWidget* parent = nullptr);

    // The body of POST /api/v1/audiences (the outbox's create_audience entry).
    static QJsonObject requestBody(const QString& name, const PortraitAudience& audience,
                                   const PortraitConditions& conditions);

signals:
    void nameChosen(const QString& name);

private:
    void save();

    QLineEdit* m_name;
    QLabel* m_error;
};

} // namespace sellercrm
