// The pieces of the scan reader that need no recogniser: laying lines out into paragraphs, joining recognised
// words, what a unit's lines say about its scan, and how progress is told.
#include "import/DocumentParser.h"
#include "import/Gazetteer.h"
#include "import/OcrEngine.h"
#include "import/PageLayout.h"
#include "import/PdfReader.h"
#include "import/ScanReader.h"
#include "model/ScanRecord.h"
#include "store/ImportService.h"
#include "support/CatchQt.h"

using namespace concord;

namespace {

LayoutLine line(const QString& text, qreal top, qreal right = 500)
{
    return { text, QRectF(50, top, right - 50, 20) };
}

} // namespace

TEST_CASE(
    "page layout: gaps wider than the line spacing start paragraphs and margin lines go to the end", "[import][scan]")
{
    LayoutPage first { QSizeF(600, 800),
        { line(QStringLiteral("Điều 1. Hai bên"), 100), line(QStringLiteral("hợp tác."), 125, 200),
            line(QStringLiteral("Điều 2. Mỗi năm hai bên"), 175), line(QStringLiteral("trao đổi đoàn"), 200, 560),
            line(QStringLiteral("- 1 -"), 770) } };
    // The paragraph runs on: the last line of page 1 reaches the right margin.
    LayoutPage second { QSizeF(600, 800),
        { line(QStringLiteral("hằng năm."), 100, 250), line(QStringLiteral("第一条 双方"), 175, 300),
            line(QStringLiteral("- 2 -"), 770) } };
    const PageLayout::Text laid = PageLayout::arrange({ first, second });
    CHECK(laid.text
        == QStringLiteral("Điều 1. Hai bên\nhợp tác.\n\nĐiều 2. Mỗi năm hai bên\ntrao đổi đoàn\nhằng năm.\n\n"
                          "第一条 双方\n\n- 1 -\n\n- 2 -\n"));
    CHECK(laid.lineNumbers == QList<QList<int>> { { 1, 2, 4, 5, 10 }, { 6, 8, 12 } });
}

TEST_CASE("page layout: a page without lines leaves no trace", "[import][scan]")
{
    const PageLayout::Text laid = PageLayout::arrange({ LayoutPage { QSizeF(600, 800), {} },
        LayoutPage { QSizeF(600, 800), { line(QStringLiteral("Điều 1."), 100) } } });
    CHECK(laid.text == QStringLiteral("Điều 1.\n"));
    CHECK(laid.lineNumbers == QList<QList<int>> { {}, { 1 } });
}

TEST_CASE(
    "ocr words: Chinese joins without Tesseract's spaces and mends a misread bracket and year dash", "[import][scan]")
{
    const auto words = [](const QStringList& texts) {
        QList<OcrWord> out;
        for (const QString& text : texts)
            out.append({ text, 90, {} });
        return out;
    };
    OcrLine chinese { {}, 0, Language::Chinese,
        words({ QStringLiteral("第一"), QStringLiteral("条"), QStringLiteral("五"), QStringLiteral("省"),
            QStringLiteral("〈"), QStringLiteral("市"), QStringLiteral(")"), QStringLiteral("2026"),
            QStringLiteral("一"), QStringLiteral("2027"), QStringLiteral("年"), QStringLiteral("AI"),
            QStringLiteral("Lab"), QStringLiteral(":") }) };
    // Whether ")" is full-width is measured on the page (OcrEngine::chineseWords), not guessed here.
    CHECK(chinese.text() == QStringLiteral("第一条五省（市)2026—2027年AI Lab:"));
    OcrLine vietnamese { {}, 0, Language::Vietnamese,
        words({ QStringLiteral("Điều"), QStringLiteral("1:"), QStringLiteral("(Hai"), QStringLiteral("bên)") }) };
    CHECK(vietnamese.text() == QStringLiteral("Điều 1: (Hai bên)"));
    vietnamese.words[2].confidence = 41;
    CHECK(vietnamese.lowestConfidence() == 41);
}

