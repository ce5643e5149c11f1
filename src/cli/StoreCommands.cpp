#include "cli/StoreCommands.h"

#include "cli/CliApp.h"
#include "cli/CommandLine.h"
#include "model/Clock.h"
#include "store/Database.h"
#include "store/ServerRoles.h"
#include "store/StoreAddress.h"
#include "store/StoreBackup.h"
#include "store/StoreCopy.h"

#include <QFileInfo>

namespace concord::cli {

StoreCommands::StoreCommands(QTextStream& out, QTextStream& err, UsageError usageError, const Clock& clock)
    : m_out(out)
    , m_err(err)
    , m_usageError(std::move(usageError))
    , m_clock(clock)
{ }

bool StoreCommands::handles(const QString& command)
{
    return command == QLatin1String("check") || command == QLatin1String("backup")
        || command == QLatin1String("restore") || command == QLatin1String("copy")
        || command == QLatin1String("init-server") || command == QLatin1String("add-user");
}

int StoreCommands::run(const QString& command, const QStringList& args)
{
    if (command == QLatin1String("check"))
        return check(args);
    if (command == QLatin1String("backup"))
        return backup(args);
    if (command == QLatin1String("copy"))
        return copy(args);
    if (command == QLatin1String("init-server"))
        return initServer(args);
    if (command == QLatin1String("add-user"))
        return addUser(args);
    return restore(args);
}

QString StoreCommands::storePath(const QString& dbOption)
{
    return dbOption.isEmpty() ? Database::defaultPath() : dbOption;
}

std::unique_ptr<Database> StoreCommands::openExisting(const QString& path)
{
    if (!StoreAddress::isServer(path) && !QFileInfo::exists(path)) {
        m_err << "concord-cli: " << path << ": the database does not exist\n";
        return nullptr;
    }
    auto db = Database::open(path);
    if (!db) {
        m_err << "concord-cli: " << db.error().toString() << "\n";
        return nullptr;
    }
    return std::move(db).value();
}

int StoreCommands::check(const QStringList& args)
{
    QString error;
    const auto line = CommandLine::parse(
        QStringLiteral("check"), args, { { QStringLiteral("--quick") }, { QStringLiteral("--db") } }, &error);
    if (!line)
        return m_usageError(error);
    if (!line->positional.isEmpty())
        return m_usageError(QStringLiteral("'check' takes no arguments, got '%1'").arg(line->positional.front()));
    const auto db = openExisting(storePath(line->value(QStringLiteral("--db"))));
    if (!db)
        return CliApp::Failure;
    const auto depth = line->has(QStringLiteral("--quick")) ? Database::CheckDepth::Quick : Database::CheckDepth::Full;
    if (const auto damage = db->check(depth)) {
        m_err << "concord-cli: " << damage->toString() << "\n";
        return CliApp::Failure;
    }
    m_out << db->path() << ": ok (schema " << db->schemaVersion() << ", " << db->agreementCount() << " agreements"
          << (db->isReadOnly() ? ", read-only" : "") << ")\n";
    return CliApp::Success;
}

int StoreCommands::backup(const QStringList& args)
{
    QString error;
    const auto line = CommandLine::parse(
        QStringLiteral("backup"), args, { {}, { QStringLiteral("--db"), QStringLiteral("--out") } }, &error);
    if (!line)
        return m_usageError(error);
    if (!line->positional.isEmpty() || !line->has(QStringLiteral("--out")))
        return m_usageError(QStringLiteral("'backup' takes --out FILE and no arguments"));
    const auto db = openExisting(storePath(line->value(QStringLiteral("--db"))));
    if (!db)
        return CliApp::Failure;
    const QString out = line->value(QStringLiteral("--out"));
    if (const auto failure = StoreBackup::write(*db, out)) {
        m_err << "concord-cli: " << failure->toString() << "\n";
        return CliApp::Failure;
    }
    m_out << out << "\n";
    return CliApp::Success;
}

int StoreCommands::restore(const QStringList& args)
{
    QString error;
    const auto line = CommandLine::parse(QStringLiteral("restore"), args, { {}, { QStringLiteral("--db") } }, &error);
    if (!line)
        return m_usageError(error);
    if (line->positional.size() != 1)
        return m_usageError(QStringLiteral("'restore' takes exactly one backup FILE"));
    const QString path = storePath(line->value(QStringLiteral("--db")));
    const auto replaced = StoreBackup::restore(line->positional.front(), path, m_clock.now());
    if (!replaced) {
        m_err << "concord-cli: " << replaced.error().toString() << "\n";
        return CliApp::Failure;
    }
    // Opening brings an older copy up to this version's schema.
    const auto db = Database::open(path);
    if (!db) {
        m_err << "concord-cli: " << db.error().toString() << "\n";
        return CliApp::Failure;
    }
    m_out << path << ": restored from " << line->positional.front() << " (" << db.value()->agreementCount()
          << " agreements)\n";
    if (!replaced->isEmpty())
        m_out << "the replaced store is kept at " << replaced.value() << "\n";
    return CliApp::Success;
}

int StoreCommands::copy(const QStringList& args)
{
    QString error;
    const auto line = CommandLine::parse(
        QStringLiteral("copy"), args, { {}, { QStringLiteral("--from"), QStringLiteral("--to") } }, &error);
    if (!line)
        return m_usageError(error);
    if (!line->positional.isEmpty() || !line->has(QStringLiteral("--from")) || !line->has(QStringLiteral("--to")))
        return m_usageError(QStringLiteral("'copy' takes --from STORE --to STORE (files or postgresql:// addresses)"));
    const QString from = line->value(QStringLiteral("--from"));
    const QString to = line->value(QStringLiteral("--to"));
    if (!StoreAddress::isServer(from) && !QFileInfo::exists(from)) {
        m_err << "concord-cli: " << from << ": the database does not exist\n";
        return CliApp::Failure;
    }
    const auto copied = StoreCopy::copy(from, to);
    if (!copied) {
        m_err << "concord-cli: " << copied.error().toString() << "\n";
        return CliApp::Failure;
    }
    // Each table: its rows and the start of its checksum, the same on both sides.
    for (const TableTally& t : copied.value()) {
        m_out << qSetFieldWidth(24) << Qt::left << t.table << qSetFieldWidth(10) << Qt::right << t.rows
              << qSetFieldWidth(0) << Qt::left << "  "
              << (t.checksum.isEmpty() ? QByteArray("(rebuilt)") : t.checksum.left(16)) << "\n";
    }
    m_out << "copied to " << StoreAddress::parse(to).value().display()
          << ": every table's rows and checksum agree with the source\n";
    return CliApp::Success;
}

int StoreCommands::initServer(const QStringList& args)
{
    QString error;
    const auto line = CommandLine::parse(QStringLiteral("init-server"), args, { {}, {} }, &error);
    if (!line)
        return m_usageError(error);
    if (line->positional.size() != 1 || !StoreAddress::isServer(line->positional.front()))
        return m_usageError(QStringLiteral("'init-server' takes one postgresql://user@host:port/database address"));
    // Opening an empty database creates the schema (and brings an older one forward).
    const auto db = Database::open(line->positional.front());
    if (!db) {
        m_err << "concord-cli: " << db.error().toString() << "\n";
        return CliApp::Failure;
    }
    // Then the three roles, granted what each may do (again after an upgrade: harmless).
    if (const auto failure = ServerRoles::apply(*db.value())) {
        m_err << "concord-cli: " << failure->toString() << "\n";
        return CliApp::Failure;
    }
    m_out << db.value()->path() << ": ready (schema " << db.value()->schemaVersion() << ", "
          << db.value()->agreementCount() << " agreements; roles "
          << QStringList { ServerRoles::groupRole(StoreRole::Viewer), ServerRoles::groupRole(StoreRole::Editor),
                 ServerRoles::groupRole(StoreRole::Administrator) }
                 .join(QStringLiteral(", "))
          << ")\n";
    return CliApp::Success;
}

int StoreCommands::addUser(const QStringList& args)
{
    QString error;
    const auto line = CommandLine::parse(QStringLiteral("add-user"), args,
        { { QStringLiteral("--password-stdin") },
            { QStringLiteral("--db"), QStringLiteral("--role"), QStringLiteral("--province") } },
        &error);
    if (!line)
        return m_usageError(error);
    if (line->positional.size() != 1)
        return m_usageError(QStringLiteral("'add-user' takes one user name"));
    const QString dbOption = line->value(QStringLiteral("--db"));
    if (!StoreAddress::isServer(dbOption))
        return m_usageError(QStringLiteral("'add-user' needs --db postgresql://…: a database file has one user"));
    const auto role = StoreAccess::fromKey(line->value(QStringLiteral("--role")));
    if (!role)
        return m_usageError(QStringLiteral("'add-user' needs --role viewer, editor or administrator"));
    ServerRoles::User user { line->positional.front(), *role, line->value(QStringLiteral("--province")), {} };
    if (line->has(QStringLiteral("--password-stdin"))) {
        QTextStream in(stdin);
        user.password = in.readLine();
    }
    const auto db = openExisting(dbOption);
    if (!db)
        return CliApp::Failure;
    if (const auto failure = ServerRoles::addUser(*db, user)) {
        m_err << "concord-cli: " << failure->toString() << "\n";
        return CliApp::Failure;
    }
    m_out << user.name << ": " << StoreAccess::key(user.role)
          << (user.province.isEmpty() ? QString() : QStringLiteral(" of ") + user.province) << "\n";
    return CliApp::Success;
}

} // namespace concord::cli
