#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace concord {

/// Server passwords in the system keyring (Secret Service or KWallet, through QtKeychain), by store address
/// (StoreAddress::display(), which never holds a password): what Connect to Server… keeps when asked to, and
/// what the program looks up before opening a server store. Never QSettings, never a file of Concord's: where no
/// keyring answers, the password lives only in this process (ServerCredentials) and libpq's ~/.pgpass remains.
class PasswordVault
{
    Q_DECLARE_TR_FUNCTIONS(concord::PasswordVault)

public:
    /// Keeps \a password for \a address; the keyring's reason when it cannot.
    static std::optional<QString> store(const QString& address, const QString& password);
    /// The password kept for \a address; nullopt when none is kept or no keyring answers.
    static std::optional<QString> read(const QString& address);
    /// Removes a kept password (a failed sign-in with it).
    static void forget(const QString& address);
};

} // namespace concord