TEST_CASE(
    "scan record: a unit's lines give its lowest confidence, first page, box and doubtful words", "[import][scan]")
{
    ScanRecord record;
    record.lines = {
        { 3, 0, QRectF(0.1, 0.80, 0.8, 0.02), 91, {} },
        { 4, 0, QRectF(0.1, 0.83, 0.5, 0.02), 55, { { QStringLiteral("Lạng"), 55 } } },
        { 5, 1, QRectF(0.1, 0.05, 0.8, 0.02), 62, { { QStringLiteral("Sơn"), 62 } } },
        { 9, 1, QRectF(0.1, 0.30, 0.8, 0.02), 40, { { QStringLiteral("x"), 40 } } },
    };
    const ScanRecord::Span span = record.span(2, 6);
    CHECK(span.found);
    CHECK(span.confidence == 55);
    CHECK(span.page == 0);
    CHECK(span.box == QRectF(0.1, 0.80, 0.8, 0.05));
    REQUIRE(span.lowWords.size() == 2);
    CHECK(span.lowWords[0].word == QStringLiteral("Lạng"));
    CHECK(span.lowWords[1].word == QStringLiteral("Sơn"));
    CHECK_FALSE(record.span(6, 8).found);
    CHECK(record.span(6, 8).confidence == 100);
}

TEST_CASE("scan progress: pages done and the time left at the pace so far", "[import][scan]")
{
    CHECK(ScanProgress { 0, 8, 0 }.remainingMs() == -1);
    CHECK(ScanProgress { 0, 8, 0 }.describe() == QStringLiteral("page 0 of 8"));
    CHECK(ScanProgress { 2, 8, 10000 }.remainingMs() == 30000);
    CHECK(ScanProgress { 2, 8, 10000 }.describe() == QStringLiteral("page 2 of 8, about 30 s left"));
    CHECK(ScanProgress { 1, 20, 9000 }.describe() == QStringLiteral("page 1 of 20, about 3 min left"));
    CHECK(ScanProgress { 8, 8, 40000 }.describe() == QStringLiteral("page 8 of 8"));
}

TEST_CASE(
    "pdf text layer: symbols and private-use characters are garbage, text in either language is not", "[import][scan]")
{
    CHECK_FALSE(PdfReader::isGarbage(QStringLiteral("Điều 1. Hai bên hợp tác (2026–2027): 第一条 双方合作。")));
    CHECK(PdfReader::isGarbage(QString::fromUtf16(u"\uE001\uE002\uE003 \uE004\uE005 \uFFFD\uFFFD Điều \uE006\uE007"
                                                  u"\uE008\uE009\uE00A\uE00B\uE00C\uE00D\uE00E")));
    CHECK(PdfReader::isGarbage(QString::fromUtf16(u"¤¦§©®° ±¤¦§ ©®°±¤ ¦§©®°±¤¦ ab")));
    CHECK_FALSE(PdfReader::isGarbage(QStringLiteral("§")));
}

TEST_CASE("scan plan: a commitment whose sentence holds a word recognition doubted gets low confidence and names it",
    "[import][scan]")
{
    const QString text
        = QStringLiteral("THỎA THUẬN HỢP TÁC\n\n"
                         "Điều 1. Tỉnh Lạng Sơn cử 05 sinh viên sang học tập tại Quảng Tây trong năm 2026.\n\n"
                         "Điều 2. Tỉnh Cao Bằng tổ chức 02 đoàn giao lưu thanh niên trong năm 2026.\n\n"
                         "合作协议\n\n"
                         "第一条 谅山省于2026年内派遣5名学生赴广西学习。\n\n"
                         "第二条 高平省于2026年内组织2个青年交流团。\n");
    auto parsed = DocumentParser::parseText(text, QStringLiteral("scan.tif"));
    REQUIRE(parsed.ok());
    // Line 3 is Article 1 in Vietnamese: recognition doubted "05" there; line 5 (Article 2) reads well.
    parsed->scan.lines = { { 3, 0, QRectF(0.1, 0.2, 0.8, 0.02), 48, { { QStringLiteral("05"), 48 } } },
        { 5, 0, QRectF(0.1, 0.25, 0.8, 0.02), 93, {} } };
    const ImportPlan plan = ImportService::plan(parsed.value(), Gazetteer::builtIn());
    REQUIRE(plan.commitments.size() == 1);
    const QList<CommitmentCandidate>& found = plan.commitments.front();
    const auto byLabel = [&found](const QString& label) -> const CommitmentCandidate& {
        for (const CommitmentCandidate& c : found) {
            if (c.label.startsWith(label))
                return c;
        }
        FAIL("no commitment labelled " << label.toStdString());
        return found.front();
    };
    const CommitmentCandidate& first = byLabel(QStringLiteral("Điều 1"));
    CHECK(first.confidence <= ImportService::OcrConfidence);
    CHECK(first.warnings.contains(QStringLiteral("Text recognition was unsure of “05”: check against the scan.")));
    const CommitmentCandidate& second = byLabel(QStringLiteral("Điều 2"));
    CHECK(second.confidence > ImportService::OcrConfidence);
    for (const QString& warning : second.warnings)
        CHECK_FALSE(warning.startsWith(QStringLiteral("Text recognition")));
}
