#include "model/Structure.h"

namespace concord {

QString Unit::kindKey(UnitKind kind)
{
    switch (kind) {
    case UnitKind::Title:
        return QStringLiteral("title");
    case UnitKind::Preamble:
        return QStringLiteral("preamble");
    case UnitKind::Section:
        return QStringLiteral("section");
    case UnitKind::Article:
        return QStringLiteral("article");
    case UnitKind::Item:
        return QStringLiteral("item");
    case UnitKind::Closing:
        return QStringLiteral("closing");
    case UnitKind::Signature:
        return QStringLiteral("signature");
    }
    return QString();
}

QList<Unit> LanguageVersion::unitsOfKind(UnitKind kind) const
{
    QList<Unit> result;
    for (const Unit& unit : units) {
        if (unit.kind == kind)
            result.append(unit);
    }
    return result;
}

QString LanguageVersion::languageKey(Language language)
{
    return language == Language::Vietnamese ? QStringLiteral("vi") : QStringLiteral("zh");
}

} // namespace concord
