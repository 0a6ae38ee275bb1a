#include "portrait/SaveAudienceDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sellercrm {

SaveAudienceDialog::SaveAudienceDialog(const QString& description, QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Save audience"));
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(tr("Buyers: %1. Save them under a name to choose them as the audience of a "
                               "mailing or a banner; the count follows every new segmentation.")
                                .arg(description),
                            this);
    text->setObjectName(u"audienceDescription"_s);
    text->setWordWrap(true);
    layout->addWidget(text);
    m_name->setObjectName(u"audienceName"_s);
    m_name->setPlaceholderText(tr("Audience name"));
    m_name->setMaxLength(maxNameLength);
    layout->addWidget(m_name);
    m_error->setObjectName(u"audienceNameError"_s);
    m_error->setStyleSheet(u"color: #c62828"_s);
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    save->setObjectName(u"saveAudience"_s);
    save->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SaveAudienceDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textEdited, m_error, &QWidget::hide);
}

void SaveAudienceDialog::save()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_error->setText(tr("Name the audience."));
        m_error->show();
        return;
    }
    emit nameChosen(name);
    accept();
}

QJsonObject SaveAudienceDialog::requestBody(const QString& name, const PortraitAudience& audience,
                                            const PortraitConditions& conditions)
{
    QJsonObject body = audience.toJson();
    body.insert(u"name"_s, name);
    body.insert(u"conditions"_s, conditions.toJson());
    return body;
}

} // namespace sellercrm
