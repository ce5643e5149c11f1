#include "text/Decoder.h"

#include "text/LegacyVietnamese.h"

#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>

#include <algorithm>
#include <memory>

namespace concord {

namespace {

/// Minimum plausibility for a legacy decoding to be accepted at all.
constexpr double MinLegacyPlausibility = 0.6;
constexpr qsizetype DetectionSampleBytes = 16 * 1024;

QString fromIcu(const icu::UnicodeString& s)
{
    return QString(reinterpret_cast<const QChar*>(s.getBuffer()), s.length());
}

/// The part of a non-UTF-8 file the legacy encodings are judged on: the whole file when it is small, else
/// its lines that hold non-ASCII bytes (ASCII reads the same in all of them), up to DetectionSampleBytes.
QByteArray detectionSample(const QByteArray& bytes)
{
    if (bytes.size() <= DetectionSampleBytes)
        return bytes;
    QByteArray sample;
    qsizetype start = 0;
    while (start < bytes.size() && sample.size() < DetectionSampleBytes) {
        qsizetype end = bytes.indexOf('\n', start);
        end = end < 0 ? bytes.size() : end + 1;
        const QByteArrayView line(bytes.constData() + start, end - start);
        if (std::any_of(line.begin(), line.end(), [](char c) { return uchar(c) >= 0x80; }))
            sample += line.first(qMin(line.size(), DetectionSampleBytes));
        start = end;
    }
    return sample;
}

std::optional<QString> decodeWithIcu(const char* converterName, const QByteArray& bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(converterName, &status), &ucnv_close);
    if (U_FAILURE(status))
        return std::nullopt;
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    QString out(bytes.size() * 2 + 1, Qt::Uninitialized);
    const int32_t length = ucnv_toUChars(converter.get(), reinterpret_cast<UChar*>(out.data()), int32_t(out.size()),
        bytes.constData(), int32_t(bytes.size()), &status);
    if (U_FAILURE(status))
        return std::nullopt;
    out.truncate(length);
    return out;
}

/// Decodes UTF-16 without its BOM; returns the offset of the first bad unit in \a badOffset on failure.
std::optional<QString> decodeUtf16(const QByteArray& bytes, qsizetype start, bool bigEndian, qsizetype* badOffset)
{
    if ((bytes.size() - start) % 2 != 0) {
        *badOffset = bytes.size() - 1;
        return std::nullopt;
    }
    QString out((bytes.size() - start) / 2, Qt::Uninitialized);
    char16_t* dst = reinterpret_cast<char16_t*>(out.data());
    const auto* src = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype units = (bytes.size() - start) / 2;
    for (qsizetype i = 0; i < units; ++i) {
        const qsizetype at = start + 2 * i;
        dst[i] = bigEndian ? char16_t((src[at] << 8) | src[at + 1]) : char16_t((src[at + 1] << 8) | src[at]);
    }
    for (qsizetype i = 0; i < units; ++i) {
        if (QChar::isHighSurrogate(dst[i])) {
            if (i + 1 >= units || !QChar::isLowSurrogate(dst[i + 1])) {
                *badOffset = start + 2 * i;
                return std::nullopt;
            }
            ++i;
        } else if (QChar::isLowSurrogate(dst[i])) {
            *badOffset = start + 2 * i;
            return std::nullopt;
        }
    }
    return out;
}

} // namespace

qsizetype Decoder::firstInvalidUtf8(const QByteArray& bytes)
{
    const auto* s = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t min = 0;
        char32_t cp = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2, min = 0x80, cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3, min = 0x800, cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4, min = 0x10000, cp = c & 0x07;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

QString Decoder::toNfc(const QString& text)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    const icu::UnicodeString source(false, reinterpret_cast<const UChar*>(text.utf16()), int32_t(text.size()));
    const int32_t normalPrefix = nfc->spanQuickCheckYes(source, status);
    if (U_FAILURE(status) || normalPrefix == source.length())
        return text;
    // Normalise only the tail that needs it.
    icu::UnicodeString result(source, 0, normalPrefix);
    nfc->normalizeSecondAndAppend(result, source.tempSubString(normalPrefix), status);
    return U_FAILURE(status) ? text : fromIcu(result);
}

