#include "store/ScanStore.h"

#include "store/Database.h"
#include "store/SqlWriter.h"
#include "store/StoreProblem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace concord {

namespace {

QString lowWordsJson(const QList<ScanWordMark>& words)
{
    if (words.isEmpty())
        return {};
    QJsonArray array;
    for (const ScanWordMark& word : words)
        array.append(QJsonArray { word.word, word.confidence });
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<ScanWordMark> lowWordsFrom(const QString& json)
{
    QList<ScanWordMark> words;
    if (json.isEmpty())
        return words;
    for (const QJsonValue& value : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonArray pair = value.toArray();
        words.append({ pair.at(0).toString(), pair.at(1).toInt() });
    }
    return words;
}

} // namespace

ScanStore::ScanStore(const Database& database)
    : m_database(database)
{ }

void ScanStore::write(SqlWriter& writer, qint64 agreementId, const ScanRecord& record, int first, int last)
{
    QSet<int> pages;
    for (const ScanLineRecord& line : record.lines) {
        if (line.line < first || line.line > last)
            continue;
        pages.insert(line.page);
        writer.run(QStringLiteral("INSERT INTO scan_line (agreement_id, line, page, x, y, width, height, confidence, "
                                  "low_words) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { agreementId, line.line, line.page, line.box.x(), line.box.y(), line.box.width(), line.box.height(),
                line.confidence, lowWordsJson(line.lowWords) });
    }
    for (const ScanPageImage& page : record.pages) {
        if (!pages.contains(page.page))
            continue;
        writer.run(QStringLiteral("INSERT INTO scan_page (agreement_id, page, width, height, image) VALUES (?, ?, ?, "
                                  "?, ?)"),
            { agreementId, page.page, page.size.width(), page.size.height(), page.image });
    }
}

Result<ScanRecord> ScanStore::lines(qint64 agreementId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT line, page, x, y, width, height, confidence, low_words FROM scan_line "
                                 "WHERE agreement_id = ? ORDER BY line"));
    query.addBindValue(agreementId);
    if (!query.exec())
        return Error { m_database.path(), 0, -1,
            tr("The scan of the agreement cannot be read: %1").arg(StoreProblem::describe(query.lastError())) };
    ScanRecord record;
    while (query.next()) {
        ScanLineRecord line;
        line.line = query.value(0).toInt();
        line.page = query.value(1).toInt();
        line.box = QRectF(
            query.value(2).toDouble(), query.value(3).toDouble(), query.value(4).toDouble(), query.value(5).toDouble());
        line.confidence = query.value(6).toInt();
        line.lowWords = lowWordsFrom(query.value(7).toString());
        record.lines.append(line);
    }
    return record;
}

Result<ScanPageImage> ScanStore::page(qint64 agreementId, int page) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT width, height, image FROM scan_page WHERE agreement_id = ? AND page = ?"));
    query.addBindValue(agreementId);
    query.addBindValue(page);
    if (!query.exec())
        return Error { m_database.path(), 0, -1,
            tr("The scan of the agreement cannot be read: %1").arg(StoreProblem::describe(query.lastError())) };
    ScanPageImage image;
    image.page = page;
    if (query.next()) {
        image.size = QSize(query.value(0).toInt(), query.value(1).toInt());
        image.image = query.value(2).toByteArray();
    }
    return image;
}

} // namespace concord
