#include "support/CatchQt.h"
#include "text/Segmenter.h"

using namespace concord;
using L = Segmenter::Language;

TEST_CASE("text: Vietnamese sentences", "[text][segment]")
{
    const QString paragraph
        = QStringLiteral("Hai bên nhất trí tăng cường hợp tác. Tỉnh Quảng Ninh sẽ cử đoàn sang thăm Quảng Tây! "
                         "Các bên có đồng ý không? Có.");
    CHECK(Segmenter::sentences(paragraph, L::Vietnamese)
        == QStringList({ QStringLiteral("Hai bên nhất trí tăng cường hợp tác."),
            QStringLiteral("Tỉnh Quảng Ninh sẽ cử đoàn sang thăm Quảng Tây!"),
            QStringLiteral("Các bên có đồng ý không?"), QStringLiteral("Có.") }));
}

TEST_CASE("text: Chinese sentences", "[text][segment]")
{
    const QString paragraph = QStringLiteral("双方同意加强合作。越南广宁省将派团访问广西！各方是否同意？同意。");
    CHECK(Segmenter::sentences(paragraph, L::Chinese)
        == QStringList({ QStringLiteral("双方同意加强合作。"), QStringLiteral("越南广宁省将派团访问广西！"),
            QStringLiteral("各方是否同意？"), QStringLiteral("同意。") }));
}

TEST_CASE("text: sentence ranges cover the whole text", "[text][segment]")
{
    const QString text = QStringLiteral("Một. Hai.  Ba.");
    const auto ranges = Segmenter::sentenceRanges(text, L::Vietnamese);
    REQUIRE(ranges.size() == 3);
    CHECK(ranges[0] == std::pair<qsizetype, qsizetype>(0, 5));
    CHECK(ranges[1] == std::pair<qsizetype, qsizetype>(5, 6));
    CHECK(ranges[2] == std::pair<qsizetype, qsizetype>(11, 3));
    CHECK(Segmenter::sentences(QString(), L::Chinese).isEmpty());
}

TEST_CASE("text: Chinese word breaking uses the dictionary", "[text][segment]")
{
    CHECK(Segmenter::words(QStringLiteral("中国广西每年邀请越南青年。"), L::Chinese)
        == QStringList({ QStringLiteral("中国"), QStringLiteral("广西"), QStringLiteral("每年"), QStringLiteral("邀请"),
            QStringLiteral("越南"), QStringLiteral("青年") }));
    CHECK(Segmenter::words(QStringLiteral("Hợp tác 2026, thanh niên."), L::Vietnamese)
        == QStringList({ QStringLiteral("Hợp"), QStringLiteral("tác"), QStringLiteral("2026"), QStringLiteral("thanh"),
            QStringLiteral("niên") }));
}
