// Labels that recognition damaged, recovered from the run around them (LabelRun).
#include "import/StructureParser.h"
#include "import/TextReader.h"
#include "support/CatchQt.h"

using namespace concord;

namespace {

QStringList valuesOf(const QString& text, Language language)
{
    const LanguageVersion version = StructureParser::parse(language, TextReader::paragraphs(text));
    QStringList values;
    for (const Unit& unit : version.units) {
        if (unit.label)
            values.append(QStringLiteral("%1%2")
                              .arg(unit.label->value)
                              .arg(unit.label->uncertain ? QStringLiteral("?") : QString()));
    }
    return values;
}

} // namespace

TEST_CASE("label run: a label read as its neighbour's takes the one value the run leaves open, marked uncertain",
    "[import][structure][ocr]")
{
    // "III." read as "II." between "II." and "IV.": the third section.
    CHECK(valuesOf(
              QStringLiteral("BIÊN BẢN\n\nI. Chính trị\n\nHai bên trao đổi đoàn.\n\nII. Kinh tế\n\nHai bên mở chợ.\n\n"
                             "II. Văn hóa\n\nHai bên tổ chức lễ hội.\n\nIV. Tổ chức thực hiện\n\nHai bên báo cáo.\n"),
              Language::Vietnamese)
        == QStringList { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3?"), QStringLiteral("4") });
    // "7." for "2." between "1." and "3." in Chinese items.
    CHECK(valuesOf(QStringLiteral("会谈纪要\n\n1. 双方互派代表团。\n\n7. 双方举办交易会。\n\n3. 双方交流信息。\n"),
              Language::Chinese)
        == QStringList { QStringLiteral("1"), QStringLiteral("7?").replace(QLatin1Char('7'), QLatin1Char('2')),
            QStringLiteral("3") });
    // A run with a real gap (an article left out) or at its ends is left as written.
    CHECK(valuesOf(QStringLiteral("THỎA THUẬN\n\nĐiều 1. A.\n\nĐiều 2. B.\n\nĐiều 4. C.\n\nĐiều 6. D.\n"),
              Language::Vietnamese)
        == QStringList { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("6") });
}

TEST_CASE("label run: a label read as a stray character or a comma is recovered from the labels after it",
    "[import][structure][ocr]")
{
    // "一、" read as "人" (its comma lost): the run 二、三、 after it says it was the first.
    CHECK(valuesOf(QStringLiteral(
                       "会谈纪要\n\n人双方同意加强边境管理合作。\n\n二、双方举办交易会。\n\n三、双方交流信息。\n"),
              Language::Chinese)
        == QStringList { QStringLiteral("1?"), QStringLiteral("2"), QStringLiteral("3") });
    // "2." read as "2," between "1." and "3.".
    CHECK(valuesOf(QStringLiteral("BIÊN BẢN\n\n1. Hai bên trao đổi đoàn.\n\n2, Hai bên mở chợ biên giới.\n\n"
                                  "3. Hai bên báo cáo kết quả.\n"),
              Language::Vietnamese)
        == QStringList { QStringLiteral("1"), QStringLiteral("2?"), QStringLiteral("3") });
    // A paragraph that only starts like one ("人才交流…" after "二、", before "四、" it is not between) stays text.
    CHECK(valuesOf(QStringLiteral("会谈纪要\n\n一、双方互派代表团。\n\n人才交流继续进行。\n\n二、双方交流信息。\n"),
              Language::Chinese)
        == QStringList { QStringLiteral("1"), QStringLiteral("2") });
}
