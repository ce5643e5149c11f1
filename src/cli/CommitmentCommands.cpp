#include "cli/CommitmentCommands.h"

#include "cli/CliApp.h"
#include "cli/CommandLine.h"
#include "cli/ScanProgressPrinter.h"
#include "commit/CommitmentExtractor.h"
#include "commit/CommitmentJson.h"
#include "commit/CommitmentTally.h"
#include "import/DocumentParser.h"
#include "import/Gazetteer.h"
#include "model/Clock.h"
#include "store/CommitmentStore.h"
#include "store/CommitmentTracker.h"
#include "store/Database.h"
#include "text/DateText.h"
#include "text/TerminalText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace concord::cli {

CommitmentCommands::CommitmentCommands(
    QTextStream& out, QTextStream& err, UsageError usageError, OpenStore openStore, const Clock& clock)
    : m_out(out)
    , m_err(err)
    , m_usageError(std::move(usageError))
    , m_openStore(std::move(openStore))
    , m_clock(clock)
{ }

bool CommitmentCommands::handles(const QString& command)
{
    static const QStringList commands { QStringLiteral("commitments"), QStringLiteral("tracked"),
        QStringLiteral("review"), QStringLiteral("set-status"), QStringLiteral("note"), QStringLiteral("history"),
        QStringLiteral("set-tracked-from"), QStringLiteral("close-history") };
    return commands.contains(command);
}

int CommitmentCommands::run(const QString& command, const QStringList& args)
{
    if (command == QLatin1String("commitments"))
        return extract(args);
    if (command == QLatin1String("tracked"))
        return list(args);
    if (command == QLatin1String("review"))
        return review(args);
    if (command == QLatin1String("set-status"))
        return setStatus(args);
    if (command == QLatin1String("note"))
        return note(args);
    if (command == QLatin1String("history"))
        return history(args);
    if (command == QLatin1String("set-tracked-from"))
        return setTrackedFrom(args);
    if (command == QLatin1String("close-history"))
        return closeHistory(args);
    return -1;
}

