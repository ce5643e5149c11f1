#include "cli/CliApp.h"

#include "align/Aligner.h"
#include "align/AlignmentJson.h"
#include "cli/CommandLine.h"
#include "cli/CommitmentCommands.h"
#include "cli/ReportCommand.h"
#include "cli/ScanProgressPrinter.h"
#include "cli/StoreCommands.h"
#include "import/AgreementShape.h"
#include "import/DocumentJson.h"
#include "import/DocumentParser.h"
#include "import/Gazetteer.h"
#include "model/Clock.h"
#include "store/AgreementStore.h"
#include "store/AppSettings.h"
#include "store/Database.h"
#include "store/ImportPipeline.h"
#include "store/ImportService.h"
#include "store/PartyDirectory.h"
#include "store/SampleLibrary.h"
#include "store/SearchText.h"
#include "store/StoreBackup.h"
#include "store/UnitSearch.h"
#include "text/TerminalText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>

namespace concord::cli {

namespace {
std::atomic<bool> stopFlag { false };
} // namespace

void CliApp::requestStop()
{
    stopFlag.store(true);
}

bool CliApp::stopRequested()
{
    return stopFlag.load();
}

const std::atomic_bool* CliApp::stopSignal()
{
    return &stopFlag;
}

CliApp::CliApp(QTextStream& out, QTextStream& err, const Clock& clock)
    : m_out(out)
    , m_err(err)
    , m_clock(clock)
{ }

QString CliApp::usage()
{
    return QStringLiteral(
        "Usage: concord-cli COMMAND [OPTIONS]\n"
        "\n"
        "Concord keeps bilingual (Vietnamese/Chinese) cooperation agreements and their commitments.\n"
        "\n"
        "Commands:\n"
        "  parse FILE [--json]         structure of one file: language versions, units, debris\n"
        "  align FILE [--json]         aligned pairs of a bilingual file\n"
        "  commitments FILE [--json]   commitments the file's text makes: who, what, by when\n"
        "  tracked [--db PATH] [--party NAME] [--status S,...] [--from DATE] [--to DATE]\n"
        "          [--agreement ID] [--overdue-as-of DATE] [--as-of DATE] [--review R|all] [--json]\n"
        "                             the store's commitments (rejected ones only with --review)\n"
        "  review ID accept|reject [--due DATE] [--quantity Q] [--responsible NAME,...] [--note T]\n"
        "  set-status ID STATUS [--year YYYY] [--note TEXT]   not-started, in-progress, done,\n"
        "                             deferred, cancelled (--year: one year of a yearly one)\n"
        "  set-tracked-from ID DATE    follow agreement ID up from DATE: earlier periods are history\n"
        "  close-history ID --status S [--note TEXT]\n"
        "                             set every period of agreement ID before its tracked-from day\n"
        "  note ID TEXT [--link URL]   add a note to a commitment's history\n"
        "  history ID [--json]         every change of a commitment\n"
        "  report --format pdf|xlsx|csv|html|ics --out FILE [--db PATH] [--party NAME] [--from DATE]\n"
        "         [--to DATE] [--as-of DATE] [--agreement ID] [--labels vi|zh|both]\n"
        "         [--include-candidates] [--overdue-only] [--number TEXT] [--office-vi TEXT]\n"
        "         [--office-zh TEXT]"
        " [--signer NAME] [--signer-title TEXT]\n"
        "                             the status report of the store's commitments (the PDF\n"
        "                             headed by the office and signed; Preferences hold them)\n"
        "  import FILE... [--db PATH] [--anyway]\n"
        "                             store files; prints the new agreement ids (--anyway: also\n"
        "                             a file in which no agreement structure is recognised)\n"
        "  list [--db PATH] [--party NAME] [--json]\n"
        "                             the agreements in the store (of one party and the\n"
        "                             parties merged into it)\n"
        "  search QUERY [--db PATH] [--json]  units matching, both languages\n"
        "  delete ID [--db PATH] [--yes]  delete an agreement and all that hangs on it (asks first)\n"
        "  check [--db PATH] [--quick]  read the whole store for damage (integrity_check)\n"
        "  backup --out FILE [--db PATH]  a consistent copy of the store, also while it is in use\n"
        "  restore FILE [--db PATH]    replace the store by a verified backup (the old file is kept)\n"
        "  init-server URL             make an empty PostgreSQL database a Concord store, with\n"
        "                             the roles concord_viewer, concord_editor, concord_administrator\n"
        "  add-user NAME --db URL --role viewer|editor|administrator [--province KEY]\n"
        "           [--password-stdin] a login on the server in one role (limited to the\n"
        "                             agreements of one province, e.g. lang-son)\n"
        "  copy --from STORE --to STORE  move a whole store between a file and a server (either\n"
        "                             way), verified by every table's row count and checksum\n"
        "\n"
        "Options:\n"
        "  --db PATH      the store to use: a file (default: concord.sqlite in the user's data\n"
        "                 folder) or postgresql://user@host:port/database[?sslmode=require]\n"
        "                 (the password from ~/.pgpass)\n"
        "  --json         print machine-readable JSON\n"
        "  -h, --help     print this help and exit\n"
        "  -V, --version  print the version and exit\n"
        "\n"
        "Exit status: 0 success, 1 the command failed, 2 wrong usage.\n");
}

int CliApp::usageError(const QString& message)
{
    m_err << "concord-cli: " << message << "\n\n" << usage();
    m_err.flush();
    return UsageError;
}

int CliApp::run(const QStringList& args)
{
    if (args.isEmpty())
        return usageError(QStringLiteral("no command given"));
    const QString& command = args.front();
    const QStringList rest = args.mid(1);
    if (command == QLatin1String("-h") || command == QLatin1String("--help") || command == QLatin1String("help")) {
        m_out << usage();
        return Success;
    }
    if (command == QLatin1String("-V") || command == QLatin1String("--version")) {
        m_out << "concord-cli " << CONCORD_VERSION << "\n";
        return Success;
    }
    if (command == QLatin1String("list"))
        return list(rest);
    if (command == QLatin1String("parse"))
        return parse(rest);
    if (command == QLatin1String("align"))
        return align(rest);
    if (command == QLatin1String("import"))
        return import(rest);
    if (command == QLatin1String("search"))
        return search(rest);
    if (command == QLatin1String("delete"))
        return remove(rest);
    if (command == QLatin1String("report")) {
        ReportCommand report(
            m_out, m_err, [this](const QString& message) { return usageError(message); },
            [this](const QString& db) { return openStore(db); }, m_clock);
        return report.run(rest);
    }
    if (StoreCommands::handles(command)) {
        StoreCommands commands(
            m_out, m_err, [this](const QString& message) { return usageError(message); }, m_clock);
        return commands.run(command, rest);
    }
    if (CommitmentCommands::handles(command)) {
        CommitmentCommands commands(
            m_out, m_err, [this](const QString& message) { return usageError(message); },
            [this](const QString& db) { return openStore(db); }, m_clock);
        return commands.run(command, rest);
    }
    if (command.startsWith(QLatin1Char('-')))
        return usageError(QStringLiteral("unknown option %1").arg(command));
    return usageError(QStringLiteral("unknown command '%1'").arg(command));
}

int CliApp::list(const QStringList& args)
{
    QString error;
    const auto line = CommandLine::parse(QStringLiteral("list"), args,
        { { QStringLiteral("--json") }, { QStringLiteral("--db"), QStringLiteral("--party") } }, &error);
    if (!line)
        return usageError(error);
    if (!line->positional.isEmpty())
        return usageError(QStringLiteral("'list' takes no arguments, got '%1'").arg(line->positional.front()));

    const auto db = openStore(line->value(QStringLiteral("--db")));
    if (!db)
        return Failure;
    const PartyDirectory directory(*db, Gazetteer::builtIn());
    const auto fail = [this](const Error& error) {
        m_err << "concord-cli: " << error.toString() << "\n";
        return Failure;
    };
    auto stored = db->agreements();
    if (!stored)
        return fail(stored.error());
    QList<Agreement> agreements = std::move(stored).value();
    if (line->has(QStringLiteral("--party"))) {
        // The party's own agreements and those of every party merged into it.
        const QString name = line->value(QStringLiteral("--party"));
        const auto party = directory.find(name);
        if (!party)
            return fail(party.error());
        if (!party.value()) {
            m_err << "concord-cli: no party called '" << name << "' in " << db->path() << "\n";
            return Failure;
        }
        const auto ids = directory.agreementsOf(party.value()->id);
        if (!ids)
            return fail(ids.error());
        agreements.removeIf([&ids](const Agreement& a) { return !ids->contains(a.id); });
    }
    if (line->has(QStringLiteral("--json"))) {
        const auto all = directory.parties();
        if (!all)
            return fail(all.error());
        QHash<qint64, QString> keys;
        for (const PartyRecord& party : all.value())
            keys.insert(party.id, party.key);
        QJsonArray array;
        for (const Agreement& a : agreements) {
            QJsonObject object = DocumentJson::agreement(a);
            object.insert(QStringLiteral("id"), a.id);
            object.insert(QStringLiteral("source"), a.sourceName);
            object.insert(QStringLiteral("tracked_from"),
                a.trackedFrom.isValid() ? QJsonValue(a.trackedFrom.toString(Qt::ISODate)) : QJsonValue());
            const auto own = directory.partiesOf(a.id);
            if (!own)
                return fail(own.error());
            QJsonArray parties;
            for (const PartyRecord& party : own.value()) {
                QJsonObject p { { QStringLiteral("key"), party.key }, { QStringLiteral("vi"), party.nameVi },
                    { QStringLiteral("zh"), party.nameZh } };
                if (party.mergedInto != 0) {
                    p.insert(QStringLiteral("merged_on"), party.mergedOn.toString(Qt::ISODate));
                    p.insert(QStringLiteral("merged_into"), keys.value(party.mergedInto));
                }
                parties.append(p);
            }
            object.insert(QStringLiteral("party_records"), parties);
            array.append(object);
        }
        m_out << QJsonDocument(QJsonObject { { QStringLiteral("agreements"), array } }).toJson(QJsonDocument::Compact)
              << "\n";
        return Success;
    }
    for (const Agreement& a : agreements) {
        m_out << a.id << '\t' << (a.signedOn.isValid() ? a.signedOn.toString(Qt::ISODate) : QStringLiteral("-")) << '\t'
              << kindKey(a.kind) << '\t' << TerminalText::escape(a.titleVi.isEmpty() ? a.titleZh : a.titleVi) << "\n";
    }
    return Success;
}

int CliApp::parse(const QStringList& args)
{
    QString error;
    const auto line = CommandLine::parse(
        QStringLiteral("parse"), args, { { QStringLiteral("--json"), QStringLiteral("--quiet") }, {} }, &error);
    if (!line)
        return usageError(error);
    if (line->positional.size() != 1)
        return usageError(QStringLiteral("'parse' takes exactly one FILE"));
    ScanProgressPrinter printer(m_err, line->has(QStringLiteral("--quiet")), &stopFlag);
    const auto file = DocumentParser::parseFile(
        line->positional.front(), Gazetteer::builtIn(), printer.options(line->positional.front()));
    if (!file) {
        m_err << "concord-cli: " << file.error().toString() << "\n";
        return Failure;
    }
    if (line->has(QStringLiteral("--json"))) {
        m_out << QJsonDocument(DocumentJson::toJson(file.value())).toJson(QJsonDocument::Indented);
        return Success;
    }
    m_out << file->path << " (" << file->encoding << ")\n";
    for (const ParsedDocument& document : file->documents) {
        const Agreement& header = document.metadata.header;
        m_out << "\n"
              << kindKey(header.kind) << "  " << (header.titleVi.isEmpty() ? header.titleZh : header.titleVi) << "\n";
        for (const QString& warning : document.metadata.warnings)
            m_out << "  warning: " << warning << "\n";
        for (const LanguageVersion& version : document.versions) {
            m_out << "[" << LanguageVersion::languageKey(version.language) << "] lines " << version.firstLine << "-"
                  << version.lastLine << "\n";
            for (const Unit& unit : version.units) {
                m_out << QString(unit.level * 2, QLatin1Char(' ')) << Unit::kindKey(unit.kind);
                if (unit.label)
                    m_out << ' ' << unit.label->text;
                m_out << "  " << unit.text.section(QLatin1Char('\n'), 0, 0).left(60) << "\n";
            }
            for (const Debris& piece : version.debris)
                m_out << "  debris (" << piece.reason << ", line " << piece.line << "): " << piece.text << "\n";
        }
    }
    return Success;
}

int CliApp::align(const QStringList& args)
{
    QString error;
    const auto line = CommandLine::parse(
        QStringLiteral("align"), args, { { QStringLiteral("--json"), QStringLiteral("--quiet") }, {} }, &error);
    if (!line)
        return usageError(error);
    if (line->positional.size() != 1)
        return usageError(QStringLiteral("'align' takes exactly one FILE"));
    const QString path = line->positional.front();
    ScanProgressPrinter printer(m_err, line->has(QStringLiteral("--quiet")), &stopFlag);
    const auto file = DocumentParser::parseFile(path, Gazetteer::builtIn(), printer.options(path));
    if (!file) {
        m_err << "concord-cli: " << file.error().toString() << "\n";
        return Failure;
    }
    // The bilingual document of the file: the one a forwarding letter carries, or the only one.
    const ParsedDocument* bilingual = nullptr;
    for (const ParsedDocument& document : file->documents) {
        if (document.version(Language::Vietnamese) && document.version(Language::Chinese))
            bilingual = &document;
    }
    if (!bilingual) {
        m_err << "concord-cli: " << path << ": the file has no document in both Vietnamese and Chinese\n";
        return Failure;
    }
    const LanguageVersion& vi = *bilingual->version(Language::Vietnamese);
    const LanguageVersion& zh = *bilingual->version(Language::Chinese);
    const Alignment alignment = Aligner::align(vi, zh, Gazetteer::builtIn());
    if (line->has(QStringLiteral("--json"))) {
        m_out << QJsonDocument(AlignmentJson::toJson(alignment, vi, zh, Gazetteer::builtIn()))
                     .toJson(QJsonDocument::Indented);
        return Success;
    }
    for (const AlignedPair& pair : alignment.pairs) {
        auto side = [](const LanguageVersion& version, const QList<int>& units) {
            QStringList parts;
            for (const int i : units)
                parts.append(version.units[i].text.section(QLatin1Char('\n'), 0, 0).left(40));
            return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral(" + "));
        };
        m_out << QString::number(pair.score, 'f', 2) << (pair.anchored ? " # " : "   ") << side(vi, pair.vi) << "  ||  "
              << side(zh, pair.zh) << "\n";
    }
    return Success;
}

