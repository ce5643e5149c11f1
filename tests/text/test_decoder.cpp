#include "support/CatchQt.h"
#include "support/Fixtures.h"
#include "text/Decoder.h"
#include "text/LegacyVietnamese.h"

using namespace concord;
using namespace concord::test;

namespace {
template <size_t N>
QByteArray bytes(const char (&literal)[N])
{
    return QByteArray(literal, N - 1);
}

QByteArray utf16(const QString& text, bool bigEndian)
{
    QByteArray out = bigEndian ? QByteArray("\xFE\xFF") : QByteArray("\xFF\xFE");
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (bigEndian)
            out.append(char(u >> 8)).append(char(u & 0xFF));
        else
            out.append(char(u & 0xFF)).append(char(u >> 8));
    }
    return out;
}

const QString Sentence = QStringLiteral("Tỉnh Quảng Ninh và Khu tự trị dân tộc Choang Quảng Tây thống nhất "
                                        "tăng cường hợp tác, ưu tiên giao lưu thanh niên; Đoàn đại biểu đến "
                                        "Hà Nội ngày 11 tháng 02 năm 2026.");
} // namespace

TEST_CASE("text: UTF-8 without and with a byte-order mark", "[text][decode]")
{
    const QString text = QStringLiteral("Điều 1: 第一条 Quảng Ninh");
    auto plain = Decoder::decode(text.toUtf8(), QStringLiteral("a.txt"));
    REQUIRE(plain.ok());
    CHECK(plain->text == text);
    CHECK(plain->encoding == QStringLiteral("UTF-8"));
    CHECK_FALSE(plain->byteOrderMark);
    CHECK(plain->confidence == 1.0);

    auto bom = Decoder::decode(QByteArray("\xEF\xBB\xBF") + text.toUtf8(), QStringLiteral("a.txt"));
    REQUIRE(bom.ok());
    CHECK(bom->text == text);
    CHECK(bom->byteOrderMark);
}

TEST_CASE("text: UTF-16 little and big endian by byte-order mark", "[text][decode]")
{
    const QString text = QStringLiteral("Biên bản hội đàm 会晤纪要 𠀀");
    const bool bigEndian = GENERATE(false, true);
    auto decoded = Decoder::decode(utf16(text, bigEndian), QStringLiteral("u16.txt"));
    REQUIRE(decoded.ok());
    CHECK(decoded->text == text);
    CHECK(decoded->encoding == (bigEndian ? QStringLiteral("UTF-16BE") : QStringLiteral("UTF-16LE")));
}

TEST_CASE("text: truncated UTF-16 is an error at its last byte", "[text][decode]")
{
    QByteArray data = utf16(QStringLiteral("Điều"), false);
    data.chop(1);
    auto decoded = Decoder::decode(data, QStringLiteral("cut.txt"));
    REQUIRE_FALSE(decoded.ok());
    CHECK(decoded.error().toString()
        == QStringLiteral("cut.txt (byte 8): The UTF-16 text is truncated: it ends in the middle of a character."));
}

TEST_CASE("text: an unpaired surrogate in UTF-16 is an error at its offset", "[text][decode]")
{
    const QByteArray data = bytes("\xFF\xFE"
                                  "A\x00"
                                  "\x00\xD8"
                                  "B\x00");
    auto decoded = Decoder::decode(data, QStringLiteral("s.txt"));
    REQUIRE_FALSE(decoded.ok());
    CHECK(decoded.error().offset == 4);
    CHECK(decoded.error().message == QStringLiteral("The UTF-16 text contains an unpaired surrogate."));
}

TEST_CASE("text: invalid UTF-8 is found at its first bad byte", "[text][decode]")
{
    struct Row
    {
        QByteArray bytes;
        qsizetype offset;
    };
    const auto row = GENERATE(values<Row>({
        { bytes("abc"), -1 }, { bytes("\xC4\x90i\xE1\xBB\x81u"), -1 }, { bytes("ab\xC0\xAF"), 2 }, // overlong '/'
        { bytes("ab\xED\xA0\x80"), 2 }, // UTF-16 surrogate
        { bytes("\xF4\x90\x80\x80"), 0 }, // above U+10FFFF
        { bytes("x\xE1\xBB"), 1 }, // truncated
        { bytes("x\x80y"), 1 }, // stray continuation byte
    }));
    CHECK(Decoder::firstInvalidUtf8(row.bytes) == row.offset);
}

TEST_CASE("text: a byte-order mark followed by invalid UTF-8 is an error, not a guess", "[text][decode]")
{
    auto decoded = Decoder::decode(bytes("\xEF\xBB\xBFok\xFF"), QStringLiteral("bom.txt"));
    REQUIRE_FALSE(decoded.ok());
    CHECK(decoded.error().offset == 5);
}

TEST_CASE("text: Windows-1258 decodes to NFC", "[text][decode]")
{
    // "Việt Nam": ê (0xEA) then the combining dot below (0xF2), as Windows-1258 writes it.
    auto small = Decoder::decode(bytes("Vi\xEA\xF2t Nam h\xF4\xECm nay"), QStringLiteral("cp1258.txt"));
    REQUIRE(small.ok());
    CHECK(small->text == QStringLiteral("Việt Nam hốm nay"));
    CHECK(small->encoding == QStringLiteral("windows-1258"));

    auto sentence
        = Decoder::decode(encodeWithIcu("windows-1258", LegacyVietnamese::toWindows1258Form(Sentence)).value(),
            QStringLiteral("cp1258.txt"));
    REQUIRE(sentence.ok());
    CHECK(sentence->text == Sentence);
    CHECK(sentence->encoding == QStringLiteral("windows-1258"));
    CHECK(sentence->confidence > 0.5);
}

