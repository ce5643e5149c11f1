#pragma once

#include <QString>

namespace concord {

/// Passwords for server stores, held in this process's memory only, by address (StoreAddress::display()): the
/// GUI's Connect to Server dialog (or an address that carried one) puts a password here once, and every
/// connection the program then opens to that store (each screen's worker has its own) finds it. Never written to
/// disk; an empty answer lets libpq read ~/.pgpass.
class ServerCredentials
{
public:
    static void remember(const QString& address, const QString& password);
    static QString password(const QString& address);
    static void forget(const QString& address);
};

} // namespace concord
