// Every sample document through the text layer: decoded losslessly, folded identically by the fast table
// and by ICU's generic path, and re-encoded to the same bytes.
#include "support/CatchQt.h"
#include "support/Fixtures.h"
#include "text/Decoder.h"
#include "text/Fold.h"
#include "text/LegacyVietnamese.h"
#include "text/ScriptClassifier.h"

#include <QHash>
#include <QStringConverter>

using namespace concord;
using namespace concord::test;

TEST_CASE("text: every sample decodes as UTF-8 and round-trips byte for byte after NFC", "[text][samples]")
{
    const QStringList names = sampleNames();
    REQUIRE(names.size() == 5);
    for (const QString& name : names) {
        INFO(name.toStdString());
        const QByteArray raw = readFixture(QStringLiteral("samples/") + name);
        const auto decoded = Decoder::decode(raw, name);
        REQUIRE(decoded.ok());
        CHECK(decoded->encoding == QStringLiteral("UTF-8"));
        const QByteArray nfc = QString::fromUtf8(raw).normalized(QString::NormalizationForm_C).toUtf8();
        CHECK(decoded->text.toUtf8() == nfc);

        // Re-encoded as UTF-16 with a BOM, it decodes to the same text again.
        QStringEncoder toUtf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        const QByteArray utf16 = toUtf16(decoded->text);
        const auto again = Decoder::decode(utf16, name);
        REQUIRE(again.ok());
        CHECK(again->text == decoded->text);
    }
}

TEST_CASE("text: the fast fold equals ICU's generic fold on every sample line", "[text][samples][fold]")
{
    for (const QString& name : sampleNames()) {
        const QString text = QString::fromUtf8(readFixture(QStringLiteral("samples/") + name));
        int lineNumber = 0;
        for (const QString& line : text.split(QLatin1Char('\n'))) {
            ++lineNumber;
            INFO(name.toStdString() << ":" << lineNumber);
            const QString fast = Fold::fold(line);
            const QString reference = Fold::reference(line);
            if (fast != reference)
                FAIL_CHECK(fast.toStdString() << "\n  !=\n" << reference.toStdString());
        }
        CHECK(Fold::fold(text) == Fold::reference(text));
    }
}

TEST_CASE("text: the Vietnamese of every sample, written in Windows-1258, decodes back to the same text",
    "[text][samples][decode]")
{
    for (const QString& name : sampleNames()) {
        INFO(name.toStdString());
        const QString text = QString::fromUtf8(readFixture(QStringLiteral("samples/") + name))
                                 .normalized(QString::NormalizationForm_C);
        // The Vietnamese lines that Windows-1258 can hold (it has no Han, and no “…” typography beyond Latin-1).
        QStringList vietnamese;
        for (const QString& line : text.split(QLatin1Char('\n'))) {
            if (ScriptClassifier::count(line).han == 0
                && encodeWithIcu("windows-1258", LegacyVietnamese::toWindows1258Form(line)))
                vietnamese.append(line);
        }
        REQUIRE(vietnamese.size() > 20);
        const QString expected = vietnamese.join(QLatin1Char('\n'));
        const auto bytes = encodeWithIcu("windows-1258", LegacyVietnamese::toWindows1258Form(expected));
        REQUIRE(bytes);
        const auto decoded = Decoder::decode(*bytes, name);
        REQUIRE(decoded.ok());
        CHECK(decoded->encoding == QStringLiteral("windows-1258"));
        CHECK(decoded->text == expected);
        CHECK(decoded->confidence > 0.5);
    }
}

TEST_CASE(
    "text: the Vietnamese of every sample, written in TCVN3, is recognised and decoded", "[text][samples][decode]")
{
    // TCVN3 is one byte per letter: invert the decoder's own table for the encoder. Toned capitals do not
    // exist in TCVN3 (fonts drew them), so the expected text has them in lower case.
    QHash<QChar, char> encode;
    for (int b = 0; b < 256; ++b) {
        const QString c = LegacyVietnamese::decodeTcvn3(QByteArray(1, char(b)));
        if (c.size() == 1 && !encode.contains(c.front()))
            encode.insert(c.front(), char(b));
    }
    for (const QString& name : sampleNames()) {
        INFO(name.toStdString());
        const QString text = QString::fromUtf8(readFixture(QStringLiteral("samples/") + name))
                                 .normalized(QString::NormalizationForm_C);
        QByteArray bytes;
        QString expected;
        for (const QString& line : text.split(QLatin1Char('\n'))) {
            QByteArray lineBytes;
            QString lineText;
            bool encodable = ScriptClassifier::count(line).han == 0;
            for (qsizetype i = 0; encodable && i < line.size(); ++i) {
                QChar c = line[i];
                if (!encode.contains(c))
                    c = c.toLower();
                encodable = encode.contains(c);
                lineBytes.append(encode.value(c));
                lineText.append(c);
            }
            if (encodable) {
                bytes += lineBytes + '\n';
                expected += lineText + QLatin1Char('\n');
            }
        }
        REQUIRE(expected.size() > 1000);
        const auto decoded = Decoder::decode(bytes, name);
        REQUIRE(decoded.ok());
        CHECK(decoded->encoding == QStringLiteral("TCVN3"));
        CHECK(decoded->text == expected);
    }
}
