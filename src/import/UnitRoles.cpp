#include "import/UnitRoles.h"

#include "import/StructureParser.h"

#include <QRegularExpression>

namespace concord {

namespace {

bool hasClosing(const LanguageVersion& version)
{
    for (const Unit& unit : version.units) {
        if (unit.kind == UnitKind::Closing)
            return true;
    }
    return false;
}

/// The last unit before the signatures, when it is a numbered unit.
int lastNumbered(const LanguageVersion& version)
{
    for (int k = int(version.units.size()) - 1; k >= 0; --k) {
        const Unit& unit = version.units[k];
        if (unit.kind == UnitKind::Signature)
            continue;
        return unit.label ? k : -1;
    }
    return -1;
}

/// Whether \a text holds the formulas of a closing: how many originals, in force from, signed where.
bool isClosingFormula(const QString& text)
{
    static const QRegularExpression formula(QStringLiteral(
        "được lập thành|thành \\d+ bản|\\d+ \\(\\p{L}+\\) bản|có hiệu lực|có giá trị như nhau|làm tại|ký tại|"
        "一式|同等效力|生效|签署|签订"));
    return formula.match(text).hasMatch();
}

/// Moves the closing at the end of \a version's last numbered unit — from the first paragraph or sentence
/// that opens a closing and holds its formulas — into a closing unit after it.
void splitClosing(LanguageVersion& version)
{
    const int at = lastNumbered(version);
    if (at < 0)
        return;
    Unit& unit = version.units[at];
    const qsizetype bodyStart = unit.label ? qMin(unit.label->length, unit.text.size()) : 0;
    static const QRegularExpression boundary(QStringLiteral("(?:[.。;；!！?？]\\s*|\\n)(?=\\S)"));
    qsizetype split = -1;
    for (auto it = boundary.globalMatch(unit.text, bodyStart); it.hasNext();) {
        const qsizetype position = it.next().capturedEnd(0);
        const QString rest = unit.text.mid(position);
        if (StructureParser::isClosingStart(rest) && isClosingFormula(rest)) {
            split = position;
            break;
        }
    }
    if (split < 0)
        return;
    Unit closing;
    closing.kind = UnitKind::Closing;
    closing.text = unit.text.mid(split).trimmed();
    closing.line = unit.line + int(unit.text.left(split).count(QLatin1Char('\n'))) * 2;
    unit.text = unit.text.left(split).trimmed();
    const int insertAt = at + 1;
    for (Unit& other : version.units) {
        if (other.parent >= insertAt)
            ++other.parent;
    }
    version.units.insert(insertAt, closing);
}

} // namespace

void UnitRoles::harmonise(LanguageVersion& vi, LanguageVersion& zh)
{
    const bool viClosing = hasClosing(vi);
    const bool zhClosing = hasClosing(zh);
    if (viClosing && !zhClosing)
        splitClosing(zh);
    else if (zhClosing && !viClosing)
        splitClosing(vi);
}

} // namespace concord
