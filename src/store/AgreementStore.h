#pragma once

#include "align/Alignment.h"
#include "commit/Commitment.h"
#include "import/DocumentParser.h"
#include "model/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace concord {

class Database;
class Gazetteer;
class SqlWriter;

/// What an import did with a file.
struct ImportOutcome
{
    QList<qint64> agreementIds; ///< the agreements the file holds (a forwarding letter and what it carries)
    bool alreadyImported = false; ///< the same content was imported before: these are the existing ids
};

/// Everything an import writes, computed before the write transaction starts (alignment, search text, hash),
/// so that the transaction itself only inserts rows and holds the write lock briefly.
struct ImportPlan
{
    ParsedFile file;
    QString hash; ///< SHA-256 of the decoded text; agreement d of the file is stored as "hash#d"
    QList<std::optional<Alignment>> alignments; ///< per document: its alignment when it has both languages
    QList<QList<QStringList>> searchText; ///< per document, per version, per unit: SearchText::indexed
    QList<QList<QByteArray>> rawText; ///< per document, per version: its lines, UTF-8, compressed
    QList<QList<CommitmentCandidate>> commitments; ///< per document: what CommitmentExtractor found
};

/// Stores and removes agreements: one transaction per file (all of it or nothing), duplicates recognised by a
/// hash of the decoded text (inside the write transaction, so two imports of one file at once give one
/// agreement and one "already imported"), parties resolved to one record each through the gazetteer (merged
/// provinces keep their own record and point at their successor), and the search index filled in the same
/// transaction. It stores what it is given: parsing, alignment and extraction are ImportService's.
class AgreementStore
{
    Q_DECLARE_TR_FUNCTIONS(concord::AgreementStore)

public:
    AgreementStore(Database& database, const Gazetteer& gazetteer);

    /// Writes \a plan in one transaction, each agreement tracked from \a trackedFrom, or reports that its
    /// content is already stored. Announces StoreChange::Imported.
    Result<ImportOutcome> write(const ImportPlan& plan, const QDate& trackedFrom);
    /// Deletes agreement \a id with its texts, units, pairs, commitments and search entries in one transaction;
    /// the store's history keeps a line saying what was deleted and when. Announces StoreChange::Deleted.
    Result<void> remove(qint64 id, const QDateTime& at);

    /// The agreements already stored from content with this hash (empty when none).
    Result<QList<qint64>> existing(const QString& hash) const;
    /// The text of one language version of an agreement exactly as it was imported, page numbers, stamps
    /// and all; nullopt when the agreement has no such version.
    std::optional<QString> rawText(qint64 agreementId, Language language) const;

    static QString contentHash(const ParsedFile& file);
    /// Inserts the units of \a version with their search text (SearchText::indexed, one per unit) inside
    /// \a writer's transaction; returns their ids by position.
    static QList<qint64> writeUnits(
        SqlWriter& writer, qint64 agreementId, const LanguageVersion& version, const QStringList& searchText);
    /// Inserts units [first, first + count) of \a version at their positions, \a searchText holding theirs
    /// (one per inserted unit); their ids go to \a ids (by position, the others' ids already there: parents
    /// are found in it).
    static void writeUnits(SqlWriter& writer, qint64 agreementId, const LanguageVersion& version,
        const QStringList& searchText, QList<qint64>& ids, int first, int count);
    /// Inserts the pairs of \a alignment with their members (unit ids by language and position) inside
    /// \a writer's transaction, pair p confirmed by and at \a confirmations[p] when given; returns their ids.
    static QList<qint64> writePairs(SqlWriter& writer, qint64 agreementId, const Alignment& alignment,
        const QHash<Language, QList<qint64>>& unitIds, const QList<std::pair<QVariant, QVariant>>& confirmations = {});
    /// The same for \a pairs stored from position \a firstPosition on.
    static QList<qint64> writePairs(SqlWriter& writer, qint64 agreementId, const QList<AlignedPair>& pairs,
        int firstPosition, const QHash<Language, QList<qint64>>& unitIds,
        const QList<std::pair<QVariant, QVariant>>& confirmations = {});

private:
    Database& m_database;
    const Gazetteer& m_gazetteer;
};

} // namespace concord