int CliApp::remove(const QStringList& args)
{
    QString error;
    const auto line = CommandLine::parse(
        QStringLiteral("delete"), args, { { QStringLiteral("--yes") }, { QStringLiteral("--db") } }, &error);
    if (!line)
        return usageError(error);
    bool ok = false;
    const qint64 id = line->positional.size() == 1 ? line->positional.front().toLongLong(&ok) : 0;
    if (!ok || id <= 0)
        return usageError(QStringLiteral("'delete' takes one agreement ID"));
    const auto db = openStore(line->value(QStringLiteral("--db")));
    if (!db)
        return Failure;
    const auto found = db->agreement(id);
    if (!found) {
        m_err << "concord-cli: " << found.error().toString() << "\n";
        return Failure;
    }
    const std::optional<Agreement>& header = found.value();
    if (!header) {
        m_err << "concord-cli: " << db->path() << ": there is no agreement " << id << "\n";
        return Failure;
    }
    const QString title = header->titleVi.isEmpty() ? header->titleZh : header->titleVi;
    if (!line->has(QStringLiteral("--yes"))) {
        // The confirmation names what goes: read one line from standard input.
        m_err << "Delete agreement " << id << " \"" << title << "\" (" << header->sourceName
              << ") with its commitments and history? [y/N] ";
        m_err.flush();
        QTextStream in(stdin);
        const QString answer = in.readLine().trimmed().toLower();
        if (answer != QLatin1String("y") && answer != QLatin1String("yes")) {
            m_err << "\nconcord-cli: nothing deleted\n";
            return Failure;
        }
    }
    const auto removed = AgreementStore(*db, Gazetteer::builtIn()).remove(id, m_clock.now());
    if (!removed) {
        m_err << "concord-cli: " << removed.error().toString() << "\n";
        return Failure;
    }
    m_out << id << "\tdeleted\t" << title << "\n";
    return Success;
}