Result<DecodedText> Decoder::decode(const QByteArray& bytes, const QString& fileName)
{
    DecodedText decoded;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        const QByteArray body = bytes.mid(3);
        if (const qsizetype bad = firstInvalidUtf8(body); bad >= 0)
            return Error { fileName, 0, bad + 3,
                tr("The file declares UTF-8 (it starts with a byte-order mark) but is not valid UTF-8.") };
        decoded.text = toNfc(QString::fromUtf8(body));
        decoded.encoding = QStringLiteral("UTF-8");
        decoded.byteOrderMark = true;
        decoded.confidence = 1.0;
        return decoded;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool bigEndian = bytes.startsWith("\xFE\xFF");
        qsizetype bad = -1;
        const auto text = decodeUtf16(bytes, 2, bigEndian, &bad);
        if (!text) {
            return Error { fileName, 0, bad,
                bad == bytes.size() - 1 && (bytes.size() % 2) != 0
                    ? tr("The UTF-16 text is truncated: it ends in the middle of a character.")
                    : tr("The UTF-16 text contains an unpaired surrogate.") };
        }
        decoded.text = toNfc(*text);
        decoded.encoding = bigEndian ? QStringLiteral("UTF-16BE") : QStringLiteral("UTF-16LE");
        decoded.byteOrderMark = true;
        decoded.confidence = 1.0;
        return decoded;
    }

    const qsizetype badUtf8 = firstInvalidUtf8(bytes);
    if (badUtf8 < 0) {
        decoded.text = toNfc(QString::fromUtf8(bytes));
        decoded.encoding = QStringLiteral("UTF-8");
        decoded.confidence = 1.0;
        return decoded;
    }

    // Not UTF-8: try each legacy Vietnamese encoding and keep the one that reads most like Vietnamese.
    struct Candidate
    {
        QString encoding;
        QString text;
        double score;
    };
    // Large files are judged on their lines with non-ASCII bytes, up to DetectionSampleBytes of them; only
    // the winner then decodes the whole file.
    const QByteArray sample = detectionSample(bytes);
    std::vector<Candidate> candidates;
    if (auto text = decodeWithIcu("windows-1258", sample)) {
        const QString normal = toNfc(*text);
        candidates.push_back({ QStringLiteral("windows-1258"), normal, LegacyVietnamese::plausibility(normal) });
    }
    const QString tcvn3 = LegacyVietnamese::decodeTcvn3(sample);
    candidates.push_back({ QStringLiteral("TCVN3"), tcvn3, LegacyVietnamese::plausibility(tcvn3) });
    const QString vni = LegacyVietnamese::decodeVni(sample);
    candidates.push_back({ QStringLiteral("VNI"), vni, LegacyVietnamese::plausibility(vni) });

    std::sort(
        candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
    const Candidate& best = candidates.front();
    std::optional<QString> text;
    if (best.score >= MinLegacyPlausibility) {
        if (sample.size() == bytes.size())
            text = best.text;
        else if (best.encoding == QLatin1String("TCVN3"))
            text = LegacyVietnamese::decodeTcvn3(bytes);
        else if (best.encoding == QLatin1String("VNI"))
            text = LegacyVietnamese::decodeVni(bytes);
        else if (const auto whole = decodeWithIcu("windows-1258", bytes))
            text = toNfc(*whole);
    }
    if (!text) {
        return Error { fileName, 0, badUtf8,
            tr("The file is not valid UTF-8, and it does not read as Vietnamese in Windows-1258, TCVN3 "
               "or VNI either.") };
    }
    const double runnerUp = candidates.size() > 1 ? qMax(0.0, candidates[1].score) : 0.0;
    decoded.text = *text;
    decoded.encoding = best.encoding;
    decoded.confidence = qBound(0.0, best.score * (1.0 - runnerUp / qMax(best.score, 1e-9) * 0.5), 1.0);
    return decoded;
}

} // namespace concord
