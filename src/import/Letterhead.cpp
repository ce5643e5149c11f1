#include "import/Letterhead.h"

#include "text/Fold.h"
#include "text/ScriptClassifier.h"

#include <QRegularExpression>

namespace concord {

namespace {

/// At most this many lines of a letterhead are looked at: an office of two or three lines, the motto's two,
/// the number and the place and date.
constexpr int MaxLines = 8;

enum class LineKind { Other, Office, Motto, Number, PlaceDate };

bool isMotto(const QString& folded)
{
    static const QRegularExpression motto(
        QStringLiteral("^(?:cong hoa xa hoi chu nghia viet nam|doc lap\\W+tu do\\W+hanh phuc)\\W*"
                       "(?:cong hoa xa hoi chu nghia viet nam|doc lap\\W+tu do\\W+hanh phuc)?\\W*$"
                       // the Party's letters carry its name where the State's carry the motto
                       "|^dang cong san viet nam$"));
    return motto.match(folded).hasMatch();
}

bool isNumber(const QString& folded)
{
    static const QRegularExpression vi(
        QStringLiteral("^so\\s*:?\\s*[\\d.]*\\s*[-/]\\s*[\\p{L}\\d./-]+$|^so\\s*:\\s*\\S+$"));
    static const QRegularExpression zh(QStringLiteral("^\\p{Han}{1,8}[〔\\[（(【]\\d{4}[〕\\]）)】]\\s*\\d+\\s*号$"));
    return folded.size() <= 60 && (vi.match(folded).hasMatch() || zh.match(folded).hasMatch());
}

/// An office's name: upper case (Vietnamese) or Han only with an office's ending (Chinese), short, naming no kind
/// of document.
bool isOffice(const QString& line)
{
    if (line.size() > 90 || Letterhead::namesDocumentKind(line))
        return false;
    const ScriptCounts script = ScriptClassifier::count(line);
    if (script.han > 0) {
        static const QRegularExpression office(QStringLiteral(
            "^\\p{Han}{4,30}(?:委员会|人民政府|政府|办公厅|办公室|厅|局|委|部|处|司令部|总队|支队|中心|协会|大学)$"));
        return script.latin == 0 && office.match(line).hasMatch();
    }
    const CaseCounts letters = ScriptClassifier::countCase(line);
    return letters.upper >= 4 && letters.lower == 0;
}

LineKind kindOf(const QString& line)
{
    const QString trimmed = line.trimmed();
    const QString folded = Fold::fold(trimmed);
    if (isMotto(folded))
        return LineKind::Motto;
    if (isNumber(folded))
        return LineKind::Number;
    if (Letterhead::isPlaceAndDate(trimmed))
        return LineKind::PlaceDate;
    if (isOffice(trimmed))
        return LineKind::Office;
    return LineKind::Other;
}

} // namespace

bool Letterhead::isAdministrative(const QString& line)
{
    const LineKind kind = kindOf(line);
    return kind == LineKind::Motto || kind == LineKind::Number || kind == LineKind::PlaceDate;
}

bool Letterhead::isPlaceAndDate(const QString& line)
{
    static const QRegularExpression vi(
        QStringLiteral("^[\\p{L} .]{2,40},\\s*ngay\\s+\\d{1,2}\\s+thang\\s+\\d{1,2}\\s+nam\\s+\\d{4}\\s*\\.?$"));
    // "Làm tại thành phố Móng Cái, ngày 15 tháng 3 năm 2027." is the closing's sentence (its Chinese is
    // 本备忘录于…签订), not a place-and-date line.
    static const QRegularExpression doneAt(QStringLiteral("^(?:duoc )?lam tai\\b"));
    const QString folded = Fold::fold(line.trimmed());
    return line.size() <= 80 && vi.match(folded).hasMatch() && !doneAt.match(folded).hasMatch();
}

bool Letterhead::namesDocumentKind(const QString& line)
{
    static const QRegularExpression kind(QStringLiteral(
        "\\b(?:thoa thuan|bien ban|ban ghi nho|hiep dinh|tuyen bo|ke hoach|chuong trinh|quy che|cong van|thong bao|"
        "bao cao|quyet dinh|phu luc)\\b|协议|协定|纪要|备忘录|声明|计划|方案|通知|报告|附件|函$"));
    return kind.match(Fold::fold(line)).hasMatch();
}

QList<SourceLine> Letterhead::take(QList<Paragraph>& paragraphs)
{
    // The leading lines, across paragraphs, while each is a part of a letterhead.
    int taken = 0;
    bool administrative = false; // a motto, a number or a place and date: a letterhead beyond doubt
    const SourceLine* next = nullptr;
    for (const Paragraph& paragraph : paragraphs) {
        for (const SourceLine& line : paragraph.lines) {
            const LineKind kind = taken < MaxLines ? kindOf(line.text) : LineKind::Other;
            if (kind == LineKind::Other) {
                next = &line;
                break;
            }
            administrative = administrative || kind != LineKind::Office;
            ++taken;
        }
        if (next)
            break;
    }
    // Office lines alone are a letterhead only above a title; nothing is taken when nothing would be left.
    if (taken == 0 || !next || !(administrative || namesDocumentKind(next->text)))
        return {};
    QList<SourceLine> lines;
    while (taken > 0) {
        Paragraph& first = paragraphs.front();
        const int here = std::min<int>(taken, int(first.lines.size()));
        lines.append(first.lines.mid(0, here));
        first.lines.remove(0, here);
        taken -= here;
        if (first.lines.isEmpty())
            paragraphs.removeFirst();
    }
    return lines;
}

} // namespace concord
