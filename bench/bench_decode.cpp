// Decode throughput: Concord's Decoder (BOM, strict UTF-8, legacy Vietnamese detection, NFC) against ICU's
// generic path for the same job (charset detection with ucsdet, conversion with ucnv, NFC with Normalizer2).

#include "BenchSupport.h"
#include "text/Decoder.h"
#include "text/LegacyVietnamese.h"
#include "text/ScriptClassifier.h"

#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>

using namespace concord;
using namespace concord::bench;

namespace {

/// ICU's generic path: detect the charset, convert, normalise to NFC.
qsizetype icuDecode(const QByteArray& bytes, const char* forcedCharset)
{
    UErrorCode status = U_ZERO_ERROR;
    const char* charset = forcedCharset;
    UCharsetDetector* detector = ucsdet_open(&status);
    if (!charset) {
        ucsdet_setText(detector, bytes.constData(), int32_t(bytes.size()), &status);
        const UCharsetMatch* match = ucsdet_detect(detector, &status);
        charset = match ? ucsdet_getName(match, &status) : "UTF-8";
    }
    UConverter* converter = ucnv_open(charset, &status);
    icu::UnicodeString text;
    const int32_t capacity = int32_t(bytes.size()) + 1;
    UChar* buffer = text.getBuffer(capacity);
    const int32_t length
        = ucnv_toUChars(converter, buffer, capacity, bytes.constData(), int32_t(bytes.size()), &status);
    text.releaseBuffer(length);
    ucnv_close(converter);
    ucsdet_close(detector);
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    const icu::UnicodeString normal = nfc->normalize(text, status);
    if (U_FAILURE(status)) {
        std::fprintf(stderr, "ICU: %s\n", u_errorName(status));
        std::exit(1);
    }
    return normal.length();
}

QByteArray encode(const char* charset, const QString& text)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter* converter = ucnv_open(charset, &status);
    QByteArray out(text.size() * 2 + 16, Qt::Uninitialized);
    const int32_t length = ucnv_fromUChars(converter, out.data(), int32_t(out.size()),
        reinterpret_cast<const UChar*>(text.utf16()), int32_t(text.size()), &status);
    ucnv_close(converter);
    out.truncate(U_SUCCESS(status) ? length : 0);
    return out;
}

} // namespace

int main()
{
    constexpr int Runs = 7;
    const std::vector<QByteArray> files = sampleFiles();
    QByteArray utf8;
    QString vietnamese;
    for (const QByteArray& file : files) {
        utf8 += file;
        for (const QString& line : QString::fromUtf8(file).split(QLatin1Char('\n'))) {
            if (ScriptClassifier::count(line).han == 0 && !encode("windows-1258", line).isEmpty())
                vietnamese += line + QLatin1Char('\n');
        }
    }
    const QByteArray utf8Text = repeatedTo(utf8, 8'000'000, utf8.size());
    const QByteArray cp1258Unit = encode("windows-1258", LegacyVietnamese::toWindows1258Form(vietnamese));
    const QByteArray cp1258Text = repeatedTo(cp1258Unit, 4'000'000, cp1258Unit.size());

    const auto check = [](const QByteArray& bytes, const char* expected) {
        const auto decoded = Decoder::decode(bytes, QStringLiteral("bench"));
        if (!decoded.ok() || decoded->encoding != QLatin1String(expected)) {
            std::fprintf(stderr, "expected %s to be detected\n", expected);
            std::exit(1);
        }
    };
    check(utf8Text, "UTF-8");
    check(cp1258Text, "windows-1258");

    report("Concord Decoder::decode, UTF-8 samples", utf8Text.size(),
        medianSeconds(Runs, [&] { keep(Decoder::decode(utf8Text, QStringLiteral("bench"))->text); }), Runs);
    report("ICU ucsdet + ucnv + NFC, UTF-8 samples", utf8Text.size(),
        medianSeconds(Runs, [&] { icuDecode(utf8Text, nullptr); }), Runs);
    report("Concord Decoder::decode, Windows-1258 (detected)", cp1258Text.size(),
        medianSeconds(Runs, [&] { keep(Decoder::decode(cp1258Text, QStringLiteral("bench"))->text); }), Runs);
    report("ICU ucnv windows-1258 (told) + NFC", cp1258Text.size(),
        medianSeconds(Runs, [&] { icuDecode(cp1258Text, "windows-1258"); }), Runs);
    return 0;
}
