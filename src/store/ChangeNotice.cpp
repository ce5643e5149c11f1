#include "store/ChangeNotice.h"

#include <QUuid>

namespace concord {

namespace {
constexpr qsizetype MaxNotice = 7000; // PostgreSQL refuses payloads of 8,000 bytes and more

QString idList(const QList<qint64>& ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (const qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

std::optional<QList<qint64>> idsFrom(const QString& text)
{
    QList<qint64> ids;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        ids.append(id);
    }
    return ids;
}
} // namespace

const QString& ChangeNotice::sender()
{
    static const QString token = QUuid::createUuid().toString(QUuid::Id128);
    return token;
}

QStringList ChangeNotice::encode(const StoreChange& change)
{
    const QString head = sender() + QLatin1Char('|') + QString::number(int(change.kind)) + QLatin1Char('|');
    QStringList notices;
    // Agreements first, then commitments, each notice as full as the limit lets it be.
    QList<qint64> agreements = change.agreements;
    QList<qint64> commitments = change.commitments;
    do {
        QList<qint64> a, c;
        qsizetype size = head.size() + 1;
        while (!agreements.isEmpty() && size + 21 < MaxNotice) {
            a.append(agreements.takeFirst());
            size += 21;
        }
        while (!commitments.isEmpty() && size + 21 < MaxNotice) {
            c.append(commitments.takeFirst());
            size += 21;
        }
        notices.append(head + idList(a) + QLatin1Char('|') + idList(c));
    } while (!agreements.isEmpty() || !commitments.isEmpty());
    return notices;
}

std::optional<StoreChange> ChangeNotice::decode(const QString& notice)
{
    const QStringList fields = notice.split(QLatin1Char('|'));
    if (fields.size() != 4 || fields[0] == sender())
        return std::nullopt;
    bool ok = false;
    const int kind = fields[1].toInt(&ok);
    if (!ok || kind < StoreChange::Imported || kind > StoreChange::AlignmentEdited)
        return std::nullopt;
    const auto agreements = idsFrom(fields[2]);
    const auto commitments = idsFrom(fields[3]);
    if (!agreements || !commitments)
        return std::nullopt;
    StoreChange change;
    change.kind = static_cast<StoreChange::Kind>(kind);
    change.agreements = *agreements;
    change.commitments = *commitments;
    change.remote = true;
    return change;
}

} // namespace concord
