#include "import/LanguageSplitter.h"
#include "import/TextReader.h"
#include "support/CatchQt.h"

using namespace concord;

namespace {
QList<QStringList> blocks(const QString& text, QList<Language>* languages)
{
    QList<QStringList> result;
    for (const LanguageBlock& block : LanguageSplitter::split(TextReader::paragraphs(text))) {
        languages->append(block.language);
        QStringList texts;
        for (const Paragraph& p : block.paragraphs)
            texts.append(p.text());
        result.append(texts);
    }
    return result;
}

const QString Vietnamese = QStringLiteral("THỎA THUẬN HỢP TÁC\n\nĐiều 1: Hai bên tăng cường hợp tác thanh niên.\n\n"
                                          "Điều 2: Hằng năm tổ chức giao lưu.\n\n18\n\nNguyễn Phương Thảo");
const QString Chinese = QStringLiteral("合作协议\n\n第一条 双方加强青年合作。\n\n第二条 每年举办交流活动。\n\n"
                                       "Nguyen Phuong Thao 阮芳草");
} // namespace

TEST_CASE("import: a file is split where the Vietnamese version ends and the Chinese begins", "[import][split]")
{
    QList<Language> languages;
    const auto result = blocks(Vietnamese + QStringLiteral("\n\n") + Chinese, &languages);
    REQUIRE(languages == QList<Language>({ Language::Vietnamese, Language::Chinese }));
    CHECK(result[0].size() == 5);
    CHECK(result[0].last() == QStringLiteral("Nguyễn Phương Thảo"));
    CHECK(result[1].first() == QStringLiteral("合作协议"));
    CHECK(result[1].last() == QStringLiteral("Nguyen Phuong Thao 阮芳草"));
}

TEST_CASE("import: the Chinese version may come first", "[import][split]")
{
    QList<Language> languages;
    const auto result = blocks(Chinese + QStringLiteral("\n\n") + Vietnamese, &languages);
    REQUIRE(languages == QList<Language>({ Language::Chinese, Language::Vietnamese }));
    CHECK(result[0].size() == 4);
    CHECK(result[1].first() == QStringLiteral("THỎA THUẬN HỢP TÁC"));
}

TEST_CASE("import: one language alone is one version, quotations of the other included", "[import][split]")
{
    QList<Language> languages;
    CHECK(blocks(Vietnamese + QStringLiteral("\n\nTên tiếng Trung: 广西"), &languages).size() == 1);
    CHECK(languages == QList<Language>({ Language::Vietnamese }));
    languages.clear();
    CHECK(blocks(QStringLiteral("第一条 双方同意。\n\n第二条 每年交流。"), &languages).size() == 1);
    CHECK(languages == QList<Language>({ Language::Chinese }));
    languages.clear();
    CHECK(blocks(QString(), &languages).isEmpty());
}
