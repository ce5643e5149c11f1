#include "support/TreeCompare.h"

#include "support/CatchQt.h"

#include <QRegularExpression>

namespace concord::test {

namespace {

QStringList linesOf(const ParsedFile& file, bool withText)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList lines;
    for (qsizetype d = 0; d < file.documents.size(); ++d) {
        const ParsedDocument& document = file.documents[d];
        const Agreement& h = document.metadata.header;
        lines.append(
            QStringLiteral("doc %1 %2 signed %3 valid %4..%5 binding %6 originals %7 parties %8")
                .arg(d)
                .arg(kindKey(h.kind), h.signedOn.toString(Qt::ISODate), h.validFrom.toString(Qt::ISODate),
                    h.validTo.toString(Qt::ISODate),
                    h.binding ? (*h.binding ? QStringLiteral("yes") : QStringLiteral("no")) : QStringLiteral("?"))
                .arg(document.metadata.originals)
                .arg(document.metadata.parties.join(QLatin1Char(','))));
        for (const LanguageVersion& version : document.versions) {
            for (const Unit& unit : version.units) {
                QString text = unit.text;
                text.remove(space);
                lines.append(QStringLiteral("%1 %2 %3 %4 %5 %6 | %7")
                                 .arg(d)
                                 .arg(LanguageVersion::languageKey(version.language), Unit::kindKey(unit.kind),
                                     unit.label ? unit.label->text : QStringLiteral("-"))
                                 .arg(unit.label ? unit.label->value : 0)
                                 .arg(unit.level)
                                 .arg(withText ? text : QString()));
            }
        }
    }
    return lines;
}

} // namespace

QStringList treeOf(const ParsedFile& file)
{
    return linesOf(file, true);
}

QStringList skeletonOf(const ParsedFile& file)
{
    QStringList lines = linesOf(file, false);
    for (const ParsedDocument& document : file.documents)
        lines.append(QStringLiteral("signatory blocks: %1").arg(document.metadata.signatories.size()));
    return lines;
}

ParsedFile parseOrFail(const QString& path)
{
    auto parsed = DocumentParser::parseFile(path);
    INFO(path.toStdString());
    if (!parsed)
        FAIL(parsed.error().toString().toStdString());
    return parsed.value();
}

} // namespace concord::test
