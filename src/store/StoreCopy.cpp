#include "store/StoreCopy.h"

#include "store/Database.h"
#include "store/SearchIndex.h"
#include "store/SearchText.h"
#include "store/SqlWriter.h"
#include "store/StoreProblem.h"
#include "store/Transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace concord {

namespace {
/// Columns that refer to a row of the same table: written after all the table's rows are in.
const QList<std::pair<QString, QString>> SelfReferences { { QStringLiteral("unit"), QStringLiteral("parent_id") },
    { QStringLiteral("party"), QStringLiteral("merged_into") } };

/// A value as the checksum reads it: the same text whichever engine gave it.
QByteArray canonical(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return QByteArrayLiteral("\\N");
    switch (value.typeId()) {
    case QMetaType::Double:
        return QByteArray::number(value.toDouble(), 'g', 17);
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return QByteArray::number(value.toLongLong());
    case QMetaType::QByteArray:
        return "x" + value.toByteArray().toHex();
    default:
        return value.toString().toUtf8().replace('\\', "\\\\").replace('\t', "\\t").replace('\n', "\\n");
    }
}

/// The columns of \a table that both engines have (PostgreSQL's insertion-order column excepted).
QStringList columnsOf(const Database& db, const QString& table)
{
    QStringList columns;
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(table)))
        return columns;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i) {
        if (record.fieldName(i) != QLatin1String("rowid"))
            columns.append(record.fieldName(i));
    }
    return columns;
}

bool hasInsertionOrder(const QString& table)
{
    return table == QLatin1String("agreement_party") || table == QLatin1String("commitment_party");
}
} // namespace

const QStringList& StoreCopy::tables()
{
    static const QStringList names { QStringLiteral("agreement"), QStringLiteral("agreement_text"),
        QStringLiteral("unit"), QStringLiteral("debris"), QStringLiteral("alignment_pair"),
        QStringLiteral("alignment_member"), QStringLiteral("party"), QStringLiteral("party_alias"),
        QStringLiteral("agreement_party"), QStringLiteral("signatory"), QStringLiteral("agreement_link"),
        QStringLiteral("event"), QStringLiteral("commitment"), QStringLiteral("commitment_party"),
        QStringLiteral("commitment_occurrence"), QStringLiteral("commitment_event"), QStringLiteral("scan_line"),
        QStringLiteral("scan_page"), QStringLiteral("unit_search") };
    return names;
}

Result<QList<TableTally>> StoreCopy::tally(const QString& path)
{
    auto opened = Database::open(path);
    if (!opened)
        return opened.error();
    return tally(*opened.value());
}

Result<QList<TableTally>> StoreCopy::tally(const Database& db)
{
    QList<TableTally> tallies;
    for (const QString& table : tables()) {
        TableTally t { table, 0, {} };
        QSqlQuery query(db.connection());
        query.setForwardOnly(true);
        if (table == QLatin1String("unit_search")) {
            if (!query.exec(QStringLiteral("SELECT count(*) FROM unit")) || !query.next())
                return Error { db.path(), 0, -1, StoreProblem::describe(query.lastError()) };
            // The index holds one entry per unit (FTS5 cannot count a contentless table's rows cheaply).
            t.rows = query.value(0).toLongLong();
            tallies.append(t);
            continue;
        }
        const QStringList columns = columnsOf(db, table);
        if (!query.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table)))
            return Error { db.path(), 0, -1, StoreProblem::describe(query.lastError()) };
        QList<QByteArray> rows;
        while (query.next()) {
            QByteArray row;
            for (int i = 0; i < columns.size(); ++i) {
                if (i > 0)
                    row += '\t';
                row += canonical(query.value(i));
            }
            rows.append(row);
        }
        if (query.lastError().isValid())
            return Error { db.path(), 0, -1, StoreProblem::describe(query.lastError()) };
        std::sort(rows.begin(), rows.end());
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(columns.join(QLatin1Char('\t')).toUtf8());
        for (const QByteArray& row : rows) {
            hash.addData("\n");
            hash.addData(row);
        }
        t.rows = rows.size();
        t.checksum = hash.result().toHex();
        tallies.append(t);
    }
    return tallies;
}

