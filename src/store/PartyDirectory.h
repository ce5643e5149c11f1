#pragma once

#include "model/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlQuery;

namespace concord {

class Database;
class Gazetteer;
class SqlWriter;

/// One party as the store keeps it: one record per real party whatever name a document used, with every
/// name it goes by, and for a province merged into another its successor and the day of the merger.
struct PartyRecord
{
    qint64 id = 0;
    QString key; ///< the gazetteer's id ("lang-son"), or the name itself for a party the gazetteer lacks
    QString kind;
    QString nameVi;
    QString nameZh;
    QStringList aliasesVi;
    QStringList aliasesZh;
    qint64 mergedInto = 0; ///< the successor's id, 0 when the party stands on its own
    QDate mergedOn;
    int agreements = 0; ///< agreements of this party and of every party merged into it
};

/// Reads the parties of a store, rolling merged parties up to their successors: the agreements of Hà Giang
/// (merged into Tuyên Quang on 1 July 2025) count as Tuyên Quang's too, and keep Hà Giang's own record.
class PartyDirectory
{
    Q_DECLARE_TR_FUNCTIONS(concord::PartyDirectory)

public:
    PartyDirectory(const Database& database, const Gazetteer& gazetteer);

    /// Every party, by Vietnamese name.
    Result<QList<PartyRecord>> parties() const;
    /// The party a name stands for, in either language and any form the gazetteer knows ("quang tay",
    /// "廣西", "Khu tự trị dân tộc Choang Quảng Tây"), or nullopt when no stored party has that name.
    Result<std::optional<PartyRecord>> find(const QString& name) const;
    /// \a partyId and, transitively, every party merged into it.
    Result<QList<qint64>> lineage(qint64 partyId) const;
    /// The agreements of \a partyId and of its predecessors, newest signing first.
    Result<QList<qint64>> agreementsOf(qint64 partyId) const;
    /// The parties of one agreement, as its documents name them (a merged party stays itself here).
    Result<QList<PartyRecord>> partiesOf(qint64 agreementId) const;

    /// The id of the party record for gazetteer place \a key (or a name the gazetteer lacks), creating it
    /// — with its aliases, and its successor for a merged province — inside \a writer's transaction if new.
    static qint64 ensure(SqlWriter& writer, const Gazetteer& gazetteer, const QString& key);

private:
    Result<QList<PartyRecord>> select(const QString& where, const QVariantList& values) const;
    Error failure(const QSqlQuery& query) const;

    const Database& m_database;
    const Gazetteer& m_gazetteer;
};

} // namespace concord
