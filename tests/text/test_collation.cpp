#include "support/CatchQt.h"
#include "text/Collation.h"

using namespace concord;

TEST_CASE("text: Vietnamese collation puts Ă Â after A and Đ after D", "[text][collation]")
{
    QStringList names { QStringLiteral("Đà Nẵng"), QStringLiteral("Dương Kinh"), QStringLiteral("Ân Thi"),
        QStringLiteral("Ăn Uống"), QStringLiteral("An Giang"), QStringLiteral("Bắc Ninh"), QStringLiteral("Zeta"),
        QStringLiteral("Ê Đê") };
    Collation(Collation::Order::Vietnamese).sort(names);
    CHECK(names
        == QStringList({ QStringLiteral("An Giang"), QStringLiteral("Ăn Uống"), QStringLiteral("Ân Thi"),
            QStringLiteral("Bắc Ninh"), QStringLiteral("Dương Kinh"), QStringLiteral("Đà Nẵng"), QStringLiteral("Ê Đê"),
            QStringLiteral("Zeta") }));
}

TEST_CASE("text: Vietnamese collation orders tones as dictionaries do", "[text][collation]")
{
    QStringList syllables { QStringLiteral("mạ"), QStringLiteral("má"), QStringLiteral("mã"), QStringLiteral("mả"),
        QStringLiteral("mà"), QStringLiteral("ma") };
    const Collation vi(Collation::Order::Vietnamese);
    vi.sort(syllables);
    // ngang, huyền, hỏi, ngã, sắc, nặng
    CHECK(syllables
        == QStringList({ QStringLiteral("ma"), QStringLiteral("mà"), QStringLiteral("mả"), QStringLiteral("mã"),
            QStringLiteral("má"), QStringLiteral("mạ") }));
    CHECK(vi.compare(u"Quảng Ninh", u"Quảng Ninh") == 0);
    CHECK(vi.sortKey(u"An") < vi.sortKey(u"Ăn"));
}

TEST_CASE("text: Chinese collation follows pinyin", "[text][collation]")
{
    QStringList places { QStringLiteral("南宁"), QStringLiteral("河内"), QStringLiteral("广西"), QStringLiteral("崇左"),
        QStringLiteral("北京") };
    Collation(Collation::Order::ChinesePinyin).sort(places);
    // Běijīng, Chóngzuǒ, Guǎngxī, Hénèi, Nánníng
    CHECK(places
        == QStringList({ QStringLiteral("北京"), QStringLiteral("崇左"), QStringLiteral("广西"), QStringLiteral("河内"),
            QStringLiteral("南宁") }));
}
