#include "store/AlignmentStore.h"

#include "align/AlignmentDiff.h"
#include "store/AgreementStore.h"
#include "store/ChangeAuthor.h"
#include "store/Database.h"
#include "store/SearchIndex.h"
#include "store/SearchText.h"
#include "store/SqlWriter.h"
#include "store/StoreProblem.h"
#include "store/Transaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace concord {

namespace {
Language languageOf(const QVariant& key)
{
    return key.toString() == QLatin1String("zh") ? Language::Chinese : Language::Vietnamese;
}

LanguageVersion& versionOf(AlignedVersions& versions, Language language)
{
    return language == Language::Chinese ? versions.zh : versions.vi;
}

const LanguageVersion& versionOf(const AlignedVersions& versions, Language language)
{
    return language == Language::Chinese ? versions.zh : versions.vi;
}

/// Where a commitment's clause stands: the unit of its pair that holds its text (else the pair's first), by
/// language and source line, which stay put when pairs are rearranged and units split or joined.
struct ClauseAnchor
{
    qint64 commitment = 0;
    Language language = Language::Vietnamese;
    int line = 0;
};

/// Which pair holds the unit of each language starting at each source line (the first such pair).
QHash<std::pair<int, int>, int> pairsByLine(const AlignedVersions& versions)
{
    QHash<std::pair<int, int>, int> index;
    const QList<AlignedPair>& pairs = versions.alignment.pairs;
    // Backwards, so that the first pair holding a line is the one that stays.
    for (int p = int(pairs.size()) - 1; p >= 0; --p) {
        for (const int u : pairs[p].vi) {
            if (u >= 0 && u < versions.vi.units.size())
                index[{ 0, versions.vi.units.at(u).line }] = p;
        }
        for (const int u : pairs[p].zh) {
            if (u >= 0 && u < versions.zh.units.size())
                index[{ 1, versions.zh.units.at(u).line }] = p;
        }
    }
    return index;
}
} // namespace

AlignmentStore::AlignmentStore(Database& database)
    : m_database(database)
{ }

Error AlignmentStore::error(const QString& message) const
{
    return Error { m_database.path(), 0, -1, message };
}

Result<StoredAgreement> AlignmentStore::read(const Database& database, qint64 agreementId)
{
    const auto error = [&database](const QString& message) { return Error { database.path(), 0, -1, message }; };
    StoredAgreement stored;
    const auto found = database.agreement(agreementId);
    if (!found)
        return found.error();
    const std::optional<Agreement>& header = found.value();
    if (!header)
        return error(tr("There is no agreement %1.").arg(agreementId));
    stored.header = *header;
    stored.versions.vi.language = Language::Vietnamese;
    stored.versions.zh.language = Language::Chinese;

    const QSqlDatabase db = database.connection();
    QSqlQuery units(db);
    units.setForwardOnly(true);
    units.prepare(QStringLiteral("SELECT id, language, kind, label, uncertain, value, parent_id, level, line, text "
                                 "FROM unit WHERE agreement_id = ? ORDER BY language, position"));
    units.addBindValue(agreementId);
    if (!units.exec())
        return error(tr("The agreement cannot be read: %1").arg(StoreProblem::describe(units.lastError())));
    QHash<qint64, std::pair<Language, int>> index; // unit id → (language, position)
    while (units.next()) {
        const Language language = languageOf(units.value(1));
        LanguageVersion& version = versionOf(stored.versions, language);
        Unit unit;
        unit.kind = Unit::kindFromKey(units.value(2).toString()).value_or(UnitKind::Preamble);
        if (!units.value(3).isNull()) {
            const QString text = units.value(3).toString();
            NumberingLabel label = LabelParser::parse(text).value_or(NumberingLabel {});
            label.text = text;
            label.uncertain = units.value(4).toInt() != 0;
            label.value = units.value(5).toInt();
            unit.label = label;
        }
        unit.parent = units.value(6).isNull() ? -1 : index.value(units.value(6).toLongLong()).second;
        unit.level = units.value(7).toInt();
        unit.line = units.value(8).toInt();
        unit.text = units.value(9).toString();
        index.insert(units.value(0).toLongLong(), { language, int(version.units.size()) });
        version.units.append(unit);
    }

    QSqlQuery pairs(db);
    pairs.setForwardOnly(true);
    pairs.prepare(QStringLiteral("SELECT p.id, p.score, p.anchored, p.confirmed_by, m.unit_id FROM alignment_pair p "
                                 "LEFT JOIN alignment_member m ON m.pair_id = p.id WHERE p.agreement_id = ? "
                                 "ORDER BY p.position"));
    pairs.addBindValue(agreementId);
    if (!pairs.exec())
        return error(tr("The alignment cannot be read: %1").arg(StoreProblem::describe(pairs.lastError())));
    qint64 current = 0;
    QList<AlignedPair>& aligned = stored.versions.alignment.pairs;
    while (pairs.next()) {
        if (pairs.value(0).toLongLong() != current) {
            current = pairs.value(0).toLongLong();
            AlignedPair pair;
            pair.score = pairs.value(1).toDouble();
            pair.anchored = pairs.value(2).toInt() != 0;
            pair.confirmed = !pairs.value(3).isNull();
            aligned.append(pair);
            stored.confirmedBy.append(pairs.value(3).toString());
        }
        if (pairs.value(4).isNull())
            continue;
        const auto [language, position] = index.value(pairs.value(4).toLongLong());
        (language == Language::Chinese ? aligned.last().zh : aligned.last().vi).append(position);
    }
    for (AlignedPair& pair : aligned) {
        std::sort(pair.vi.begin(), pair.vi.end());
        std::sort(pair.zh.begin(), pair.zh.end());
    }
    if (aligned.isEmpty()) {
        // A document in one language (a forwarding letter, a version whose translation is missing) has no
        // alignment: each unit stands alone, in reading order.
        for (int u = 0; u < stored.versions.vi.units.size(); ++u)
            aligned.append(AlignedPair { { u }, {}, 0, false, false });
        for (int u = 0; u < stored.versions.zh.units.size(); ++u)
            aligned.append(AlignedPair { {}, { u }, 0, false, false });
        stored.confirmedBy.fill(QString(), aligned.size());
    }

    QSqlQuery signatories(db);
    signatories.setForwardOnly(true);
    signatories.prepare(QStringLiteral(
        "SELECT party, office, person, person_alt FROM signatory WHERE agreement_id = ? ORDER BY position"));
    signatories.addBindValue(agreementId);
    if (signatories.exec()) {
        while (signatories.next()) {
            SignatureBlock block;
            block.party = signatories.value(0).toString();
            block.office = signatories.value(1).toString();
            block.person = signatories.value(2).toString();
            block.personAlternate = signatories.value(3).toString();
            stored.signatories.append(block);
        }
    }
    return stored;
}

