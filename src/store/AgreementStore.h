#pragma once

#include "align/Alignment.h"
#include "import/DocumentParser.h"
#include "model/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace concord {

class Database;
class Gazetteer;

/// What an import did with a file.
struct ImportOutcome
{
    QList<qint64> agreementIds; ///< the agreements the file holds (a forwarding letter and what it carries)
    bool alreadyImported = false; ///< the same content was imported before: these are the existing ids
};

/// One hit of a search: the unit, where it is, and the aligned pair it belongs to in both languages.
struct SearchHit
{
    qint64 agreementId = 0;
    QString agreementTitle;
    qint64 unitId = 0;
    Language language = Language::Vietnamese;
    QString label;
    QString text; ///< the unit's text
    QList<std::pair<qsizetype, qsizetype>> highlights; ///< (start, length) of each hit in text
    QStringList vietnamese; ///< the Vietnamese side of the unit's aligned pair
    QStringList chinese; ///< the Chinese side
};

/// Writes parsed files into the store and reads them back: one transaction per file (all of it or
/// nothing), duplicates recognised by a hash of the decoded text, parties resolved to one record each
/// through the gazetteer (merged provinces keep their own record and point at their successor), and
/// the search index filled in the same transaction.
class AgreementStore
{
    Q_DECLARE_TR_FUNCTIONS(concord::AgreementStore)

public:
    AgreementStore(Database& database, const Gazetteer& gazetteer);

    Result<ImportOutcome> importFile(const ParsedFile& file);
    /// Parses and imports \a path.
    Result<ImportOutcome> importPath(const QString& path);

    /// Units whose text contains \a query (any case, with or without diacritics, Traditional or Simplified,
    /// any run of Chinese characters), best first, at most \a limit.
    Result<QList<SearchHit>> search(const QString& query, int limit = 50) const;

    static QString contentHash(const ParsedFile& file);

private:
    Database& m_database;
    const Gazetteer& m_gazetteer;
};

} // namespace concord
