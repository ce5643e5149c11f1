#include "store/AlignmentStore.h"

#include "store/AgreementStore.h"
#include "store/Database.h"
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

/// Where a commitment's clause stands: the first unit of its pair, by language and source line, which stay
/// put when pairs are rearranged and units split or joined.
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

Result<void> AlignmentStore::save(qint64 agreementId, const AlignedVersions& before, const AlignedVersions& after,
    const QString& who, const QDateTime& at)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(m_database);
    if (!transaction.started())
        return error(tr("The alignment cannot be saved: %1").arg(StoreProblem::describe(db.lastError())));
    auto fail = [&](const QString& reason) -> Result<void> {
        return error(tr("The alignment could not be saved; the database is unchanged: %1").arg(reason));
    };

    // Where each commitment's clause is, before its pair goes.
    QList<ClauseAnchor> anchors;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT c.id, u.language, u.line FROM commitment c JOIN alignment_member m ON "
                                     "m.pair_id = c.pair_id JOIN unit u ON u.id = m.unit_id WHERE c.agreement_id = ? "
                                     "ORDER BY c.id, u.language, u.position"));
        query.addBindValue(agreementId);
        if (!query.exec())
            return fail(StoreProblem::describe(query.lastError()));
        while (query.next()) {
            if (anchors.isEmpty() || anchors.last().commitment != query.value(0).toLongLong())
                anchors.append({ query.value(0).toLongLong(), languageOf(query.value(1)), query.value(2).toInt() });
        }
    }
    // Who confirmed the pairs that stay as they were.
    QHash<int, std::pair<QString, QString>> confirmations; // before position → (by, at)
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT position, confirmed_by, confirmed_at FROM alignment_pair "
                                     "WHERE agreement_id = ? AND confirmed_by IS NOT NULL"));
        query.addBindValue(agreementId);
        if (!query.exec())
            return fail(StoreProblem::describe(query.lastError()));
        while (query.next())
            confirmations.insert(query.value(0).toInt(), { query.value(1).toString(), query.value(2).toString() });
    }

    SqlWriter& writer = transaction.writer();
    QHash<Language, QList<qint64>> unitIds;
    for (const Language language : { Language::Vietnamese, Language::Chinese }) {
        const LanguageVersion& old = versionOf(before, language);
        const LanguageVersion& now = versionOf(after, language);
        const QString key = LanguageVersion::languageKey(language);
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT id, text FROM unit WHERE agreement_id = ? AND language = ? "
                                     "ORDER BY position"));
        query.addBindValue(agreementId);
        query.addBindValue(key);
        if (!query.exec())
            return fail(StoreProblem::describe(query.lastError()));
        QList<std::pair<qint64, QString>> rows;
        while (query.next())
            rows.append({ query.value(0).toLongLong(), query.value(1).toString() });
        if (old.units == now.units) {
            for (const auto& row : rows)
                unitIds[language].append(row.first);
            continue;
        }
        // A unit was split or joined: this language's units are written again, with their search text.
        for (const auto& [id, text] : rows) {
            writer.run(QStringLiteral("INSERT INTO unit_search (unit_search, rowid, folded) VALUES ('delete', ?, ?)"),
                { id, SearchText::indexed(text) });
        }
        writer.run(QStringLiteral("DELETE FROM unit WHERE agreement_id = ? AND language = ?"), { agreementId, key });
        QStringList searchText;
        for (const Unit& unit : now.units)
            searchText.append(SearchText::indexed(unit.text));
        unitIds[language] = AgreementStore::writeUnits(writer, agreementId, now, searchText);
    }

    writer.run(QStringLiteral("DELETE FROM alignment_pair WHERE agreement_id = ?"), { agreementId });
    const QList<AlignedPair>& pairs = after.alignment.pairs;
    const QString now = at.toUTC().toString(Qt::ISODate);
    int confirmedCount = 0;
    QList<std::pair<QVariant, QVariant>> confirmedBy(pairs.size());
    for (qsizetype p = 0; p < pairs.size(); ++p) {
        if (!pairs[p].confirmed)
            continue;
        ++confirmedCount;
        confirmedBy[p] = { who, now };
        const auto same = std::find(before.alignment.pairs.cbegin(), before.alignment.pairs.cend(), pairs[p]);
        const int old = int(same - before.alignment.pairs.cbegin());
        if (same != before.alignment.pairs.cend() && confirmations.contains(old))
            confirmedBy[p] = { confirmations.value(old).first, confirmations.value(old).second };
    }
    const QList<qint64> pairIds
        = AgreementStore::writePairs(writer, agreementId, after.alignment, unitIds, confirmedBy);
    const QHash<std::pair<int, int>, int> byLine = pairsByLine(after);
    for (const ClauseAnchor& anchor : anchors) {
        const int p = byLine.value({ anchor.language == Language::Chinese ? 1 : 0, anchor.line }, -1);
        if (p >= 0 && p < pairIds.size())
            writer.run(
                QStringLiteral("UPDATE commitment SET pair_id = ? WHERE id = ?"), { pairIds[p], anchor.commitment });
    }
    writer.run(
        QStringLiteral("INSERT INTO event (at, agreement_id, action, detail) VALUES (?, ?, 'alignment-edited', ?)"),
        { now, agreementId, QStringLiteral("%1 pairs, %2 confirmed").arg(pairs.size()).arg(confirmedCount) });
    if (const auto failure = transaction.commit(StoreChange { StoreChange::AlignmentEdited, { agreementId }, {} }))
        return fail(*failure);
    return {};
}

} // namespace concord