namespace {

/// A date option, or an error message naming it.
std::optional<QDate> dateOption(const CommandLine& line, const QString& option, QString* error)
{
    if (!line.has(option))
        return QDate();
    const QDate day = DateText::isoDay(line.value(option));
    if (!day.isValid()) {
        *error = QStringLiteral("%1 needs a date as YYYY-MM-DD, got '%2'").arg(option, line.value(option));
        return std::nullopt;
    }
    return day;
}

std::optional<qint64> idArgument(const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional(id) : std::nullopt;
}

QJsonValue jsonDate(const QDate& day)
{
    return day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

int CommitmentCommands::list(const QStringList& args)
{
    QString error;
    const auto line = CommandLine::parse(QStringLiteral("tracked"), args,
        { { QStringLiteral("--json") },
            { QStringLiteral("--db"), QStringLiteral("--party"), QStringLiteral("--status"), QStringLiteral("--from"),
                QStringLiteral("--to"), QStringLiteral("--agreement"), QStringLiteral("--overdue-as-of"),
                QStringLiteral("--review"), QStringLiteral("--as-of") } },
        &error);
    if (!line)
        return m_usageError(error);
    if (!line->positional.isEmpty())
        return m_usageError(QStringLiteral("'tracked' takes no arguments, got '%1'").arg(line->positional.front()));
    CommitmentFilter filter;
    filter.party = line->value(QStringLiteral("--party"));
    for (const QString& key : line->value(QStringLiteral("--status")).split(u',', Qt::SkipEmptyParts)) {
        const auto status = CommitmentStatusRules::fromKey(key);
        if (!status)
            return m_usageError(QStringLiteral("unknown status '%1' (not-started, in-progress, done, deferred, "
                                               "cancelled)")
                                    .arg(key));
        filter.statuses.append(*status);
    }
    const auto from = dateOption(*line, QStringLiteral("--from"), &error);
    const auto to = dateOption(*line, QStringLiteral("--to"), &error);
    const auto overdue = dateOption(*line, QStringLiteral("--overdue-as-of"), &error);
    const auto asOfOption = dateOption(*line, QStringLiteral("--as-of"), &error);
    if (!from || !to || !overdue || !asOfOption)
        return m_usageError(error);
    filter.dueFrom = *from;
    filter.dueTo = *to;
    filter.overdueAsOf = *overdue;
    if (line->has(QStringLiteral("--agreement"))) {
        const auto id = idArgument(line->value(QStringLiteral("--agreement")));
        if (!id)
            return m_usageError(QStringLiteral("--agreement needs an agreement id"));
        filter.agreementId = *id;
    }
    if (line->has(QStringLiteral("--review"))) {
        const QString value = line->value(QStringLiteral("--review"));
        if (value == QLatin1String("all")) {
            filter.reviews = { Review::Candidate, Review::Accepted, Review::Rejected };
        } else {
            const auto review = CommitmentStore::reviewFromKey(value);
            if (!review)
                return m_usageError(QStringLiteral("--review takes candidate, accepted, rejected or all"));
            filter.reviews = { *review };
        }
    }
    const auto db = m_openStore(line->value(QStringLiteral("--db")));
    if (!db)
        return 1;
    const auto found = CommitmentStore(*db, Gazetteer::builtIn()).list(filter);
    if (!found)
        return fail(found.error().toString());
    // The day the flags speak for: --as-of, else the --overdue-as-of day, else today.
    const QDate asOf = asOfOption->isValid() ? *asOfOption
        : filter.overdueAsOf.isValid()       ? filter.overdueAsOf
                                             : m_clock.today();
    if (line->has(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const StoredCommitment& s : found.value()) {
            QJsonObject object = CommitmentJson::toJson(s.found);
            object.insert(QStringLiteral("id"), s.id);
            object.insert(QStringLiteral("agreement"), s.agreementId);
            object.insert(QStringLiteral("review"), CommitmentStore::reviewKey(s.review));
            object.insert(QStringLiteral("status"), CommitmentStatusRules::key(s.currentStatus()));
            object.insert(QStringLiteral("next_due"), jsonDate(s.nextDue()));
            object.insert(QStringLiteral("as_of"), jsonDate(asOf));
            object.insert(QStringLiteral("open"), s.isOpen());
            object.insert(QStringLiteral("overdue"), s.isOverdue(asOf));
            object.insert(QStringLiteral("due_within_30"), s.isDueWithin(asOf, CommitmentTally::SoonDays));
            object.insert(QStringLiteral("due_within_90"), s.isDueWithin(asOf, CommitmentTally::ReportSoonDays));
            object.insert(QStringLiteral("status_to_confirm"), s.needsConfirmation());
            object.insert(QStringLiteral("tracked_from"), jsonDate(s.trackedFrom));
            QJsonArray years;
            for (const Occurrence& o : s.occurrences)
                years.append(QJsonObject { { QStringLiteral("due"), jsonDate(o.due) },
                    { QStringLiteral("status"), CommitmentStatusRules::key(o.status) },
                    { QStringLiteral("history"), s.isHistory(o) } });
            object.insert(QStringLiteral("occurrences"), years);
            object.insert(QStringLiteral("note"), s.lastNote);
            array.append(object);
        }
        m_out << QJsonDocument(QJsonObject { { QStringLiteral("commitments"), array } }).toJson(QJsonDocument::Compact)
              << "\n";
        return 0;
    }
    for (const StoredCommitment& s : found.value()) {
        const QDate due = s.nextDue();
        m_out << s.id << '\t' << s.agreementId << '\t'
              << (s.found.label.isEmpty() ? QStringLiteral("-") : s.found.label) << '\t'
              << s.found.responsible.join(u',') << '\t'
              << (due.isValid() ? due.toString(Qt::ISODate) : QStringLiteral("-")) << '\t'
              << CommitmentStore::reviewKey(s.review) << '\t' << CommitmentStatusRules::key(s.currentStatus())
              << (s.isOverdue(asOf) ? "\toverdue" : "") << (s.needsConfirmation() ? "\tstatus-to-confirm" : "") << "\n";
    }
    return 0;
}

int CommitmentCommands::setTrackedFrom(const QStringList& args)
{
    QString error;
    const auto line
        = CommandLine::parse(QStringLiteral("set-tracked-from"), args, { {}, { QStringLiteral("--db") } }, &error);
    if (!line)
        return m_usageError(error);
    const auto id = line->positional.size() == 2 ? idArgument(line->positional[0]) : std::nullopt;
    const QDate day = DateText::isoDay(line->positional.value(1));
    if (!id || !day.isValid())
        return m_usageError(QStringLiteral("'set-tracked-from' takes an agreement ID and a date as YYYY-MM-DD"));
    const auto db = m_openStore(line->value(QStringLiteral("--db")));
    if (!db)
        return 1;
    const auto done = CommitmentTracker(*db, Gazetteer::builtIn()).setTrackedFrom(*id, day, m_clock.now());
    return done ? 0 : fail(done.error().toString());
}

int CommitmentCommands::closeHistory(const QStringList& args)
{
    QString error;
    const auto line = CommandLine::parse(QStringLiteral("close-history"), args,
        { {}, { QStringLiteral("--db"), QStringLiteral("--status"), QStringLiteral("--note") } }, &error);
    if (!line)
        return m_usageError(error);
    const auto id = line->positional.size() == 1 ? idArgument(line->positional[0]) : std::nullopt;
    const auto status = CommitmentStatusRules::fromKey(line->value(QStringLiteral("--status")));
    if (!id || !status)
        return m_usageError(QStringLiteral("'close-history' takes an agreement ID and --status (not-started, "
                                           "in-progress, done, deferred, cancelled)"));
    const auto db = m_openStore(line->value(QStringLiteral("--db")));
    if (!db)
        return 1;
    const auto closed = CommitmentTracker(*db, Gazetteer::builtIn())
                            .closeHistory(*id, *status, line->value(QStringLiteral("--note")), m_clock.now());
    if (!closed)
        return fail(closed.error().toString());
    m_out << closed.value() << " period(s) set to " << CommitmentStatusRules::key(*status) << "\n";
    return 0;
}

int CommitmentCommands::review(const QStringList& args)
{
    QString error;
    const auto line = CommandLine::parse(QStringLiteral("review"), args,
        { {},
            { QStringLiteral("--db"), QStringLiteral("--note"), QStringLiteral("--due"), QStringLiteral("--quantity"),
                QStringLiteral("--responsible") } },
        &error);
    if (!line)
        return m_usageError(error);
    const auto id = line->positional.size() == 2 ? idArgument(line->positional[0]) : std::nullopt;
    const QString decision = line->positional.value(1);
    if (!id || (decision != QLatin1String("accept") && decision != QLatin1String("reject")))
        return m_usageError(QStringLiteral("'review' takes a commitment ID and accept or reject"));
    CommitmentEdits edits;
    const auto due = dateOption(*line, QStringLiteral("--due"), &error);
    if (!due)
        return m_usageError(error);
    if (due->isValid())
        edits.due = *due;
    if (line->has(QStringLiteral("--quantity")))
        edits.quantity = line->value(QStringLiteral("--quantity"));
    if (line->has(QStringLiteral("--responsible")))
        edits.responsible = line->value(QStringLiteral("--responsible")).split(u',', Qt::SkipEmptyParts);
    if (decision == QLatin1String("reject") && (edits.due || edits.quantity || edits.responsible))
        return m_usageError(QStringLiteral("--due, --quantity and --responsible go with accept"));
    const auto db = m_openStore(line->value(QStringLiteral("--db")));
    if (!db)
        return 1;
    CommitmentTracker tracker(*db, Gazetteer::builtIn());
    const QString note = line->value(QStringLiteral("--note"));
    const auto done = decision == QLatin1String("accept") ? tracker.accept(*id, edits, note, m_clock.now())
                                                          : tracker.reject(*id, note, m_clock.now());
    return done ? 0 : fail(done.error().toString());
}

int CommitmentCommands::setStatus(const QStringList& args)
{
    QString error;
    const auto line = CommandLine::parse(QStringLiteral("set-status"), args,
        { {}, { QStringLiteral("--db"), QStringLiteral("--note"), QStringLiteral("--year") } }, &error);
    if (!line)
        return m_usageError(error);
    const auto id = line->positional.size() == 2 ? idArgument(line->positional[0]) : std::nullopt;
    const auto status = CommitmentStatusRules::fromKey(line->positional.value(1));
    if (!id || !status)
        return m_usageError(QStringLiteral("'set-status' takes a commitment ID and a status (not-started, "
                                           "in-progress, done, deferred, cancelled)"));
    std::optional<int> year;
    if (line->has(QStringLiteral("--year"))) {
        bool ok = false;
        year = line->value(QStringLiteral("--year")).toInt(&ok);
        if (!ok)
            return m_usageError(QStringLiteral("--year needs a year, e.g. 2026"));
    }
    const auto db = m_openStore(line->value(QStringLiteral("--db")));
    if (!db)
        return 1;
    const auto done = CommitmentTracker(*db, Gazetteer::builtIn())
                          .setStatus(*id, *status, line->value(QStringLiteral("--note")), m_clock.now(), year);
    return done ? 0 : fail(done.error().toString());
}

int CommitmentCommands::note(const QStringList& args)
{
    QString error;
    const auto line = CommandLine::parse(
        QStringLiteral("note"), args, { {}, { QStringLiteral("--db"), QStringLiteral("--link") } }, &error);
    if (!line)
        return m_usageError(error);
    const auto id = line->positional.size() == 2 ? idArgument(line->positional[0]) : std::nullopt;
    if (!id)
        return m_usageError(QStringLiteral("'note' takes a commitment ID and the note (quote it)"));
    const auto db = m_openStore(line->value(QStringLiteral("--db")));
    if (!db)
        return 1;
    const auto done = CommitmentTracker(*db, Gazetteer::builtIn())
                          .addNote(*id, line->positional[1], line->value(QStringLiteral("--link")), m_clock.now());
    return done ? 0 : fail(done.error().toString());
}

int CommitmentCommands::history(const QStringList& args)
{
    QString error;
    const auto line = CommandLine::parse(
        QStringLiteral("history"), args, { { QStringLiteral("--json") }, { QStringLiteral("--db") } }, &error);
    if (!line)
        return m_usageError(error);
    const auto id = line->positional.size() == 1 ? idArgument(line->positional[0]) : std::nullopt;
    if (!id)
        return m_usageError(QStringLiteral("'history' takes a commitment ID"));
    const auto db = m_openStore(line->value(QStringLiteral("--db")));
    if (!db)
        return 1;
    const auto events = CommitmentStore(*db, Gazetteer::builtIn()).history(*id);
    if (!events)
        return fail(events.error().toString());
    if (line->has(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const CommitmentEvent& e : events.value()) {
            array.append(QJsonObject { { QStringLiteral("at"), e.at.toString(Qt::ISODate) },
                { QStringLiteral("field"), e.field }, { QStringLiteral("old"), e.oldValue },
                { QStringLiteral("new"), e.newValue }, { QStringLiteral("note"), e.note },
                { QStringLiteral("link"), e.link }, { QStringLiteral("occurrence"), jsonDate(e.occurrence) } });
        }
        m_out << QJsonDocument(QJsonObject { { QStringLiteral("history"), array } }).toJson(QJsonDocument::Compact)
              << "\n";
        return 0;
    }
    for (const CommitmentEvent& e : events.value()) {
        m_out << e.at.toString(Qt::ISODate) << '\t' << e.field
              << (e.occurrence.isValid() ? QStringLiteral(" (%1)").arg(e.occurrence.year()) : QString()) << '\t'
              << TerminalText::escape(e.oldValue) << " -> " << TerminalText::escape(e.newValue) << '\t'
              << TerminalText::escape(e.note) << (e.link.isEmpty() ? "" : "\t") << TerminalText::escape(e.link) << "\n";
    }
    return 0;
}

int CommitmentCommands::fail(const QString& message)
{
    m_err << "concord-cli: " << message << "\n";
    return 1;
}

int CommitmentCommands::extract(const QStringList& args)
{
    QString error;
    const auto line = CommandLine::parse(
        QStringLiteral("commitments"), args, { { QStringLiteral("--json"), QStringLiteral("--quiet") }, {} }, &error);
    if (!line)
        return m_usageError(error);
    if (line->positional.size() != 1)
        return m_usageError(QStringLiteral("'commitments' takes exactly one FILE"));
    ScanProgressPrinter printer(m_err, line->has(QStringLiteral("--quiet")), CliApp::stopSignal());
    const auto file = DocumentParser::parseFile(
        line->positional.front(), Gazetteer::builtIn(), printer.options(line->positional.front()));
    if (!file)
        return fail(file.error().toString());
    QList<CommitmentCandidate> all;
    for (const ParsedDocument& document : file->documents)
        all += CommitmentExtractor::extract(document, Gazetteer::builtIn());
    if (line->has(QStringLiteral("--json"))) {
        m_out << QJsonDocument(QJsonObject { { QStringLiteral("commitments"), CommitmentJson::toJson(all) } })
                     .toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const CommitmentCandidate& c : all) {
        m_out << (c.label.isEmpty() ? QStringLiteral("-") : c.label) << '\t' << c.responsible.join(QLatin1Char(','))
              << '\t' << (c.due.isValid() ? c.due.toString(Qt::ISODate) : QStringLiteral("-")) << '\t'
              << (c.isRecurring() ? RecurrenceRules::key(c.recurrence) : QStringLiteral("-")) << '\t'
              << (c.quantity.isEmpty() ? QStringLiteral("-") : c.quantity) << '\t'
              << QString::number(c.confidence, 'f', 2) << '\t'
              << (c.vi.isEmpty() ? c.zh : c.vi).left(90).replace(QLatin1Char('\n'), QLatin1Char(' ')) << "\n";
        for (const QString& warning : c.warnings)
            m_out << "\twarning: " << warning << "\n";
    }
    return 0;
}

} // namespace concord::cli
