#include "store/ServerRoles.h"

#include "store/Database.h"
#include "store/SqlWriter.h"
#include "store/Transaction.h"

#include <QRegularExpression>

namespace concord {

namespace {
/// The tables that belong to one agreement through their agreement_id column.
const char* const AgreementTables[] = { "agreement_text", "unit", "debris", "alignment_pair", "agreement_party",
    "signatory", "commitment", "scan_line", "scan_page" };

/// Who may see a row: everyone not limited to a province (evaluated once per query), or the agreements of the
/// user's province. The functions run as their owner, whom row-level security does not limit.
const QString Visible = QStringLiteral("(SELECT concord_unscoped()) OR %1 IN (SELECT concord_visible_agreements())");

QStringList policy(const QString& table, const QString& condition)
{
    return { QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table),
        QStringLiteral("DROP POLICY IF EXISTS concord_province ON %1").arg(table),
        QStringLiteral("CREATE POLICY concord_province ON %1 USING (%2)").arg(table, condition) };
}

QString quoted(const QString& literal)
{
    QString text = literal;
    return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
}
} // namespace

QString ServerRoles::groupRole(StoreRole role)
{
    return QStringLiteral("concord_") + StoreAccess::key(role);
}

QStringList ServerRoles::setup()
{
    // (Within the caller's transaction: the server's notices of grants given before are not news.)
    QStringList sql { QStringLiteral("SET LOCAL client_min_messages = warning") };
    // Roles belong to the whole server: another store there may have made them already (or be making them now).
    for (const StoreRole role : { StoreRole::Viewer, StoreRole::Editor, StoreRole::Administrator })
        sql << QStringLiteral("DO $$ BEGIN CREATE ROLE %1 NOLOGIN; "
                              "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$")
                   .arg(groupRole(role));
    const QString viewer = groupRole(StoreRole::Viewer);
    const QString editor = groupRole(StoreRole::Editor);
    const QString administrator = groupRole(StoreRole::Administrator);
    sql << QStringLiteral("GRANT %1 TO %2").arg(viewer, editor)
        << QStringLiteral("GRANT %1 TO %2").arg(editor, administrator);
    // Viewer: read everything (reports are made from reading).
    sql << QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(viewer)
        << QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(viewer);
    // Editor: review, status, notes (the commitment tables), the tracked-from day, and the parties a corrected
    // commitment names (PartyDirectory::ensure adds a place of the gazetteer on first use).
    sql << QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(editor)
        << QStringLiteral("GRANT UPDATE ON commitment, commitment_occurrence TO %1").arg(editor)
        << QStringLiteral("GRANT INSERT ON commitment_occurrence, commitment_event, event, party, party_alias TO %1")
               .arg(editor)
        << QStringLiteral("GRANT INSERT, DELETE ON commitment_party TO %1").arg(editor)
        << QStringLiteral("GRANT UPDATE (tracked_from, version) ON agreement TO %1").arg(editor);
    // Administrator: everything in the store.
    sql << QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO %1").arg(administrator)
        << QStringLiteral("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO %1").arg(administrator);
    // Row-level security: a user with a row in concord_user_scope sees the agreements its province is a party to
    // (or a party merged into it), and what belongs to them.
    sql << QStringLiteral(
        "CREATE OR REPLACE FUNCTION concord_unscoped() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER "
        "SET search_path = public AS "
        "'SELECT NOT EXISTS (SELECT 1 FROM concord_user_scope WHERE user_name = session_user)'");
    sql << QStringLiteral(
        "CREATE OR REPLACE FUNCTION concord_visible_agreements() RETURNS SETOF bigint LANGUAGE sql STABLE "
        "SECURITY DEFINER SET search_path = public AS "
        "'SELECT ap.agreement_id FROM agreement_party ap JOIN party p ON p.id = ap.party_id "
        "JOIN concord_user_scope s ON s.user_name = session_user "
        "WHERE p.key = s.province OR p.merged_into IN (SELECT id FROM party WHERE key = s.province)'");
    sql << policy(QStringLiteral("agreement"), Visible.arg(QStringLiteral("id")));
    for (const char* table : AgreementTables)
        sql << policy(QString::fromLatin1(table), Visible.arg(QStringLiteral("agreement_id")));
    sql << policy(QStringLiteral("event"),
        QStringLiteral("agreement_id IS NULL OR ") + Visible.arg(QStringLiteral("agreement_id")));
    // One step further: through the row they hang off (which row-level security limits in turn).
    sql << policy(QStringLiteral("agreement_link"),
        QStringLiteral("(SELECT concord_unscoped()) OR from_id IN (SELECT id FROM agreement)"));
    sql << policy(QStringLiteral("alignment_member"),
        QStringLiteral("(SELECT concord_unscoped()) OR pair_id IN (SELECT id FROM alignment_pair)"));
    sql << policy(
        QStringLiteral("unit_search"), QStringLiteral("(SELECT concord_unscoped()) OR rowid IN (SELECT id FROM unit)"));
    for (const char* table : { "commitment_party", "commitment_occurrence", "commitment_event" })
        sql << policy(QString::fromLatin1(table),
            QStringLiteral("(SELECT concord_unscoped()) OR commitment_id IN (SELECT id FROM commitment)"));
    return sql;
}

