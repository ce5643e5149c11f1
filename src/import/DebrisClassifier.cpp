#include "import/DebrisClassifier.h"

#include "text/Fold.h"
#include "text/ScriptClassifier.h"

#include <QRegularExpression>

namespace concord {

QString DebrisClassifier::classify(const Paragraph& paragraph)
{
    if (paragraph.lines.isEmpty())
        return QStringLiteral("markup");
    const QString text = paragraph.text();
    const QString folded = Fold::fold(text).trimmed();

    static const QRegularExpression pageNumber(QStringLiteral(
        "^(?:-\\s*)?(?:trang\\s+|page\\s+|第\\s*)?\\d{1,4}(?:\\s*页)?(?:\\s*/\\s*\\d{1,4})?(?:\\s*-)?$"));
    if (pageNumber.match(folded).hasMatch())
        return QStringLiteral("page-number");

    // Stamp blocks of incoming-document registers: HTML left by the converter, or "Số:/ĐẾN Ngày:" fields.
    static const QRegularExpression stampField(QStringLiteral("^(?:den ngay|so den|chuyen|luu ho so)\\s*:"));
    int stampLines = 0;
    for (const SourceLine& line : paragraph.lines)
        stampLines += stampField.match(Fold::fold(line.text)).hasMatch();
    if (paragraph.html || stampLines > 0)
        return QStringLiteral("stamp");

    const ScriptCounts counts = ScriptClassifier::count(text);
    if (counts.latin == 0 && counts.han == 0 && counts.other == 0)
        return text.size() <= 3 ? QStringLiteral("markup") : QString();
    // A lone Han character is not a paragraph of any document; names and offices have two or more.
    if (counts.latin == 0 && counts.han == 1 && text.size() <= 2)
        return QStringLiteral("scan-residue");
    // Short Latin fragments made of an abbreviation and a syllable: "Ch. Kao", "C. Kao".
    static const QRegularExpression residue(QStringLiteral("^\\p{Lu}\\p{Ll}?\\.\\s*\\p{L}{1,6}\\.?$"));
    if (counts.han == 0 && text.size() <= 12 && residue.match(text).hasMatch())
        return QStringLiteral("scan-residue");
    return QString();
}

} // namespace concord
