#pragma once

#include "model/Result.h"
#include "store/StoreAccess.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace concord {

class Database;
class SqlWriter;

/// The three roles of StoreAccess as the server enforces them: the group roles concord_viewer, concord_editor and
/// concord_administrator, each granted what its role may do to the store's tables, and row-level security that
/// limits a user given a province (concord_user_scope) to the agreements that province is a party to, with
/// everything that hangs off them. `concord-cli init-server` sets them up; every later migration grants its new
/// tables again; `concord-cli add-user` makes a login in one of them.
class ServerRoles
{
    Q_DECLARE_TR_FUNCTIONS(concord::ServerRoles)

public:
    /// The name of the server's group role for \a role (concord_viewer, …).
    static QString groupRole(StoreRole role);
    /// Creates the group roles (when missing), grants them the store's tables and sets up row-level security, in
    /// \a writer's transaction; may run again (after a migration, for its new tables).
    static void grant(SqlWriter& writer);
    /// Whether the group roles exist on \a writer's server (init-server has run there).
    static bool exist(SqlWriter& writer);
    /// Runs grant() in a transaction of \a db (a server store), as its owner.
    static std::optional<Error> apply(Database& db);

    struct User
    {
        QString name; ///< letters, digits, _ . - ; the server's role name
        StoreRole role = StoreRole::Viewer;
        QString province; ///< a province party key (lang-son) this user is limited to; empty: all
        QString password; ///< empty: none set (the server's other ways of signing in)
    };
    /// Makes \a user a login of the server in its role (an administrator may make users in turn), limited to its
    /// province. Fails, naming the user, on a bad name, an administrator limited to a province, an unknown
    /// province, or a refusal of the server.
    static std::optional<Error> addUser(Database& db, const User& user);

private:
    /// The statements grant() runs.
    static QStringList setup();
};

} // namespace concord
