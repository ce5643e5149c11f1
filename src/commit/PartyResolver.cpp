#include "commit/PartyResolver.h"

namespace concord {

QString PartyResolver::names(const QStringList& ids, const Gazetteer& gazetteer)
{
    QStringList list;
    for (const QString& id : ids) {
        const Place* place = gazetteer.place(id);
        list.append(place && !place->vietnamese.isEmpty() ? place->vietnamese.front() : id);
    }
    return list.join(QStringLiteral(", "));
}

} // namespace concord