TEST_CASE("text: TCVN3 is recognised and decoded", "[text][decode]")
{
    // "Hợp tác giữa hai tỉnh, Việt Nam" in TCVN3 (ABC).
    auto decoded = Decoder::decode(bytes("H\xEEp t\xB8"
                                         "c gi\xF7"
                                         "a hai t\xD8nh, Vi\xD6t Nam"),
        QStringLiteral("abc.txt"));
    REQUIRE(decoded.ok());
    CHECK(decoded->encoding == QStringLiteral("TCVN3"));
    CHECK(decoded->text == QStringLiteral("Hợp tác giữa hai tỉnh, Việt Nam"));
    CHECK(decoded->confidence > 0.5);
}

TEST_CASE("text: TCVN3 capitals decode to the letters the old fonts drew", "[text][decode]")
{
    // Ă Â Ê Ô Ơ Ư Đ exist in TCVN3; toned capitals do not (they came from an upper-case font).
    CHECK(Decoder::decode(bytes("\xA7o\xB5n k\xAAt n\xA8m \xA1n"), QStringLiteral("x")).value().text
        == QStringLiteral("Đoàn kêt năm Ăn"));
}

TEST_CASE("text: VNI is recognised and decoded", "[text][decode]")
{
    // "Hợp tác giữa hai tỉnh, Việt Nam; Đoàn" in VNI-Windows: base letters followed by diacritic bytes.
    auto decoded = Decoder::decode(bytes("H\xF4\xEFp ta\xF9"
                                         "c gi\xF6\xF5"
                                         "a hai t\xE6nh, Vie\xE4t Nam; \xD1oa\xF8n"),
        QStringLiteral("vni.txt"));
    REQUIRE(decoded.ok());
    CHECK(decoded->encoding == QStringLiteral("VNI"));
    CHECK(decoded->text == QStringLiteral("Hợp tác giữa hai tỉnh, Việt Nam; Đoàn"));
}

TEST_CASE("text: bytes that are no encoding Concord knows are an error naming file and byte", "[text][decode]")
{
    QByteArray junk("header ");
    for (int i = 0; i < 64; ++i)
        junk.append(char(0x80 + (i * 37) % 0x7F));
    auto decoded = Decoder::decode(junk, QStringLiteral("junk.bin"));
    REQUIRE_FALSE(decoded.ok());
    CHECK(decoded.error().file == QStringLiteral("junk.bin"));
    CHECK(decoded.error().offset == 7);
    CHECK(decoded.error().message.startsWith(QStringLiteral("The file is not valid UTF-8")));
}

TEST_CASE("text: decoding composes to NFC and keeps a lone combining mark", "[text][decode]")
{
    CHECK(Decoder::decode(QStringLiteral("Vie\u0302\u0323t").toUtf8(), QStringLiteral("x")).value().text
        == QStringLiteral("Việt"));
    CHECK(Decoder::decode(QStringLiteral("\u0301abc").toUtf8(), QStringLiteral("x")).value().text
        == QStringLiteral("\u0301abc"));
    CHECK(Decoder::decode(QByteArray(), QStringLiteral("x")).value().text.isEmpty());
}

TEST_CASE("text: a 1 MB single line decodes whole", "[text][decode]")
{
    const QByteArray line = QStringLiteral("Quảng Tây 广西 ").toUtf8().repeated(1024 * 1024 / 20);
    auto decoded = Decoder::decode(line, QStringLiteral("long.txt"));
    REQUIRE(decoded.ok());
    CHECK(decoded->text.toUtf8() == line);
}

TEST_CASE("text: Windows-1258 form keeps base letters whole and moves the tone after them", "[text][decode]")
{
    CHECK(LegacyVietnamese::toWindows1258Form(QStringLiteral("Việt Đức ơ ă"))
        == QStringLiteral("Vi\u00EA\u0323t \u0110\u01B0\u0301c \u01A1 \u0103"));
    CHECK(LegacyVietnamese::toWindows1258Form(QString()).isEmpty());
}

TEST_CASE("text: a large legacy file is judged on its Vietnamese lines and decoded whole", "[text][decode]")
{
    // 200 KB of ASCII first: detection must look past it, then the whole file must be decoded.
    const QString ascii = QStringLiteral("Attachment 1 - list of delegates, page 12\n").repeated(5000);
    const QString text = ascii + (Sentence + QLatin1Char('\n')).repeated(3000);
    const auto bytes = encodeWithIcu("windows-1258", LegacyVietnamese::toWindows1258Form(text));
    REQUIRE(bytes);
    REQUIRE(bytes->size() > 400 * 1024);
    const auto decoded = Decoder::decode(*bytes, QStringLiteral("big.txt"));
    REQUIRE(decoded.ok());
    CHECK(decoded->encoding == QStringLiteral("windows-1258"));
    CHECK(decoded->text == text);
}
