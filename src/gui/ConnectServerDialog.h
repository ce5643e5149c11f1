#pragma once

#include "store/StoreAddress.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

namespace concord {

/// File ▸ Connect to Server…: where a department's shared store is (host, port, database, user, how the
/// connection is secured) and, when the server asks for one, the password — offered to the system keyring,
/// never to the settings. Opens filled with the server used last.
class ConnectServerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectServerDialog(const StoreAddress& last, QWidget* parent = nullptr);

    /// The address the fields give (without the password).
    StoreAddress address() const;
    QString password() const;
    /// Whether the password is to be kept in the system keyring.
    bool rememberPassword() const;

private:
    void updateButtons();

    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QComboBox* m_ssl = nullptr;
    QCheckBox* m_remember = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace concord
