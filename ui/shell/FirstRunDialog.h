#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sellercrm {

// First run: connect to a server with its URL and an API token, or open the demo (a bundled
// sellercrm-server with generated data). The dialog only collects the choice; the composition
// root connects and answers with setBusy / setError / accept.
class FirstRunDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunDialog)

public:
    explicit FirstRunDialog(QWidget* parent = nullptr);

    void setBusy(const QString& text);
    void setError(const QString& text);
    QString errorText() const;

signals:
    void connectRequested(const QUrl& url, const QString& token);
    void demoRequested();

private:
    void submitConnect();

    QLineEdit* m_url;
    QLineEdit* m_token;
    QPushButton* m_connect;
    QPushButton* m_demo;
    QLabel* m_message;
};

} // namespace sellercrm