std::unique_ptr<Database> CliApp::openStore(const QString& dbOption)
{
    if (dbOption.isEmpty()) {
        if (const auto error = SampleLibrary::ensureDefaultDatabase(m_clock)) {
            m_err << "concord-cli: " << error->toString() << "\n";
            return nullptr;
        }
    }
    auto opened = Database::open(dbOption.isEmpty() ? Database::defaultPath() : dbOption);
    const auto hintBackup = [this](const QString& path) {
        const QString backup = StoreBackup::newest(path);
        if (!backup.isEmpty())
            m_err << "concord-cli: the newest backup is " << backup << " (concord-cli restore " << backup << ")\n";
    };
    if (!opened) {
        m_err << "concord-cli: " << opened.error().toString() << "\n";
        hintBackup(dbOption.isEmpty() ? Database::defaultPath() : dbOption);
        return nullptr;
    }
    std::unique_ptr<Database> db = std::move(opened).value();
    // Damage is said before anything is read from it, never shown as an empty store.
    if (const auto damage = db->check()) {
        m_err << "concord-cli: " << damage->toString() << "\n";
        hintBackup(db->path());
        return nullptr;
    }
    if (const auto copy = StoreBackup::daily(*db, m_clock.now(), AppSettings().backupsToKeep()); !copy)
        m_err << "concord-cli: warning: " << copy.error().toString() << "\n";
    return db;
}

