#include "store/AgreementStore.h"

#include "align/Aligner.h"
#include "import/Gazetteer.h"
#include "store/Database.h"
#include "store/SearchText.h"
#include "text/Fold.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace concord {

namespace {

/// Runs prepared statements, remembering the first failure.
class Writer
{
public:
    explicit Writer(const QSqlDatabase& db)
        : m_db(db)
    { }

    QVariant run(const QString& sql, const QVariantList& values)
    {
        if (!m_error.isEmpty())
            return {};
        QSqlQuery query(m_db);
        if (!query.prepare(sql)) {
            m_error = query.lastError().text();
            return {};
        }
        // An invalid QVariant is SQL NULL; a null QString is text, the empty string (the schema's NOT NULL
        // text columns would refuse it as NULL).
        for (const QVariant& value : values) {
            if (value.typeId() == QMetaType::QString && value.toString().isNull())
                query.addBindValue(QStringLiteral(""));
            else
                query.addBindValue(value);
        }
        if (!query.exec()) {
            m_error = query.lastError().text();
            return {};
        }
        return query.lastInsertId();
    }

    const QString& error() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_error;
};

QVariant nullable(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QString languageKey(Language language)
{
    return LanguageVersion::languageKey(language);
}

/// Lines [first, last] (1-based) of \a text: a version's raw text, debris and all.
QString linesOf(const QString& text, int first, int last)
{
    if (first <= 0 || last < first)
        return QString();
    return text.split(QLatin1Char('\n')).mid(first - 1, last - first + 1).join(QLatin1Char('\n'));
}

/// The party record for a gazetteer place, created (with its successor, for a merged province) if new.
qint64 partyId(Writer& writer, const QSqlDatabase& db, const Gazetteer& gazetteer, const QString& key)
{
    QSqlQuery find(db);
    find.prepare(QStringLiteral("SELECT id FROM party WHERE key = ?"));
    find.addBindValue(key);
    if (find.exec() && find.next())
        return find.value(0).toLongLong();
    const Place* place = gazetteer.place(key);
    QVariant successor(QMetaType(QMetaType::LongLong));
    QVariant mergedOn(QMetaType(QMetaType::QString));
    if (place && !place->mergedInto.isEmpty()) {
        successor = partyId(writer, db, gazetteer, place->mergedInto);
        mergedOn = place->mergedOn.toString(Qt::ISODate);
    }
    const QString nameVi = place && !place->vietnamese.isEmpty() ? place->vietnamese.front() : key;
    const QString nameZh = place && !place->chinese.isEmpty() ? place->chinese.front() : QString();
    const qint64 id = writer
                          .run(QStringLiteral("INSERT INTO party (key, kind, name_vi, name_zh, merged_into, merged_on) "
                                              "VALUES (?, ?, ?, ?, ?, ?)"),
                              { key, place ? place->kind : QString(), nameVi, nameZh, successor, mergedOn })
                          .toLongLong();
    if (place) {
        for (const QString& name : place->vietnamese)
            writer.run(
                QStringLiteral("INSERT INTO party_alias (party_id, language, name) VALUES (?, 'vi', ?)"), { id, name });
        for (const QString& name : place->chinese)
            writer.run(
                QStringLiteral("INSERT INTO party_alias (party_id, language, name) VALUES (?, 'zh', ?)"), { id, name });
    }
    return id;
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

Result<ImportOutcome> AgreementStore::importPath(const QString& path)
{
    auto parsed = DocumentParser::parseFile(path);
    if (!parsed)
        return parsed.error();
    return importFile(parsed.value());
}

Result<ImportOutcome> AgreementStore::importFile(const ParsedFile& file)
{
    QSqlDatabase db = m_database.connection();
    const QString hash = contentHash(file);
    ImportOutcome outcome;
    {
        QSqlQuery existing(db);
        existing.prepare(QStringLiteral("SELECT id FROM agreement WHERE content_hash LIKE ? ORDER BY content_hash"));
        existing.addBindValue(hash + QStringLiteral("#%"));
        if (existing.exec()) {
            while (existing.next())
                outcome.agreementIds.append(existing.value(0).toLongLong());
        }
        if (!outcome.agreementIds.isEmpty()) {
            outcome.alreadyImported = true;
            return outcome;
        }
    }
    if (!db.transaction())
        return Error { file.path, 0, -1, tr("The database cannot start the import: %1").arg(db.lastError().text()) };
    Writer writer(db);
    const QString source = QFileInfo(file.path).fileName();
    for (qsizetype d = 0; d < file.documents.size() && writer.error().isEmpty(); ++d) {
        const ParsedDocument& document = file.documents[d];
        const Agreement& h = document.metadata.header;
        const qint64 agreementId
            = writer
                  .run(QStringLiteral("INSERT INTO agreement (kind, title_vi, title_zh, reference, signed_on, place, "
                                      "valid_from, valid_to, binding, source_name, content_hash) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      { kindKey(h.kind), h.titleVi, h.titleZh, h.reference, nullable(h.signedOn), h.place,
                          nullable(h.validFrom), nullable(h.validTo),
                          h.binding ? QVariant(int(*h.binding)) : QVariant(), source,
                          QStringLiteral("%1#%2").arg(hash).arg(d) })
                  .toLongLong();
        outcome.agreementIds.append(agreementId);
        QHash<Language, QList<qint64>> unitIds;
        for (const LanguageVersion& version : document.versions) {
            const QString language = languageKey(version.language);
            writer.run(QStringLiteral("INSERT INTO agreement_text (agreement_id, language, raw) VALUES (?, ?, ?)"),
                { agreementId, language, linesOf(file.rawText, version.firstLine, version.lastLine) });
            QList<qint64>& ids = unitIds[version.language];
            for (qsizetype u = 0; u < version.units.size(); ++u) {
                const Unit& unit = version.units[u];
                const auto& label = unit.label;
                const QVariant none(QMetaType(QMetaType::QString));
                const qint64 id
                    = writer
                          .run(
                              QStringLiteral("INSERT INTO unit (agreement_id, language, position, kind, label, scheme, "
                                             "value, depth, uncertain, parent_id, level, line, text) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                              { agreementId, language, int(u), Unit::kindKey(unit.kind),
                                  label ? QVariant(label->text) : none,
                                  label ? QVariant(NumberingLabel::schemeKey(label->scheme)) : none,
                                  label ? QVariant(label->value) : QVariant(),
                                  label ? QVariant(label->depth) : QVariant(), label && label->uncertain ? 1 : 0,
                                  unit.parent >= 0 ? QVariant(ids.value(unit.parent)) : QVariant(), unit.level,
                                  unit.line, unit.text })
                          .toLongLong();
                ids.append(id);
                writer.run(QStringLiteral("INSERT INTO unit_search (rowid, folded) VALUES (?, ?)"),
                    { id, SearchText::indexed(unit.text) });
            }
            for (const Debris& piece : version.debris) {
                writer.run(QStringLiteral("INSERT INTO debris (agreement_id, language, line, reason, text) "
                                          "VALUES (?, ?, ?, ?, ?)"),
                    { agreementId, language, piece.line, piece.reason, piece.text });
            }
        }
        const LanguageVersion* vi = document.version(Language::Vietnamese);
        const LanguageVersion* zh = document.version(Language::Chinese);
        if (vi && zh) {
            const Alignment alignment = Aligner::align(*vi, *zh, m_gazetteer);
            for (qsizetype p = 0; p < alignment.pairs.size(); ++p) {
                const AlignedPair& pair = alignment.pairs[p];
                const qint64 pairId
                    = writer
                          .run(QStringLiteral("INSERT INTO alignment_pair (agreement_id, position, score, "
                                              "anchored) VALUES (?, ?, ?, ?)"),
                              { agreementId, int(p), pair.score, pair.anchored ? 1 : 0 })
                          .toLongLong();
                for (const int i : pair.vi)
                    writer.run(QStringLiteral("INSERT INTO alignment_member (pair_id, unit_id) VALUES (?, ?)"),
                        { pairId, unitIds[Language::Vietnamese][i] });
                for (const int j : pair.zh)
                    writer.run(QStringLiteral("INSERT INTO alignment_member (pair_id, unit_id) VALUES (?, ?)"),
                        { pairId, unitIds[Language::Chinese][j] });
            }
        }
        for (const QString& key : document.metadata.parties) {
            const qint64 party = partyId(writer, db, m_gazetteer, key);
            writer.run(QStringLiteral("INSERT OR IGNORE INTO agreement_party (agreement_id, party_id) VALUES (?, ?)"),
                { agreementId, party });
        }
        for (qsizetype s = 0; s < document.metadata.signatories.size(); ++s) {
            const SignatureBlock& b = document.metadata.signatories[s];
            writer.run(
                QStringLiteral("INSERT INTO signatory (agreement_id, position, party, office, person, person_alt) "
                               "VALUES (?, ?, ?, ?, ?, ?)"),
                { agreementId, int(s), b.party, b.office, b.person, b.personAlternate });
        }
        writer.run(QStringLiteral("INSERT INTO event (agreement_id, action, detail) VALUES (?, 'imported', ?)"),
            { agreementId, source });
    }
    for (qsizetype d = 0; d < file.documents.size() && writer.error().isEmpty(); ++d) {
        if (file.documents[d].forwards >= 0) {
            writer.run(QStringLiteral("INSERT INTO agreement_link (from_id, to_id, kind) VALUES (?, ?, 'forwards')"),
                { outcome.agreementIds[d], outcome.agreementIds[file.documents[d].forwards] });
        }
    }
    if (!writer.error().isEmpty() || !db.commit()) {
        const QString reason = writer.error().isEmpty() ? db.lastError().text() : writer.error();
        db.rollback();
        return Error { file.path, 0, -1,
            tr("The file could not be stored; the database is unchanged: %1").arg(reason) };
    }
    return outcome;
}

Result<QList<SearchHit>> AgreementStore::search(const QString& input, int limit) const
{
    const QString match = SearchText::query(input);
    QList<SearchHit> hits;
    if (match.isEmpty())
        return hits;
    const QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT unit.id, unit.agreement_id, unit.language, unit.label, unit.text, agreement.title_vi, "
        "agreement.title_zh FROM unit_search JOIN unit ON unit.id = unit_search.rowid "
        "JOIN agreement ON agreement.id = unit.agreement_id WHERE unit_search MATCH ? ORDER BY rank LIMIT ?"));
    query.addBindValue(match);
    query.addBindValue(limit);
    if (!query.exec())
        return Error { m_database.path(), 0, -1, tr("The search failed: %1").arg(query.lastError().text()) };
    const QString needle = Fold::fold(input).trimmed();
    while (query.next()) {
        SearchHit hit;
        hit.unitId = query.value(0).toLongLong();
        hit.agreementId = query.value(1).toLongLong();
        hit.language = query.value(2).toString() == QLatin1String("zh") ? Language::Chinese : Language::Vietnamese;
        hit.label = query.value(3).toString();
        hit.text = query.value(4).toString();
        hit.agreementTitle
            = query.value(5).toString().isEmpty() ? query.value(6).toString() : query.value(5).toString();
        const FoldedText folded = Fold::foldWithSource(hit.text);
        for (qsizetype at = folded.text.indexOf(needle); at >= 0 && !needle.isEmpty();
             at = folded.text.indexOf(needle, at + needle.size()))
            hit.highlights.append(folded.sourceRange(at, needle.size(), hit.text.size()));
        QSqlQuery pair(db);
        pair.prepare(QStringLiteral(
            "SELECT unit.language, unit.text FROM alignment_member AS mine "
            "JOIN alignment_member AS member ON member.pair_id = mine.pair_id "
            "JOIN unit ON unit.id = member.unit_id WHERE mine.unit_id = ? ORDER BY unit.language, unit.position"));
        pair.addBindValue(hit.unitId);
        if (pair.exec()) {
            while (pair.next())
                (pair.value(0).toString() == QLatin1String("zh") ? hit.chinese : hit.vietnamese)
                    .append(pair.value(1).toString());
        }
        if (hit.vietnamese.isEmpty() && hit.chinese.isEmpty())
            (hit.language == Language::Chinese ? hit.chinese : hit.vietnamese).append(hit.text);
        hits.append(hit);
    }
    return hits;
}

} // namespace concord
