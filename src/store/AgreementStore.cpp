#include "store/AgreementStore.h"

#include "commit/CommitmentJson.h"
#include "import/Gazetteer.h"
#include "store/Database.h"
#include "store/PartyDirectory.h"
#include "store/ScanStore.h"
#include "store/SearchIndex.h"
#include "store/SearchText.h"
#include "store/SqlWriter.h"
#include "store/StoreProblem.h"
#include "store/Transaction.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace concord {

namespace {

QVariant nullable(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

const QString InsertUnit = QStringLiteral(
    "INSERT INTO unit (agreement_id, language, position, kind, label, scheme, value, depth, uncertain, parent_id, "
    "level, line, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString InsertMember = QStringLiteral("INSERT INTO alignment_member (pair_id, unit_id) VALUES (?, ?)");

/// Inserts one version's text, units (with their search text) and debris; returns the unit ids by position.
QList<qint64> writeVersion(SqlWriter& writer, qint64 agreementId, const LanguageVersion& version,
    const QByteArray& rawText, const QStringList& searchText)
{
    const QString language = LanguageVersion::languageKey(version.language);
    writer.run(QStringLiteral("INSERT INTO agreement_text (agreement_id, language, raw) VALUES (?, ?, ?)"),
        { agreementId, language, rawText });
    const QList<qint64> ids = AgreementStore::writeUnits(writer, agreementId, version, searchText);
    for (const Debris& piece : version.debris) {
        writer.run(
            QStringLiteral("INSERT INTO debris (agreement_id, language, line, reason, text) VALUES (?, ?, ?, ?, ?)"),
            { agreementId, language, piece.line, piece.reason, piece.text });
    }
    return ids;
}

/// Stores the commitment candidates of one agreement, with their parties and, for a recurring one, its periods.
void writeCommitments(SqlWriter& writer, const Gazetteer& gazetteer, qint64 agreementId,
    const QList<CommitmentCandidate>& commitments, const QList<qint64>& pairIds)
{
    for (qsizetype k = 0; k < commitments.size() && !writer.failed(); ++k) {
        const CommitmentCandidate& c = commitments[k];
        // The evidence column keeps the phrases behind each value, and what is undertaken.
        const QJsonObject json = CommitmentJson::toJson(c);
        QJsonObject evidenceObject = json.value(QStringLiteral("evidence")).toObject();
        evidenceObject.insert(QStringLiteral("action"), json.value(QStringLiteral("action")));
        // and the agencies an implementation plan names for it.
        if (!c.leadAgency.isEmpty())
            evidenceObject.insert(QStringLiteral("lead_agency"), json.value(QStringLiteral("lead_agency")));
        if (!c.supportingAgencies.isEmpty())
            evidenceObject.insert(
                QStringLiteral("supporting_agencies"), json.value(QStringLiteral("supporting_agencies")));
        const QByteArray evidence = QJsonDocument(evidenceObject).toJson(QJsonDocument::Compact);
        const qint64 id = writer.insert(
            QStringLiteral("INSERT INTO commitment (agreement_id, pair_id, position, kind, label, text_vi, text_zh, "
                           "quantity, due, due_text, recurrence, confidence, evidence, warnings, label_zh) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { agreementId, c.pair >= 0 && c.pair < pairIds.size() ? QVariant(pairIds[c.pair]) : QVariant(), int(k),
                CommitmentCandidate::kindKey(c.kind), c.label, c.vi, c.zh, c.quantity, nullable(c.due), c.dueText,
                c.isRecurring() ? QVariant(RecurrenceRules::key(c.recurrence)) : QVariant(), c.confidence,
                QString::fromUtf8(evidence), c.warnings.join(QLatin1Char('\n')), c.labelZh });
        const QString party
            = QStringLiteral("INSERT INTO commitment_party (commitment_id, party_id, role) VALUES (?, ?, ?) "
                             "ON CONFLICT DO NOTHING");
        for (const QString& key : c.responsible)
            writer.run(party, { id, PartyDirectory::ensure(writer, gazetteer, key), QStringLiteral("responsible") });
        for (const QString& key : c.counterparty)
            writer.run(party, { id, PartyDirectory::ensure(writer, gazetteer, key), QStringLiteral("counterparty") });
        for (const QDate& due : c.occurrences)
            writer.run(QStringLiteral("INSERT INTO commitment_occurrence (commitment_id, due) VALUES (?, ?) "
                                      "ON CONFLICT DO NOTHING"),
                { id, due.toString(Qt::ISODate) });
    }
}

} // namespace

AgreementStore::AgreementStore(Database& database, const Gazetteer& gazetteer)
    : m_database(database)
    , m_gazetteer(gazetteer)
{ }

QString AgreementStore::contentHash(const ParsedFile& file)
{
    return QString::fromLatin1(QCryptographicHash::hash(file.rawText.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<QList<qint64>> AgreementStore::existing(const QString& hash) const
{
    QList<qint64> ids;
    QSqlQuery query(m_database.connection());
    // content_hash is "hash#document"; a range over the unique index rather than LIKE, which would not use it.
    query.prepare(QStringLiteral("SELECT id FROM agreement WHERE content_hash >= ? AND content_hash < ? "
                                 "ORDER BY content_hash"));
    query.addBindValue(hash + QLatin1Char('#'));
    query.addBindValue(hash + QLatin1Char('$'));
    if (!query.exec())
        return Error { m_database.path(), 0, -1,
            tr("The agreements cannot be read: %1").arg(StoreProblem::describe(query.lastError())) };
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

std::optional<QString> AgreementStore::rawText(qint64 agreementId, Language language) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT raw FROM agreement_text WHERE agreement_id = ? AND language = ?"));
    query.addBindValue(agreementId);
    query.addBindValue(LanguageVersion::languageKey(language));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return QString::fromUtf8(qUncompress(query.value(0).toByteArray()));
}

Result<ImportOutcome> AgreementStore::write(const ImportPlan& plan, const QDate& trackedFrom)
{
    const ParsedFile& file = plan.file;
    ImportOutcome outcome;
    Transaction transaction(m_database);
    if (!transaction.started()) {
        return Error { file.path, 0, -1, tr("The database cannot start the import: %1").arg(transaction.beginError()) };
    }
    // Inside the transaction: a second import of the same file at the same time finds the first one's rows.
    const auto stored = existing(plan.hash);
    if (!stored)
        return Error { file.path, 0, -1, stored.error().message };
    outcome.agreementIds = stored.value();
    if (!outcome.agreementIds.isEmpty()) {
        outcome.alreadyImported = true;
        return outcome;
    }
    SqlWriter& writer = transaction.writer();
    const QString source = QFileInfo(file.path).fileName();
    for (qsizetype d = 0; d < file.documents.size() && !writer.failed(); ++d) {
        const ParsedDocument& document = file.documents[d];
        const Agreement& h = document.metadata.header;
        const qint64 agreementId = writer.insert(
            QStringLiteral("INSERT INTO agreement (kind, title_vi, title_zh, reference, signed_on, place, "
                           "valid_from, valid_to, binding, source_name, content_hash, tracked_from, ocr_text, scanned) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { kindKey(h.kind), h.titleVi, h.titleZh, h.reference, nullable(h.signedOn), h.place, nullable(h.validFrom),
                nullable(h.validTo), h.binding ? QVariant(int(*h.binding)) : QVariant(), source,
                QStringLiteral("%1#%2").arg(plan.hash).arg(d), nullable(trackedFrom), int(h.ocrText), int(h.scanned) });
        outcome.agreementIds.append(agreementId);
        QHash<Language, QList<qint64>> unitIds;
        for (qsizetype v = 0; v < document.versions.size(); ++v) {
            const LanguageVersion& version = document.versions[v];
            unitIds[version.language] = writeVersion(
                writer, agreementId, version, plan.rawText.value(d).value(v), plan.searchText.value(d).value(v));
        }
        if (file.isScan() && !document.versions.isEmpty()) {
            int first = document.versions.front().firstLine;
            int last = document.versions.front().lastLine;
            for (const LanguageVersion& version : document.versions) {
                first = std::min(first, version.firstLine);
                last = std::max(last, version.lastLine);
            }
            ScanStore::write(writer, agreementId, file.scan, first, last);
        }
        QList<qint64> pairIds;
        if (const auto& alignment = plan.alignments.value(d))
            pairIds = AgreementStore::writePairs(writer, agreementId, *alignment, unitIds);
        for (const QString& key : document.metadata.parties) {
            const qint64 party = PartyDirectory::ensure(writer, m_gazetteer, key);
            writer.run(QStringLiteral("INSERT INTO agreement_party (agreement_id, party_id) VALUES (?, ?) "
                                      "ON CONFLICT DO NOTHING"),
                { agreementId, party });
        }
        for (qsizetype s = 0; s < document.metadata.signatories.size(); ++s) {
            const SignatureBlock& b = document.metadata.signatories[s];
            writer.run(QStringLiteral("INSERT INTO signatory (agreement_id, position, party, office, person, "
                                      "person_alt) VALUES (?, ?, ?, ?, ?, ?)"),
                { agreementId, int(s), b.party, b.office, b.person, b.personAlternate });
        }
        writeCommitments(writer, m_gazetteer, agreementId, plan.commitments.value(d), pairIds);
        writer.run(QStringLiteral("INSERT INTO event (agreement_id, action, detail, changed_by) "
                                  "VALUES (?, 'imported', ?, ?)"),
            { agreementId, source, m_database.userName() });
    }
    for (qsizetype d = 0; d < file.documents.size() && !writer.failed(); ++d) {
        if (file.documents[d].forwards >= 0) {
            writer.run(QStringLiteral("INSERT INTO agreement_link (from_id, to_id, kind) VALUES (?, ?, 'forwards')"),
                { outcome.agreementIds[d], outcome.agreementIds[file.documents[d].forwards] });
        }
    }
    if (const auto failure = transaction.commit(StoreChange { StoreChange::Imported, outcome.agreementIds, {} })) {
        return Error { file.path, 0, -1,
            tr("The file could not be stored; the database is unchanged: %1").arg(*failure) };
    }
    return outcome;
}

Result<void> AgreementStore::remove(qint64 id, const QDateTime& at)
{
    const auto found = m_database.agreement(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error { m_database.path(), 0, -1, tr("There is no agreement %1.").arg(id) };
    const Agreement& header = *found.value();
    Transaction transaction(m_database);
    SqlWriter& writer = transaction.writer();
    // The search index is contentless: its rows go by id before the units they index.
    const QList<QVariantList> units
        = writer.rows(QStringLiteral("SELECT id, text FROM unit WHERE agreement_id = ?"), { id });
    for (const QVariantList& unit : units) {
        SearchIndex::remove(writer, unit.value(0).toLongLong(), unit.value(1).toString());
    }
    // Units point at their parents: clear those links first so the cascade does not walk the tree.
    writer.run(QStringLiteral("UPDATE unit SET parent_id = NULL WHERE agreement_id = ?"), { id });
    writer.run(QStringLiteral("DELETE FROM agreement WHERE id = ?"), { id });
    const QString title = header.titleVi.isEmpty() ? header.titleZh : header.titleVi;
    writer.run(QStringLiteral("INSERT INTO event (at, agreement_id, action, detail, changed_by) "
                              "VALUES (?, NULL, 'deleted', ?, ?)"),
        { at.toUTC().toString(Qt::ISODate),
            QStringLiteral("%1\t%2\t%3").arg(QString::number(id), title, header.sourceName), m_database.userName() });
    if (const auto failure = transaction.commit(StoreChange { StoreChange::Deleted, { id }, {} })) {
        return Error { m_database.path(), 0, -1,
            tr("The agreement could not be deleted; the database is unchanged: %1").arg(*failure) };
    }
    return {};
}

QList<qint64> AgreementStore::writePairs(SqlWriter& writer, qint64 agreementId, const Alignment& alignment,
    const QHash<Language, QList<qint64>>& unitIds, const QList<std::pair<QVariant, QVariant>>& confirmations)
{
    return writePairs(writer, agreementId, alignment.pairs, 0, unitIds, confirmations);
}

QList<qint64> AgreementStore::writePairs(SqlWriter& writer, qint64 agreementId, const QList<AlignedPair>& pairs,
    int firstPosition, const QHash<Language, QList<qint64>>& unitIds,
    const QList<std::pair<QVariant, QVariant>>& confirmations)
{
    QList<qint64> pairIds;
    pairIds.reserve(pairs.size());
    const QList<qint64> vi = unitIds.value(Language::Vietnamese);
    const QList<qint64> zh = unitIds.value(Language::Chinese);
    for (qsizetype p = 0; p < pairs.size() && !writer.failed(); ++p) {
        const AlignedPair& pair = pairs[p];
        const auto [by, at] = confirmations.value(p); // NULL, NULL: nobody confirmed it
        const qint64 pairId
            = writer.insert(QStringLiteral("INSERT INTO alignment_pair (agreement_id, position, score, "
                                           "anchored, confirmed_by, confirmed_at) VALUES (?, ?, ?, ?, ?, ?)"),
                { agreementId, firstPosition + int(p), pair.score, pair.anchored ? 1 : 0, by, at });
        for (const int i : pair.vi)
            writer.run(InsertMember, { pairId, vi.value(i) });
        for (const int j : pair.zh)
            writer.run(InsertMember, { pairId, zh.value(j) });
        pairIds.append(pairId);
    }
    return pairIds;
}

QList<qint64> AgreementStore::writeUnits(
    SqlWriter& writer, qint64 agreementId, const LanguageVersion& version, const QStringList& searchText)
{
    QList<qint64> ids(version.units.size(), 0);
    writeUnits(writer, agreementId, version, searchText, ids, 0, int(version.units.size()));
    return ids;
}

void AgreementStore::writeUnits(SqlWriter& writer, qint64 agreementId, const LanguageVersion& version,
    const QStringList& searchText, QList<qint64>& ids, int first, int count)
{
    const QString language = LanguageVersion::languageKey(version.language);
    const QVariant none; // NULL: an unnumbered unit has no label
    for (int u = first; u < first + count && u < version.units.size() && !writer.failed(); ++u) {
        const Unit& unit = version.units[u];
        const auto& label = unit.label;
        const qint64 id = writer.insert(InsertUnit,
            { agreementId, language, u, Unit::kindKey(unit.kind), label ? QVariant(label->text) : none,
                label ? QVariant(NumberingLabel::schemeKey(label->scheme)) : none,
                label ? QVariant(label->value) : QVariant(), label ? QVariant(label->depth) : QVariant(),
                label && label->uncertain ? 1 : 0, unit.parent >= 0 ? QVariant(ids.value(unit.parent)) : QVariant(),
                unit.level, unit.line, unit.text });
        ids[u] = id;
        SearchIndex::add(writer, id, searchText.value(u - first));
    }
}

} // namespace concord
