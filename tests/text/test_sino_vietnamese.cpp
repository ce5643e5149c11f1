#include "support/CatchQt.h"
#include "text/SinoVietnamese.h"

#include <QFile>
#include <QProcess>

using namespace concord;

TEST_CASE("sino-vietnamese: the table is what the script makes from Unihan", "[text][sino]")
{
    QProcess script;
    script.start(QStringLiteral("python3"), { QStringLiteral(CONCORD_SOURCE_DIR "/scripts/gen-sino-vietnamese.py") });
    REQUIRE(script.waitForFinished(60000));
    INFO(script.readAllStandardError().toStdString());
    REQUIRE(script.exitCode() == 0);
    QFile committed(QStringLiteral(CONCORD_SOURCE_DIR "/data/sino-vietnamese.tsv"));
    REQUIRE(committed.open(QIODevice::ReadOnly));
    CHECK(script.readAllStandardOutput() == committed.readAll());
}

TEST_CASE("sino-vietnamese: simplified characters read as their traditional forms do", "[text][sino]")
{
    const SinoVietnamese& table = SinoVietnamese::instance();
    auto reads = [&](char32_t han, const char* syllable) {
        return table.readings(han).contains(table.syllable(QString::fromUtf8(syllable)));
    };
    CHECK(reads(U'国', "quoc")); // recorded on 國
    CHECK(reads(U'广', "quang")); // on 廣
    CHECK(reads(U'议', "nghi")); // on 議
    CHECK(reads(U'合', "hop"));
    CHECK(reads(U'春', "xuan")); // from the supplement
    CHECK(reads(U'纪', "ki")); // kỷ and kỉ are one key
    CHECK_FALSE(reads(U'国', "hoi"));
    CHECK(table.readings(U'a').isEmpty());
    CHECK(table.size() > 9000);
}

TEST_CASE("sino-vietnamese: a Chinese rendering of a Vietnamese name reads back to it", "[text][sino]")
{
    const SinoVietnamese& table = SinoVietnamese::instance();
    CHECK(table.readsAs(u"阮春福", u"nguyen xuan phuc"));
    CHECK(table.readsAs(u"谅山", u"lang son"));
    CHECK(table.readsAs(u"郑春长", u"trinh xuan truong"));
    CHECK_FALSE(table.readsAs(u"阮春福", u"nguyen van phuc"));
    CHECK_FALSE(table.readsAs(u"阮春", u"nguyen xuan phuc"));
    CHECK(SinoVietnamese::syllableKey(u"ky") == QStringLiteral("ki"));
    CHECK(SinoVietnamese::syllableKey(u"quy") == QStringLiteral("quy"));
}
