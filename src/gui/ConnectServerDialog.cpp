#include "gui/ConnectServerDialog.h"

#include "store/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace concord {

ConnectServerDialog::ConnectServerDialog(const StoreAddress& last, QWidget* parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_ssl(new QComboBox(this))
    , m_remember(new QCheckBox(tr("Keep the password in the system keyring"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to Server"));
    setObjectName(QStringLiteral("connectServerDialog"));
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_ssl->setObjectName(QStringLiteral("serverSsl"));
    m_remember->setObjectName(QStringLiteral("serverRememberPassword"));
    m_buttons->setObjectName(QStringLiteral("serverButtons"));

    m_host->setPlaceholderText(QStringLiteral("db.sngv.local"));
    m_port->setRange(1, 65535);
    m_database->setPlaceholderText(QStringLiteral("concord"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: ~/.pgpass or the keyring"));
    // libpq's sslmode, in words.
    const QList<std::pair<QString, QString>> modes { { tr("Encrypted if the server offers it"),
                                                         QStringLiteral("prefer") },
        { tr("Always encrypted"), QStringLiteral("require") },
        { tr("Encrypted, server certificate checked"), QStringLiteral("verify-full") },
        { tr("Not encrypted"), QStringLiteral("disable") } };
    for (const auto& [label, mode] : modes)
        m_ssl->addItem(label, mode);

    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("Se&curity:"), m_ssl);
    form->addRow(QString(), m_remember);
    auto* hint = new QLabel(tr("Concord never writes the password to its settings. Without the keyring it is kept "
                               "until Concord closes; libpq's ~/.pgpass works too."),
        this);
    hint->setWordWrap(true);
    hint->setObjectName(QStringLiteral("serverHint"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : { m_host, m_database, m_user })
        connect(edit, &QLineEdit::textChanged, this, &ConnectServerDialog::updateButtons);

    m_host->setText(last.isServer() ? last.host : QString());
    m_port->setValue(last.isServer() ? last.port : 5432);
    m_database->setText(last.isServer() ? last.database : QString());
    m_user->setText(last.isServer() ? last.user : Database::localUserName());
    m_ssl->setCurrentIndex(
        std::max(0, m_ssl->findData(last.sslMode.isEmpty() ? QStringLiteral("prefer") : last.sslMode)));
    updateButtons();
    resize(sizeHint().expandedTo(QSize(460, 0)));
}

StoreAddress ConnectServerDialog::address() const
{
    StoreAddress address;
    address.engine = StoreAddress::Engine::PostgreSQL;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    address.sslMode = m_ssl->currentData().toString();
    return address;
}

QString ConnectServerDialog::password() const
{
    return m_password->text();
}

bool ConnectServerDialog::rememberPassword() const
{
    return m_remember->isChecked() && !m_password->text().isEmpty();
}

void ConnectServerDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty()
            && !m_user->text().trimmed().isEmpty());
}

} // namespace concord