int CliApp::import(const QStringList& args)
{
    QString error;
    const auto line = CommandLine::parse(QStringLiteral("import"), args,
        { { QStringLiteral("--anyway"), QStringLiteral("--quiet") }, { QStringLiteral("--db") } }, &error);
    if (!line)
        return usageError(error);
    if (line->positional.isEmpty())
        return usageError(QStringLiteral("'import' needs at least one FILE"));
    const auto db = openStore(line->value(QStringLiteral("--db")));
    if (!db)
        return Failure;
    ImportService store(*db, Gazetteer::builtIn(), m_clock);
    int status = Success;
    const QStringList& paths = line->positional;
    ImportOptions options;
    options.evenWithoutStructure = line->has(QStringLiteral("--anyway"));
    ScanProgressPrinter printer(m_err, line->has(QStringLiteral("--quiet")), &stopFlag);
    int cancelledAt = -1;
    // The next files are read, parsed, aligned and searched for commitments while this one is stored.
    ImportPipeline pipeline(store, ImportPipeline::defaultAhead());
    const int reported = pipeline.run(
        int(paths.size()),
        [&paths, options, &printer](int i) {
            ImportOptions own = options;
            own.scan = printer.options(paths[i]);
            return ImportService::prepare(paths[i], Gazetteer::builtIn(), own);
        },
        [&](int i, const Result<ImportOutcome>& outcome) {
            const QString& path = paths[i];
            if (!outcome) {
                if (outcome.error().code == QLatin1String(ScanReader::Cancelled)) {
                    cancelledAt = i; // Ctrl+C during a scan: said below with the files not imported
                    return false;
                }
                printer.say(QStringLiteral("concord-cli: %1\n").arg(TerminalText::escape(outcome.error().toString())));
                if (outcome.error().code == AgreementShape::NoStructure)
                    printer.say(QStringLiteral("concord-cli: (import --anyway %1 stores it all the same)\n").arg(path));
                status = Failure;
            } else {
                for (const qint64 id : outcome->agreementIds)
                    m_out << id << '\t' << TerminalText::escape(path)
                          << (outcome->alreadyImported ? "\talready imported" : "") << "\n";
                m_out.flush(); // what is stored is said at once: an interrupted batch still tells what it stored
            }
            return !stopRequested();
        });
    if (reported < paths.size() || cancelledAt >= 0) {
        // Ctrl+C: the files stored so far stay stored (and were printed); the rest are not stored.
        const int first = cancelledAt >= 0 ? cancelledAt : reported;
        m_err << "concord-cli: interrupted; not imported: " << paths.mid(first).join(QLatin1Char(' ')) << "\n";
        return Interrupted;
    }
    return status;
}