void ServerRoles::grant(SqlWriter& writer)
{
    for (const QString& statement : setup())
        writer.run(statement, {});
}

bool ServerRoles::exist(SqlWriter& writer)
{
    const auto rows = writer.rows(
        QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), { groupRole(StoreRole::Viewer) }, 1);
    return !rows.isEmpty() && rows.front().value(0).toLongLong() > 0;
}

std::optional<Error> ServerRoles::apply(Database& db)
{
    if (!db.isServer())
        return Error { db.path(), 0, -1, tr("Roles are a server's: a database file has one user.") };
    Transaction transaction(db);
    if (!transaction.started())
        return Error { db.path(), 0, -1, tr("The roles cannot be set up.") };
    grant(transaction.writer());
    if (transaction.writer().failed())
        return Error { db.path(), 0, -1, tr("The roles cannot be set up: %1").arg(transaction.writer().error()) };
    if (const auto failure = transaction.commit())
        return Error { db.path(), 0, -1, tr("The roles cannot be set up: %1").arg(*failure) };
    return std::nullopt;
}

std::optional<Error> ServerRoles::addUser(Database& db, const User& user)
{
    static const QRegularExpression name(QStringLiteral("^[a-z_][a-z0-9_.-]{0,62}$"));
    const auto refuse = [&](const QString& why) { return Error { db.path(), 0, -1, why }; };
    if (!db.isServer())
        return refuse(tr("Users are a server's: a database file has one user."));
    if (!name.match(user.name).hasMatch())
        return refuse(tr("'%1' cannot be a user name: use small letters, digits, '_', '.' and '-', starting with a "
                         "letter.")
                          .arg(user.name));
    if (user.role == StoreRole::Administrator && !user.province.isEmpty())
        return refuse(tr("An administrator cannot be limited to a province: imports and users are everyone's."));
    Transaction transaction(db);
    if (!transaction.started())
        return refuse(tr("User %1 cannot be added.").arg(user.name));
    SqlWriter& w = transaction.writer();
    if (!ServerRoles::exist(w))
        return refuse(tr("This server has no Concord roles yet: run 'concord-cli init-server' first."));
    if (!user.province.isEmpty()) {
        const auto known = w.rows(
            QStringLiteral("SELECT count(*) FROM party WHERE key = ? AND kind = 'province'"), { user.province }, 1);
        if (known.isEmpty() || known.front().value(0).toLongLong() == 0)
            return refuse(
                tr("No province with the key '%1' is a party to any agreement in this store.").arg(user.province));
    }
    QString create = QStringLiteral("CREATE ROLE \"%1\" LOGIN IN ROLE %2").arg(user.name, groupRole(user.role));
    if (user.role == StoreRole::Administrator)
        create += QStringLiteral(" CREATEROLE");
    if (!user.password.isEmpty())
        create += QStringLiteral(" PASSWORD ") + quoted(user.password);
    w.run(create, {});
    w.run(QStringLiteral("DELETE FROM concord_user_scope WHERE user_name = ?"), { user.name });
    if (!user.province.isEmpty())
        w.run(QStringLiteral("INSERT INTO concord_user_scope (user_name, province) VALUES (?, ?)"),
            { user.name, user.province });
    if (w.failed())
        return refuse(tr("User %1 cannot be added: %2").arg(user.name, w.error()));
    if (const auto failure = transaction.commit())
        return refuse(tr("User %1 cannot be added: %2").arg(user.name, *failure));
    return std::nullopt;
}

} // namespace concord
