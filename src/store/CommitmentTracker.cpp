#include "store/CommitmentTracker.h"

#include "import/Gazetteer.h"
#include "store/AlignmentStore.h"
#include "store/ChangeAuthor.h"
#include "store/Database.h"
#include "store/PartyDirectory.h"
#include "store/SqlWriter.h"
#include "store/Transaction.h"
#include "text/DateText.h"

#include <QSqlError>
#include <QSqlQuery>

namespace concord {

namespace {

const QString InsertEvent = QStringLiteral(
    "INSERT INTO commitment_event (commitment_id, occurrence_id, at, field, old_value, new_value, note, link, "
    "changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");

QString stamp(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

QString isoOrEmpty(const QDate& day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

/// The mark of an attempt that met a commitment changed since it was read: it is made again on the new state.
const QString Retry = QStringLiteral("retry");

/// The cached status of a recurring commitment after \a occurrence (one of its periods) changed to \a status.
CommitmentStatus statusAfter(StoredCommitment s, qint64 occurrence, CommitmentStatus status)
{
    for (Occurrence& o : s.occurrences) {
        if (o.id == occurrence)
            o.status = status;
    }
    return s.currentStatus();
}

} // namespace

CommitmentTracker::CommitmentTracker(Database& database, const Gazetteer& gazetteer)
    : m_database(database)
    , m_gazetteer(gazetteer)
{ }

Error CommitmentTracker::error(const QString& message) const
{
    return Error { m_database.path(), 0, -1, message };
}

Error CommitmentTracker::stale(qint64 id) const
{
    const ChangeAuthor last
        = ChangeAuthor::last(m_database, QStringLiteral("commitment_event"), QStringLiteral("commitment_id"), id);
    const QString message = !last.isKnown()
        ? tr("Commitment %1 was changed by someone else after you read it: reload it to see the change, or apply "
             "yours anyway.")
              .arg(id)
        : tr("%1 changed commitment %2 at %3, after you read it: reload it to see the change, or apply yours anyway.")
              .arg(last.who)
              .arg(id)
              .arg(last.when);
    return Error { m_database.path(), 0, -1, message, QString::fromLatin1(StaleCode) };
}

std::optional<Result<void>> CommitmentTracker::claim(Transaction& change, qint64 id, qint64 read) const
{
    SqlWriter& w = change.writer();
    QVariantList row;
    if (change.started())
        row = w.firstRow(
            QStringLiteral("UPDATE commitment SET version = version + 1 WHERE id = ? RETURNING version"), { id });
    if (!change.started() || w.failed()) {
        const auto failure = change.commit(); // rolls back, saying why (read-only, locked, disk full …)
        return Result<void>(
            error(tr("The change could not be saved; nothing was changed: %1").arg(failure.value_or(QString()))));
    }
    if (row.value(0).toLongLong() != read + 1)
        return Result<void>(Error { {}, 0, -1, {}, Retry });
    return std::nullopt;
}

template <typename Attempt>
Result<void> CommitmentTracker::onCurrent(qint64 id, std::optional<qint64> seenVersion, Attempt attempt)
{
    for (int tries = 0;; ++tries) {
        const auto current = CommitmentStore(m_database, m_gazetteer).get(id);
        if (!current)
            return current.error();
        if (seenVersion && current->version != *seenVersion)
            return stale(id);
        Result<void> done = attempt(current.value());
        if (done.ok() || done.error().code != Retry)
            return done;
        if (seenVersion || tries == 9)
            return stale(id);
    }
}

Result<void> CommitmentTracker::accept(qint64 id, const CommitmentEdits& edits, const QString& note,
    const QDateTime& at, std::optional<qint64> seenVersion)
{
    return onCurrent(id, seenVersion, [&](const StoredCommitment& s) -> Result<void> {
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
        Transaction change(m_database);
        SqlWriter& w = change.writer();
        if (auto refused = claim(change, id, s.version))
            return *refused;
        const QString when = stamp(at);
        bool changed = false;
        if (s.review != Review::Accepted) {
            w.run(QStringLiteral("UPDATE commitment SET review = 'accepted' WHERE id = ?"), { id });
            w.run(InsertEvent,
                { id, QVariant(), when, QStringLiteral("review"), CommitmentStore::reviewKey(s.review),
                    QStringLiteral("accepted"), note, QString(), m_database.userName() });
            changed = true;
        }
        if (edits.due && *edits.due != s.found.due) {
            w.run(QStringLiteral("UPDATE commitment SET due = ? WHERE id = ?"),
                { edits.due->isValid() ? QVariant(edits.due->toString(Qt::ISODate)) : QVariant(), id });
            w.run(InsertEvent,
                { id, QVariant(), when, QStringLiteral("due"), isoOrEmpty(s.found.due), isoOrEmpty(*edits.due), note,
                    QString(), m_database.userName() });
            changed = true;
        }
        if (edits.quantity && *edits.quantity != s.found.quantity) {
            w.run(QStringLiteral("UPDATE commitment SET quantity = ? WHERE id = ?"), { *edits.quantity, id });
            w.run(InsertEvent,
                { id, QVariant(), when, QStringLiteral("quantity"), s.found.quantity, *edits.quantity, note, QString(),
                    m_database.userName() });
            changed = true;
        }
        if (edits.responsible && keys != s.found.responsible) {
            w.run(QStringLiteral("DELETE FROM commitment_party WHERE commitment_id = ? AND role = 'responsible'"),
                { id });
            for (const QString& key : keys) {
                w.run(QStringLiteral("INSERT INTO commitment_party (commitment_id, party_id, role) "
                                     "VALUES (?, ?, 'responsible') ON CONFLICT DO NOTHING"),
                    { id, PartyDirectory::ensure(w, m_gazetteer, key) });
            }
            w.run(InsertEvent,
                { id, QVariant(), when, QStringLiteral("responsible"), s.found.responsible.join(u','), keys.join(u','),
                    note, QString(), m_database.userName() });
            changed = true;
        }
        if (!changed)
            return error(tr("Commitment %1 is already accepted as it is.").arg(id));
        if (const auto failure = change.commit(StoreChange { StoreChange::Reviewed, { s.agreementId }, { id } }))
            return error(tr("The change could not be saved; nothing was changed: %1").arg(*failure));
        return {};
    });
}

Result<void> CommitmentTracker::reject(
    qint64 id, const QString& note, const QDateTime& at, std::optional<qint64> seenVersion)
{
    return onCurrent(id, seenVersion, [&](const StoredCommitment& s) -> Result<void> {
        const StoredCommitment* current = &s;
        if (current->review == Review::Rejected)
            return error(tr("Commitment %1 is already rejected.").arg(id));
        Transaction change(m_database);
        if (auto refused = claim(change, id, s.version))
            return *refused;
        change.writer().run(QStringLiteral("UPDATE commitment SET review = 'rejected' WHERE id = ?"), { id });
        change.writer().run(InsertEvent,
            { id, QVariant(), stamp(at), QStringLiteral("review"), CommitmentStore::reviewKey(current->review),
                QStringLiteral("rejected"), note, QString(), m_database.userName() });
        if (const auto failure = change.commit(StoreChange { StoreChange::Reviewed, { current->agreementId }, { id } }))
            return error(tr("The change could not be saved; nothing was changed: %1").arg(*failure));
        return {};
    });
}

Result<void> CommitmentTracker::setStatus(qint64 id, CommitmentStatus status, const QString& note, const QDateTime& at,
    std::optional<int> year, std::optional<qint64> seenVersion)
{
    return onCurrent(id, seenVersion, [&](const StoredCommitment& s) -> Result<void> {
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
            // A recurring commitment without a year: the period being followed up.
            occurrence = s.current();
            if (s.isRecurring() && !occurrence)
                return error(
                    tr("Every period of commitment %1 ended before tracking started; close them as history.").arg(id));
        }
        const CommitmentStatus from = occurrence ? occurrence->status : s.status;
        // A status waiting to be confirmed may be confirmed as it is.
        if (!CommitmentStatusRules::canChange(from, status) && !s.needsConfirmation())
            return error(tr("Commitment %1 is already %2.").arg(id).arg(CommitmentStatusRules::key(status)));
        Transaction change(m_database);
        SqlWriter& w = change.writer();
        if (auto refused = claim(change, id, s.version))
            return *refused;
        const QString when = stamp(at);
        if (s.review == Review::Candidate) {
            w.run(QStringLiteral("UPDATE commitment SET review = 'accepted' WHERE id = ?"), { id });
            w.run(InsertEvent,
                { id, QVariant(), when, QStringLiteral("review"), QStringLiteral("candidate"),
                    QStringLiteral("accepted"), QString(), QString(), m_database.userName() });
        }
        if (occurrence) {
            w.run(QStringLiteral("UPDATE commitment_occurrence SET status = ? WHERE id = ?"),
                { CommitmentStatusRules::key(status), occurrence->id });
            w.run(QStringLiteral("UPDATE commitment SET status = ? WHERE id = ?"),
                { CommitmentStatusRules::key(statusAfter(s, occurrence->id, status)), id });
        } else
            w.run(QStringLiteral("UPDATE commitment SET status = ? WHERE id = ?"),
                { CommitmentStatusRules::key(status), id });
        w.run(InsertEvent,
            { id, occurrence ? QVariant(occurrence->id) : QVariant(), when, QStringLiteral("status"),
                CommitmentStatusRules::key(from), CommitmentStatusRules::key(status), note, QString(),
                m_database.userName() });
        if (const auto failure = change.commit(StoreChange { StoreChange::StatusChanged, { s.agreementId }, { id } }))
            return error(tr("The change could not be saved; nothing was changed: %1").arg(*failure));
        return {};
    });
}

Result<void> CommitmentTracker::addNote(qint64 id, const QString& note, const QString& link, const QDateTime& at)
{
    if (note.trimmed().isEmpty() && link.trimmed().isEmpty())
        return error(tr("The note is empty."));
    const auto current = CommitmentStore(m_database, m_gazetteer).get(id);
    if (!current)
        return current.error();
    Transaction change(m_database);
    change.writer().run(InsertEvent,
        { id, QVariant(), stamp(at), QStringLiteral("note"), QString(), QString(), note.trimmed(), link.trimmed(),
            m_database.userName() });
    if (const auto failure = change.commit(StoreChange { StoreChange::Noted, { current->agreementId }, { id } }))
        return error(tr("The change could not be saved; nothing was changed: %1").arg(*failure));
    return {};
}

Result<int> CommitmentTracker::closeHistory(
    qint64 agreementId, CommitmentStatus status, const QString& note, const QDateTime& at)
{
    if (const auto found = m_database.agreement(agreementId); !found)
        return found.error();
    else if (!found->has_value())
        return error(tr("There is no agreement %1.").arg(agreementId));
    CommitmentFilter filter;
    filter.agreementId = agreementId;
    filter.reviews = { Review::Candidate, Review::Accepted };
    const auto list = CommitmentStore(m_database, m_gazetteer).list(filter);
    if (!list)
        return list.error();
    Transaction change(m_database);
    SqlWriter& w = change.writer();
    const QString when = stamp(at);
    int closed = 0;
    QList<qint64> touched;
    for (const StoredCommitment& s : list.value()) {
        StoredCommitment after = s;
        const int before = closed;
        for (Occurrence& o : after.occurrences) {
            if (!s.isHistory(o) || o.status == status)
                continue;
            w.run(QStringLiteral("UPDATE commitment_occurrence SET status = ? WHERE id = ?"),
                { CommitmentStatusRules::key(status), o.id });
            w.run(InsertEvent,
                { s.id, o.id, when, QStringLiteral("status"), CommitmentStatusRules::key(o.status),
                    CommitmentStatusRules::key(status), note, QString(), m_database.userName() });
            o.status = status;
            ++closed;
        }
        if (closed > before)
            w.run(QStringLiteral("UPDATE commitment SET version = version + 1 WHERE id = ?"), { s.id });
        if (closed > before && after.status != after.currentStatus()) {
            w.run(QStringLiteral("UPDATE commitment SET status = ? WHERE id = ?"),
                { CommitmentStatusRules::key(after.currentStatus()), s.id });
        }
        if (closed > before)
            touched.append(s.id);
    }
    if (closed == 0)
        return error(tr("Agreement %1 has no period before its tracked-from day that is not already %2.")
                         .arg(agreementId)
                         .arg(CommitmentStatusRules::key(status)));
    if (const auto failure = change.commit(StoreChange { StoreChange::StatusChanged, { agreementId }, touched }))
        return error(tr("The change could not be saved; nothing was changed: %1").arg(*failure));
    return closed;
}

Result<void> CommitmentTracker::setTrackedFrom(
    qint64 agreementId, const QDate& day, const QDateTime& at, std::optional<qint64> seenVersion)
{
    const auto found = m_database.agreement(agreementId);
    if (!found)
        return found.error();
    const std::optional<Agreement>& header = found.value();
    if (!header)
        return error(tr("There is no agreement %1.").arg(agreementId));
    if (!day.isValid())
        return error(tr("The tracked-from day is not a valid date."));
    if (header->trackedFrom == day)
        return error(tr("Agreement %1 is already tracked from %2.").arg(agreementId).arg(day.toString(Qt::ISODate)));
    CommitmentFilter filter;
    filter.agreementId = agreementId;
    filter.reviews = { Review::Candidate, Review::Accepted, Review::Rejected };
    const auto list = CommitmentStore(m_database, m_gazetteer).list(filter);
    if (!list)
        return list.error();
    Transaction change(m_database);
    SqlWriter& w = change.writer();
    // The version the change is decided on: what the caller saw, else what was read above.
    const QVariantList claimed
        = w.firstRow(QStringLiteral("UPDATE agreement SET tracked_from = ?, version = version + 1 WHERE id = ? "
                                    "RETURNING version"),
            { day.toString(Qt::ISODate), agreementId });
    if (!w.failed() && claimed.value(0).toLongLong() != seenVersion.value_or(header->version) + 1)
        return AlignmentStore::stale(m_database, agreementId);
    w.run(QStringLiteral("INSERT INTO event (at, agreement_id, action, detail, changed_by) "
                         "VALUES (?, ?, 'tracked-from', ?, ?)"),
        { stamp(at), agreementId,
            QStringLiteral("%1 -> %2").arg(isoOrEmpty(header->trackedFrom), day.toString(Qt::ISODate)),
            m_database.userName() });
    // The cached status of each recurring commitment follows its current period, which the day may move.
    for (StoredCommitment s : list.value()) {
        if (!s.isRecurring())
            continue;
        s.trackedFrom = day;
        w.run(QStringLiteral("UPDATE commitment SET status = ?, version = version + 1 WHERE id = ?"),
            { CommitmentStatusRules::key(s.currentStatus()), s.id });
    }
    if (const auto failure = change.commit(StoreChange { StoreChange::TrackedFrom, { agreementId }, {} }))
        return error(tr("The change could not be saved; nothing was changed: %1").arg(*failure));
    return {};
}

} // namespace concord