int CliApp::search(const QStringList& args)
{
    QString error;
    const auto line = CommandLine::parse(
        QStringLiteral("search"), args, { { QStringLiteral("--json") }, { QStringLiteral("--db") } }, &error);
    if (!line)
        return usageError(error);
    if (line->positional.size() != 1)
        return usageError(QStringLiteral("'search' takes exactly one QUERY (quote it if it has spaces)"));
    const auto db = openStore(line->value(QStringLiteral("--db")));
    if (!db)
        return Failure;
    const auto hits = UnitSearch(*db).search(line->positional.front());
    if (!hits) {
        m_err << "concord-cli: " << hits.error().toString() << "\n";
        return Failure;
    }
    if (line->has(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const SearchHit& hit : hits.value()) {
            QJsonArray highlights;
            for (const auto& [start, length] : hit.highlights)
                highlights.append(QJsonArray { int(start), int(length) });
            array.append(QJsonObject {
                { QStringLiteral("agreement"), hit.agreementId },
                { QStringLiteral("title"), hit.agreementTitle },
                { QStringLiteral("unit"), hit.unitId },
                { QStringLiteral("language"), LanguageVersion::languageKey(hit.language) },
                { QStringLiteral("label"), hit.label },
                { QStringLiteral("text"), hit.text },
                { QStringLiteral("highlights"), highlights },
                { QStringLiteral("vi"), QJsonArray::fromStringList(hit.vietnamese) },
                { QStringLiteral("zh"), QJsonArray::fromStringList(hit.chinese) },
            });
        }
        m_out << QJsonDocument(QJsonObject { { QStringLiteral("hits"), array } }).toJson(QJsonDocument::Compact)
              << "\n";
        return Success;
    }
    for (const SearchHit& hit : hits.value()) {
        m_out << hit.agreementId << '\t' << LanguageVersion::languageKey(hit.language) << '\t' << hit.label << '\t'
              << TerminalText::escape(SearchText::snippet(hit.text, hit.highlights)) << "\n";
    }
    return Success;
}

} // namespace concord::cli
