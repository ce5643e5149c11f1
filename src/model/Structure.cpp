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
    case UnitKind::Table:
        return QStringLiteral("table");
    case UnitKind::Row:
        return QStringLiteral("row");
    }
    return QString();
}

std::optional<UnitKind> Unit::kindFromKey(QStringView key)
{
    for (const UnitKind kind : { UnitKind::Title, UnitKind::Preamble, UnitKind::Section, UnitKind::Article,
             UnitKind::Item, UnitKind::Closing, UnitKind::Signature, UnitKind::Table, UnitKind::Row }) {
        if (key == kindKey(kind))
            return kind;
    }
    return std::nullopt;
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
