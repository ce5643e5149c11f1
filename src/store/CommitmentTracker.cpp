#include "store/CommitmentTracker.h"

#include "import/Gazetteer.h"
#include "store/Database.h"
#include "store/PartyDirectory.h"
#include "store/SqlWriter.h"

#include <QSqlError>

namespace concord {

namespace {

const QString InsertEvent = QStringLiteral(
    "INSERT INTO commitment_event (commitment_id, occurrence_id, at, field, old_value, new_value, note, link) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");

QString stamp(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

QString isoOrEmpty(const QDate& day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

/// One change: a transaction, its writer, and commit or rollback with the reason.
class Change
{
public:
    explicit Change(QSqlDatabase db)
        : m_db(std::move(db))
        , m_started(m_db.transaction())
        , m_writer(m_db)
    { }

    ~Change()
    {
        if (m_started && !m_done)
            m_db.rollback();
    }

    SqlWriter& writer() { return m_writer; }

    /// Commits; on failure rolls back and returns the reason.
    std::optional<QString> commit()
    {
        if (!m_started)
            return m_db.lastError().text();
        if (m_writer.failed() || !m_db.commit()) {
            const QString reason = m_writer.failed() ? m_writer.error() : m_db.lastError().text();
            m_db.rollback();
            m_done = true;
            return reason;
        }
        m_done = true;
        return std::nullopt;
    }

private:
    QSqlDatabase m_db;
    bool m_started;
    bool m_done = false;
    SqlWriter m_writer;
};

} // namespace

CommitmentTracker::CommitmentTracker(Database& database, const Gazetteer& gazetteer)
    : m_database(database)
    , m_gazetteer(gazetteer)
{ }

Error CommitmentTracker::error(const QString& message) const
{
    return Error { m_database.path(), 0, -1, message };
}

Result<bool> CommitmentTracker::accept(
    qint64 id, const CommitmentEdits& edits, const QString& note, const QDateTime& at)
{
    const auto current = CommitmentStore(m_database, m_gazetteer).get(id);
    if (!current)
        return current.error();
    const StoredCommitment& s = current.value();
    QStringList keys;
    if (edits.responsible) {
        for (const QString& name : *edits.responsible) {
            const Place* place = m_gazetteer.resolve(name);
            if (!place && !m_gazetteer.place(name))
                return error(tr("\"%1\" is not a party Concord knows.").arg(name));
            keys.append(place ? place->id : name);
        }
        if (keys.isEmpty())
            return error(tr("A commitment needs at least one responsible party."));
    }
    Change change(m_database.connection());
    SqlWriter& w = change.writer();
    const QString when = stamp(at);
    bool changed = false;
    if (s.review != Review::Accepted) {
        w.run(QStringLiteral("UPDATE commitment SET review = 'accepted' WHERE id = ?"), { id });
        w.run(InsertEvent,
            { id, QVariant(), when, QStringLiteral("review"), CommitmentStore::reviewKey(s.review),
                QStringLiteral("accepted"), note, QString() });
        changed = true;
    }
    if (edits.due && *edits.due != s.found.due) {
        w.run(QStringLiteral("UPDATE commitment SET due = ? WHERE id = ?"),
            { edits.due->isValid() ? QVariant(edits.due->toString(Qt::ISODate)) : QVariant(), id });
        w.run(InsertEvent,
            { id, QVariant(), when, QStringLiteral("due"), isoOrEmpty(s.found.due), isoOrEmpty(*edits.due), note,
                QString() });
        changed = true;
    }
    if (edits.quantity && *edits.quantity != s.found.quantity) {
        w.run(QStringLiteral("UPDATE commitment SET quantity = ? WHERE id = ?"), { *edits.quantity, id });
        w.run(InsertEvent,
            { id, QVariant(), when, QStringLiteral("quantity"), s.found.quantity, *edits.quantity, note, QString() });
        changed = true;
    }
    if (edits.responsible && keys != s.found.responsible) {
        w.run(QStringLiteral("DELETE FROM commitment_party WHERE commitment_id = ? AND role = 'responsible'"), { id });
        for (const QString& key : keys) {
            w.run(QStringLiteral("INSERT OR IGNORE INTO commitment_party (commitment_id, party_id, role) "
                                 "VALUES (?, ?, 'responsible')"),
                { id, PartyDirectory::ensure(w, m_gazetteer, key) });
        }
        w.run(InsertEvent,
            { id, QVariant(), when, QStringLiteral("responsible"), s.found.responsible.join(u','), keys.join(u','),
                note, QString() });
        changed = true;
    }
    if (!changed)
        return error(tr("Commitment %1 is already accepted as it is.").arg(id));
    if (const auto failure = change.commit())
        return error(tr("The change could not be saved; nothing was changed: %1").arg(*failure));
    return true;
}

Result<bool> CommitmentTracker::reject(qint64 id, const QString& note, const QDateTime& at)
{
    const auto current = CommitmentStore(m_database, m_gazetteer).get(id);
    if (!current)
        return current.error();
    if (current->review == Review::Rejected)
        return error(tr("Commitment %1 is already rejected.").arg(id));
    Change change(m_database.connection());
    change.writer().run(QStringLiteral("UPDATE commitment SET review = 'rejected' WHERE id = ?"), { id });
    change.writer().run(InsertEvent,
        { id, QVariant(), stamp(at), QStringLiteral("review"), CommitmentStore::reviewKey(current->review),
            QStringLiteral("rejected"), note, QString() });
    if (const auto failure = change.commit())
        return error(tr("The change could not be saved; nothing was changed: %1").arg(*failure));
    return true;
}

Result<bool> CommitmentTracker::setStatus(
    qint64 id, CommitmentStatus status, const QString& note, const QDateTime& at, std::optional<int> year)
{
    const auto current = CommitmentStore(m_database, m_gazetteer).get(id);
    if (!current)
        return current.error();
    const StoredCommitment& s = current.value();
    if (s.review == Review::Rejected)
        return error(tr("Commitment %1 was rejected; accept it before tracking it.").arg(id));
    const Occurrence* occurrence = nullptr;
    if (year) {
        for (const Occurrence& o : s.occurrences) {
            if (o.due.year() == *year)
                occurrence = &o;
        }
        if (!occurrence)
            return error(tr("Commitment %1 has no occurrence in %2.").arg(id).arg(*year));
    } else {
        // A yearly commitment without a year: the year being followed up, the first one still open.
        for (const Occurrence& o : s.occurrences) {
            if (!occurrence && !CommitmentStatusRules::isClosed(o.status))
                occurrence = &o;
        }
    }
    const CommitmentStatus from = occurrence ? occurrence->status : s.status;
    if (!CommitmentStatusRules::canChange(from, status))
        return error(tr("Commitment %1 is already %2.").arg(id).arg(CommitmentStatusRules::key(status)));
    Change change(m_database.connection());
    SqlWriter& w = change.writer();
    const QString when = stamp(at);
    if (s.review == Review::Candidate) {
        w.run(QStringLiteral("UPDATE commitment SET review = 'accepted' WHERE id = ?"), { id });
        w.run(InsertEvent,
            { id, QVariant(), when, QStringLiteral("review"), QStringLiteral("candidate"), QStringLiteral("accepted"),
                QString(), QString() });
    }
    if (occurrence)
        w.run(QStringLiteral("UPDATE commitment_occurrence SET status = ? WHERE id = ?"),
            { CommitmentStatusRules::key(status), occurrence->id });
    else
        w.run(QStringLiteral("UPDATE commitment SET status = ? WHERE id = ?"),
            { CommitmentStatusRules::key(status), id });
    w.run(InsertEvent,
        { id, occurrence ? QVariant(occurrence->id) : QVariant(), when, QStringLiteral("status"),
            CommitmentStatusRules::key(from), CommitmentStatusRules::key(status), note, QString() });
    if (const auto failure = change.commit())
        return error(tr("The change could not be saved; nothing was changed: %1").arg(*failure));
    return true;
}

Result<bool> CommitmentTracker::addNote(qint64 id, const QString& note, const QString& link, const QDateTime& at)
{
    if (note.trimmed().isEmpty() && link.trimmed().isEmpty())
        return error(tr("The note is empty."));
    if (const auto current = CommitmentStore(m_database, m_gazetteer).get(id); !current)
        return current.error();
    Change change(m_database.connection());
    change.writer().run(InsertEvent,
        { id, QVariant(), stamp(at), QStringLiteral("note"), QString(), QString(), note.trimmed(), link.trimmed() });
    if (const auto failure = change.commit())
        return error(tr("The change could not be saved; nothing was changed: %1").arg(*failure));
    return true;
}

} // namespace concord