Result<QList<TableTally>> StoreCopy::copy(const QString& from, const QString& to)
{
    auto source = Database::open(from);
    if (!source)
        return source.error();
    const Database& in = *source.value();
    if (const auto damage = in.check())
        return *damage;
    const bool toFile = !StoreAddress::isServer(to);
    if (toFile && QFileInfo::exists(to) && QFileInfo(to).size() > 0)
        return Error { to, 0, -1, tr("The file exists; a copy is written only to a new file.") };
    // A file is written beside its name and moved into place when it is whole.
    const QString target = toFile ? to + QStringLiteral(".partial") : to;
    if (toFile)
        QFile::remove(target);
    QList<TableTally> tallies;
    // Whatever way this ends but success, no partial file is left (removed once its store is closed).
    auto removePartial = qScopeGuard([&] {
        if (toFile)
            QFile::remove(target);
    });
    {
        auto destination = Database::open(target);
        if (!destination)
            return Error { to, 0, -1, destination.error().message };
        const Database& out = *destination.value();
        if (const qint64 held = out.agreementCount(); held > 0)
            return Error { to, 0, -1,
                tr("The destination is not empty (%1 agreements); a copy fills only an empty store.").arg(held) };
        Transaction transaction(out);
        SqlWriter& writer = transaction.writer();
        SqlWriter reader(in.connection());
        for (const QString& table : tables()) {
            if (table == QLatin1String("unit_search"))
                continue;
            const QStringList columns = columnsOf(in, table);
            QString order = hasInsertionOrder(table) ? QStringLiteral(" ORDER BY rowid") : QString();
            if (columns.contains(QStringLiteral("id")))
                order = QStringLiteral(" ORDER BY id");
            const QList<QVariantList> rows = reader.rows(
                QStringLiteral("SELECT %1 FROM %2%3").arg(columns.join(QStringLiteral(", ")), table, order), {});
            if (reader.failed())
                return Error { from, 0, -1, tr("The store cannot be read: %1").arg(reader.error()) };
            const auto self = std::find_if(SelfReferences.begin(), SelfReferences.end(),
                [&table](const auto& reference) { return reference.first == table; });
            const int selfColumn = self == SelfReferences.end() ? -1 : int(columns.indexOf(self->second));
            QStringList marks;
            for (qsizetype i = 0; i < columns.size(); ++i)
                marks.append(QStringLiteral("?"));
            const QString insert
                = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
            for (QVariantList row : rows) {
                if (selfColumn >= 0)
                    row[selfColumn] = QVariant();
                writer.run(insert, row);
            }
            if (selfColumn >= 0) {
                const QString update = QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, self->second);
                const int idColumn = int(columns.indexOf(QStringLiteral("id")));
                for (const QVariantList& row : rows) {
                    if (!row[selfColumn].isNull())
                        writer.run(update, { row[selfColumn], row[idColumn] });
                }
            }
            if (out.isServer() && columns.contains(QStringLiteral("id"))) {
                // The identity goes on after the highest id copied.
                writer.rows(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                           "coalesce((SELECT max(id) FROM %1), 0) + 1, false)")
                                .arg(table),
                    {});
            }
        }
        for (const QVariantList& unit : reader.rows(QStringLiteral("SELECT id, text FROM unit ORDER BY id"), {}))
            SearchIndex::add(writer, unit.value(0).toLongLong(), SearchText::indexed(unit.value(1).toString()));
        if (writer.failed()) {
            const QString failure = writer.error();
            transaction.commit(); // rolls back, saying why
            return Error { to, 0, -1,
                tr("The store could not be copied; the destination is unchanged: %1").arg(failure) };
        }
        // The proof, before anything is committed: both stores, table by table (the destination's connection sees
        // what this transaction wrote).
        const auto before = tally(in);
        if (!before)
            return before.error();
        const auto after = tally(out);
        if (!after)
            return after.error();
        for (qsizetype i = 0; i < before->size(); ++i) {
            const TableTally& a = before->at(i);
            const TableTally b = after->value(i);
            if (!(a == b)) {
                return Error { to, 0, -1,
                    tr("The copy differs from the store in table %1 (%2 rows there, %3 here); the destination is "
                       "unchanged.")
                        .arg(a.table)
                        .arg(a.rows)
                        .arg(b.rows) };
            }
        }
        if (const auto failure = transaction.commit(StoreChange { StoreChange::Imported, {}, {} })) {
            return Error { to, 0, -1,
                tr("The store could not be copied; the destination is unchanged: %1").arg(*failure) };
        }
        tallies = before.value();
    }
    if (toFile && !QFile::rename(target, to))
        return Error { to, 0, -1, tr("The copy could not be moved into place.") };
    removePartial.dismiss();
    return tallies;
}

} // namespace concord