Result<StoredAgreement> AlignmentStore::load(qint64 agreementId) const
{
    return read(m_database, agreementId);
}

Error AlignmentStore::stale(const Database& database, qint64 agreementId)
{
    const ChangeAuthor last
        = ChangeAuthor::last(database, QStringLiteral("event"), QStringLiteral("agreement_id"), agreementId);
    const QString message = !last.isKnown()
        ? tr("Agreement %1 was changed by someone else after you opened it: your change was not saved. The "
             "agreement is read again; make your change on it if it is still needed.")
              .arg(agreementId)
        : tr("%1 changed agreement %2 at %3, after you opened it: your change was not saved. The agreement is read "
             "again; make your change on it if it is still needed.")
              .arg(last.who)
              .arg(agreementId)
              .arg(last.when);
    return Error { database.path(), 0, -1, message, QString::fromLatin1(StaleCode) };
}

Result<SavedAlignment> AlignmentStore::save(qint64 agreementId, const AlignedVersions& before,
    const AlignedVersions& after, const QString& who, const QDateTime& at, std::optional<qint64> seenVersion)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(m_database);
    if (!transaction.started())
        return error(tr("The alignment cannot be saved: %1").arg(transaction.beginError()));
    auto fail = [&](const QString& reason) -> Result<SavedAlignment> {
        return error(tr("The alignment could not be saved; the database is unchanged: %1").arg(reason));
    };
    SqlWriter& writer = transaction.writer();
    const auto idsOf = [&writer](const QString& sql, const QVariantList& values) {
        QList<qint64> ids;
        for (const QVariantList& row : writer.rows(sql, values))
            ids.append(row.value(0).toLongLong());
        return ids;
    };
    const auto idList = [](const QList<qint64>& ids) {
        QStringList list;
        for (const qint64 id : ids)
            list.append(QString::number(id));
        return QVariant(QLatin1Char('[') + list.join(QLatin1Char(',')) + QLatin1Char(']'));
    };
    // Positions move in two steps, through negative ones, so that no two rows ever share one on the way.
    const auto movePositions
        = [&writer](const QString& table, const QString& where, const QVariantList& values, int from, int shift) {
              if (shift == 0)
                  return;
              constexpr int Away = 1'000'000'000;
              writer.run(QStringLiteral("UPDATE %1 SET position = -%2 - position WHERE %3 AND position >= ?")
                             .arg(table, QString::number(Away), where),
                  values + QVariantList { from });
              writer.run(QStringLiteral("UPDATE %1 SET position = -%2 - position + ? WHERE %3 AND position <= -%2")
                             .arg(table, QString::number(Away), where),
                  QVariantList { shift } + values);
          };

    SavedAlignment saved;
    // The first write raises the agreement's version: another program saving the same agreement waits here, and
    // the version tells whether this save was decided on what is stored.
    const QVariantList claimed = writer.firstRow(
        QStringLiteral("UPDATE agreement SET version = version + 1 WHERE id = ? RETURNING version"), { agreementId });
    if (writer.failed())
        return fail(writer.error());
    if (claimed.isEmpty())
        return error(tr("There is no agreement %1.").arg(agreementId));
    saved.version = claimed.value(0).toLongLong();
    if (seenVersion && saved.version != *seenVersion + 1)
        return stale(m_database, agreementId); // read within this transaction, which then rolls back
    saved.diff = AlignmentDiff::of(before, after);
    QList<qint64> pairIds = idsOf(
        QStringLiteral("SELECT id FROM alignment_pair WHERE agreement_id = ? ORDER BY position"), { agreementId });
    if (pairIds.size() != before.alignment.pairs.size()) // a document in one language has no stored pairs
        saved.diff.pairs = ListChange { 0, int(pairIds.size()), int(after.alignment.pairs.size()) };
    const ListChange& pairs = saved.diff.pairs;
    const QList<qint64> removedPairs = pairIds.mid(pairs.first, pairs.removed);

    // Where the clause of each commitment on a replaced pair is, and who confirmed the replaced pairs.
    // A pair made of several units (a merge) holds several clauses: a commitment stands at the unit that
    // holds its text, so that undoing the merge gives each commitment its own pair back.
    QList<ClauseAnchor> anchors;
    bool exact = false;
    for (const QVariantList& row : writer.rows(
             QStringLiteral("SELECT c.id, u.language, u.line, instr(u.text, CASE u.language WHEN 'zh' THEN c.text_zh "
                            "ELSE c.text_vi END) > 0 OR instr(CASE u.language WHEN 'zh' THEN c.text_zh ELSE c.text_vi "
                            "END, u.text) > 0 FROM commitment c JOIN alignment_member m ON m.pair_id = c.pair_id JOIN "
                            "unit u ON u.id = m.unit_id WHERE c.pair_id IN (SELECT value FROM json_each(?)) ORDER BY "
                            "c.id, u.language, u.position"),
             { idList(removedPairs) })) {
        const ClauseAnchor anchor { row.value(0).toLongLong(), languageOf(row.value(1)), row.value(2).toInt() };
        const bool holds = row.value(3).toInt() != 0;
        if (anchors.isEmpty() || anchors.last().commitment != anchor.commitment) {
            anchors.append(anchor); // the pair's first unit, unless one holds the commitment's text
            exact = holds;
        } else if (holds && !exact) {
            anchors.last() = anchor;
            exact = true;
        }
    }
    QHash<qint64, std::pair<QVariant, QVariant>> confirmations; // replaced pair id → (by, at)
    for (const QVariantList& row :
        writer.rows(QStringLiteral("SELECT id, confirmed_by, confirmed_at FROM alignment_pair WHERE id IN (SELECT "
                                   "value FROM json_each(?)) AND confirmed_by IS NOT NULL"),
            { idList(removedPairs) }))
        confirmations.insert(row.value(0).toLongLong(), { row.value(1), row.value(2) });

    // Units: only a split or a join changes them, and then only the few it replaced are written.
    QHash<Language, QList<qint64>> unitIds;
    QList<qint64> removedUnits;
    for (const Language language : { Language::Vietnamese, Language::Chinese }) {
        const QString key = LanguageVersion::languageKey(language);
        QList<qint64> ids
            = idsOf(QStringLiteral("SELECT id FROM unit WHERE agreement_id = ? AND language = ? ORDER BY position"),
                { agreementId, key });
        const ListChange& units = saved.diff.units(language);
        const LanguageVersion& old = versionOf(before, language);
        const LanguageVersion& now = versionOf(after, language);
        if (units.isEmpty() || ids.size() != old.units.size()) {
            unitIds.insert(language, ids);
            continue;
        }
        const QList<qint64> replaced = ids.mid(units.first, units.removed);
        removedUnits += replaced;
        for (const QVariantList& row :
            writer.rows(QStringLiteral("SELECT id, text FROM unit WHERE id IN (SELECT value FROM json_each(?))"),
                { idList(replaced) })) {
            SearchIndex::remove(writer, row.value(0).toLongLong(), row.value(1).toString());
        }
        writer.run(QStringLiteral("UPDATE unit SET position = -1 - position WHERE id IN (SELECT value FROM "
                                  "json_each(?))"),
            { idList(replaced) });
        movePositions(QStringLiteral("unit"), QStringLiteral("agreement_id = ? AND language = ?"), { agreementId, key },
            units.first + units.removed, units.shift());
        const QList<qint64> oldIds = ids;
        ids.remove(units.first, units.removed);
        ids.insert(units.first, units.inserted, 0);
        QStringList searchText;
        for (int u = units.first; u < units.first + units.inserted; ++u)
            searchText.append(SearchText::indexed(now.units[u].text));
        AgreementStore::writeUnits(writer, agreementId, now, searchText, ids, units.first, units.inserted);
        // Units whose parent moved or was replaced point at it again (before the replaced ones go: a
        // parent's deletion would take its children along).
        for (int u = 0; u < now.units.size(); ++u) {
            if (u >= units.first && u < units.first + units.inserted)
                continue;
            const int oldParent = old.units[u < units.first ? u : u - units.shift()].parent;
            const qint64 was = oldParent >= 0 ? oldIds.value(oldParent) : 0;
            const qint64 is = now.units[u].parent >= 0 ? ids.value(now.units[u].parent) : 0;
            if (was != is)
                writer.run(QStringLiteral("UPDATE unit SET parent_id = ? WHERE id = ?"),
                    { is > 0 ? QVariant(is) : QVariant(), ids[u] });
        }
        unitIds.insert(language, ids);
    }

    // Pairs: the replaced ones go (their members with them), those after move, the new ones are written.
    writer.run(QStringLiteral("DELETE FROM alignment_pair WHERE id IN (SELECT value FROM json_each(?))"),
        { idList(removedPairs) });
    movePositions(QStringLiteral("alignment_pair"), QStringLiteral("agreement_id = ?"), { agreementId },
        pairs.first + pairs.removed, pairs.shift());
    const QString now = at.toUTC().toString(Qt::ISODate);
    const QList<AlignedPair> inserted = after.alignment.pairs.mid(pairs.first, pairs.inserted);
    QList<std::pair<QVariant, QVariant>> confirmedBy(inserted.size());
    for (qsizetype k = 0; k < inserted.size(); ++k) {
        if (!inserted[k].confirmed)
            continue;
        confirmedBy[k] = { who, now };
        // A pair put back as it was (an undo) keeps who confirmed it and when.
        for (int old = 0; old < pairs.removed; ++old) {
            if (before.alignment.pairs[pairs.first + old] == inserted[k] && confirmations.contains(removedPairs[old])) {
                confirmedBy[k] = confirmations.value(removedPairs[old]);
                break;
            }
        }
    }
    for (const auto& [by, when] : confirmedBy)
        saved.confirmedBy.append(by.toString());
    const QList<qint64> newIds
        = AgreementStore::writePairs(writer, agreementId, inserted, pairs.first, unitIds, confirmedBy);
    // Each pair carries the version of the alignment it was written in.
    writer.run(QStringLiteral("UPDATE alignment_pair SET version = ? WHERE id IN (SELECT value FROM json_each(?))"),
        { saved.version, idList(newIds) });
    pairIds.remove(pairs.first, pairs.removed);
    for (qsizetype k = 0; k < newIds.size(); ++k)
        pairIds.insert(pairs.first + k, newIds[k]);
    writer.run(
        QStringLiteral("DELETE FROM unit WHERE id IN (SELECT value FROM json_each(?))"), { idList(removedUnits) });

    // Commitments of the replaced pairs follow their clause's first unit.
    const QHash<std::pair<int, int>, int> byLine = pairsByLine(after);
    for (const ClauseAnchor& anchor : anchors) {
        const int p = byLine.value({ anchor.language == Language::Chinese ? 1 : 0, anchor.line }, -1);
        saved.commitmentPairs.insert(anchor.commitment, p >= 0 && p < pairIds.size() ? p : -1);
        if (p >= 0 && p < pairIds.size())
            writer.run(
                QStringLiteral("UPDATE commitment SET pair_id = ? WHERE id = ?"), { pairIds[p], anchor.commitment });
    }
    int confirmedCount = 0;
    for (const AlignedPair& pair : after.alignment.pairs)
        confirmedCount += pair.confirmed ? 1 : 0;
    writer.run(QStringLiteral("INSERT INTO event (at, agreement_id, action, detail, changed_by) "
                              "VALUES (?, ?, 'alignment-edited', ?, ?)"),
        { now, agreementId,
            QStringLiteral("%1 pairs, %2 confirmed").arg(after.alignment.pairs.size()).arg(confirmedCount),
            m_database.userName() });
    if (const auto failure = transaction.commit(StoreChange { StoreChange::AlignmentEdited, { agreementId }, {} }))
        return fail(*failure);
    return saved;
}

} // namespace concord
