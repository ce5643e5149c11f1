#include "store/SearchIndex.h"

#include "store/SearchText.h"
#include "store/SqlWriter.h"

namespace concord {

namespace {
bool isTokenCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}
} // namespace

QString SearchIndex::tokens(QStringView indexed)
{
    QString out;
    out.reserve(indexed.size() + 2);
    out += QLatin1Char(' ');
    for (const QChar c : indexed) {
        if (isTokenCharacter(c))
            out += c.unicode() < 0x80 ? c.toLower() : c;
        else if (!out.endsWith(QLatin1Char(' ')))
            out += QLatin1Char(' ');
    }
    if (!out.endsWith(QLatin1Char(' ')))
        out += QLatin1Char(' ');
    return out;
}

void SearchIndex::add(SqlWriter& writer, qint64 unitId, const QString& indexed)
{
    const auto engine = writer.engine();
    writer.run(QStringLiteral("INSERT INTO unit_search (rowid, folded) VALUES (?, ?)"),
        { unitId, engine == StoreAddress::Engine::PostgreSQL ? tokens(indexed) : indexed });
}

void SearchIndex::remove(SqlWriter& writer, qint64 unitId, const QString& text)
{
    const auto engine = writer.engine();
    if (engine == StoreAddress::Engine::PostgreSQL)
        writer.run(QStringLiteral("DELETE FROM unit_search WHERE rowid = ?"), { unitId });
    else
        writer.run(QStringLiteral("INSERT INTO unit_search (unit_search, rowid, folded) VALUES ('delete', ?, ?)"),
            { unitId, SearchText::indexed(text) });
}

QString SearchIndex::matchCondition(StoreAddress::Engine engine)
{
    return engine == StoreAddress::Engine::PostgreSQL ? QStringLiteral("folded LIKE ?")
                                                      : QStringLiteral("unit_search MATCH ?");
}

QString SearchIndex::matchValue(StoreAddress::Engine engine, QStringView input)
{
    const QString phrase = SearchText::query(input);
    if (phrase.isEmpty() || engine != StoreAddress::Engine::PostgreSQL)
        return phrase;
    // The phrase without its quotes, in the stored form: tokens are letters, digits and Han characters only, so
    // the pattern holds no LIKE wildcard or escape.
    const QString needle = tokens(QStringView(phrase).mid(1, phrase.size() - 2));
    return needle.trimmed().isEmpty() ? QString() : QLatin1Char('%') + needle + QLatin1Char('%');
}

} // namespace concord
