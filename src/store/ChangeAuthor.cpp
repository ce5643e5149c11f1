#include "store/ChangeAuthor.h"

#include "store/Database.h"
#include "text/DateText.h"

#include <QSqlQuery>

namespace concord {

ChangeAuthor ChangeAuthor::last(const Database& database, const QString& history, const QString& key, qint64 id)
{
    QSqlQuery last(database.connection());
    last.prepare(
        QStringLiteral("SELECT changed_by, at FROM %1 WHERE %2 = ? ORDER BY id DESC LIMIT 1").arg(history, key));
    last.addBindValue(id);
    ChangeAuthor author;
    if (last.exec() && last.next()) {
        author.who = last.value(0).toString();
        author.when = DateText::moment(QDateTime::fromString(last.value(1).toString(), Qt::ISODate).toLocalTime());
    }
    return author;
}

} // namespace concord
