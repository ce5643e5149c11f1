#include "import/Paragraph.h"

namespace concord {

namespace {
bool isHan(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3400 && u <= 0x9FFF) || (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF);
}
} // namespace

QString Paragraph::join(const QString& left, const QString& right)
{
    if (left.isEmpty())
        return right;
    if (right.isEmpty())
        return left;
    if (isHan(left.back()) && isHan(right.front()))
        return left + right;
    return left + QLatin1Char(' ') + right;
}

void Paragraph::append(QString& left, const QString& right)
{
    if (right.isEmpty())
        return;
    if (!left.isEmpty() && !(isHan(left.back()) && isHan(right.front())))
        left += QLatin1Char(' ');
    left += right;
}

QString Paragraph::text() const
{
    qsizetype size = 0;
    for (const SourceLine& line : lines)
        size += line.text.size() + 1;
    QString out;
    out.reserve(size);
    for (const SourceLine& line : lines)
        append(out, line.text);
    return out;
}

} // namespace concord
