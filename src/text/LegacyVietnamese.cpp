#include "text/LegacyVietnamese.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

#include <array>

namespace concord {

namespace {

/// TCVN3 bytes 0xA1–0xFE (0 = same as Latin-1, i.e. not a Vietnamese letter in TCVN3).
constexpr std::array<char16_t, 94> Tcvn3High = {
    u'Ă', u'Â', u'Ê', u'Ô', u'Ơ', u'Ư', u'Đ', u'ă', u'â', u'ê', u'ô', u'ơ', u'ư', u'đ', // A1–AE
    0, 0, 0, 0, 0, 0, // AF–B4
    u'à', u'ả', u'ã', u'á', u'ạ', 0, u'ằ', u'ẳ', u'ẵ', u'ắ', 0, 0, 0, 0, // B5–C2
    0, 0, 0, u'ặ', u'ầ', u'ẩ', u'ẫ', u'ấ', u'ậ', u'è', 0, u'ẻ', u'ẽ', u'é', // C3–D0
    u'ẹ', u'ề', u'ể', u'ễ', u'ế', u'ệ', u'ì', u'ỉ', 0, 0, 0, u'ĩ', u'í', u'ị', // D1–DE
    u'ò', 0, u'ỏ', u'õ', u'ó', u'ọ', u'ồ', u'ổ', u'ỗ', u'ố', u'ộ', u'ờ', u'ở', u'ỡ', // DF–EC
    u'ớ', u'ợ', u'ù', 0, u'ủ', u'ũ', u'ú', u'ụ', u'ừ', u'ử', u'ữ', u'ứ', u'ự', u'ỳ', // ED–FA
    u'ỷ', u'ỹ', u'ý', u'ỵ', // FB–FE
};

/// The combining mark a VNI diacritic byte adds (lower-case byte; upper case is 0x20 less).
char16_t vniMark(unsigned char byte, bool* secondary)
{
    *secondary = false;
    switch (byte | 0x20) {
    case 0xF9:
        return 0x0301; // ù acute
    case 0xF8:
        return 0x0300; // ø grave
    case 0xFB:
        return 0x0309; // û hook above
    case 0xF5:
        return 0x0303; // õ tilde
    case 0xEF:
        return 0x0323; // ï dot below
    case 0xE2:
        *secondary = true;
        return 0x0302; // â circumflex
    case 0xEA:
        *secondary = true;
        return 0x0306; // ê breve
    default:
        return 0;
    }
}

/// Circumflex + tone in one byte (aá = ấ …) and breve + tone (aé = ắ …).
bool vniCombined(unsigned char byte, char16_t* first, char16_t* second)
{
    switch (byte | 0x20) {
    case 0xE1:
        *first = 0x0302;
        *second = 0x0301;
        return true; // á → ấ
    case 0xE0:
        *first = 0x0302;
        *second = 0x0300;
        return true; // à → ầ
    case 0xE5:
        *first = 0x0302;
        *second = 0x0309;
        return true; // å → ẩ
    case 0xE3:
        *first = 0x0302;
        *second = 0x0303;
        return true; // ã → ẫ
    case 0xE4:
        *first = 0x0302;
        *second = 0x0323;
        return true; // ä → ậ
    case 0xE9:
        *first = 0x0306;
        *second = 0x0301;
        return true; // é → ắ
    case 0xE8:
        *first = 0x0306;
        *second = 0x0300;
        return true; // è → ằ
    case 0xFA:
        *first = 0x0306;
        *second = 0x0309;
        return true; // ú → ẳ
    case 0xFC:
        *first = 0x0306;
        *second = 0x0303;
        return true; // ü → ẵ
    case 0xEB:
        *first = 0x0306;
        *second = 0x0323;
        return true; // ë → ặ
    default:
        return false;
    }
}

/// Single VNI bytes that are whole letters: ơ ư đ and the i/y variants.
char16_t vniLetter(unsigned char byte)
{
    switch (byte) {
    case 0xF4:
        return u'ơ';
    case 0xD4:
        return u'Ơ';
    case 0xF6:
        return u'ư';
    case 0xD6:
        return u'Ư';
    case 0xF1:
        return u'đ';
    case 0xD1:
        return u'Đ';
    case 0xED:
        return u'í';
    case 0xCD:
        return u'Í';
    case 0xEC:
        return u'ì';
    case 0xCC:
        return u'Ì';
    case 0xE6:
        return u'ỉ';
    case 0xC6:
        return u'Ỉ';
    case 0xF3:
        return u'ĩ';
    case 0xD3:
        return u'Ĩ';
    case 0xF2:
        return u'ị';
    case 0xD2:
        return u'Ị';
    case 0xEE:
        return u'ỵ';
    case 0xCE:
        return u'Ỵ';
    default:
        return 0;
    }
}

bool isVniBase(char16_t c)
{
    switch (c | 0x20) {
    case u'a':
    case u'e':
    case u'o':
    case u'u':
    case u'y':
    case u'i':
        return true;
    default:
        return c == u'ơ' || c == u'Ơ' || c == u'ư' || c == u'Ư';
    }
}

QString nfc(const QString& text)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* normalizer = icu::Normalizer2::getNFCInstance(status);
    const icu::UnicodeString source(false, reinterpret_cast<const UChar*>(text.utf16()), int32_t(text.size()));
    icu::UnicodeString result;
    normalizer->normalize(source, result, status);
    if (U_FAILURE(status))
        return text;
    return QString(reinterpret_cast<const QChar*>(result.getBuffer()), result.length());
}

bool isToneMark(char32_t mark)
{
    return mark == 0x0300 || mark == 0x0301 || mark == 0x0303 || mark == 0x0309 || mark == 0x0323;
}

} // namespace

QString LegacyVietnamese::decodeTcvn3(const QByteArray& bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b >= 0xA1 && b <= 0xFE && Tcvn3High[b - 0xA1] != 0)
            out += QChar(Tcvn3High[b - 0xA1]);
        else
            out += QChar(char16_t(b)); // ASCII; other high bytes as Latin-1
    }
    return out;
}

QString LegacyVietnamese::decodeVni(const QByteArray& bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        if (b < 0x80) {
            out += QChar(char16_t(b));
            continue;
        }
        if (const char16_t letter = vniLetter(b)) {
            out += QChar(letter);
            continue;
        }
        const char16_t previous = out.isEmpty() ? 0 : out.back().unicode();
        char16_t first = 0;
        char16_t second = 0;
        bool secondary = false;
        if (isVniBase(previous) && vniCombined(b, &first, &second)) {
            out += QChar(first);
            out += QChar(second);
        } else if (const char16_t mark
            = isVniBase(previous) || previous == 0x0302 || previous == 0x0306 ? vniMark(b, &secondary) : 0) {
            out += QChar(mark);
        } else {
            out += QChar(char16_t(b));
        }
    }
    return nfc(out);
}

QString LegacyVietnamese::toWindows1258Form(const QString& text)
{
    QString out;
    out.reserve(text.size() + text.size() / 4);
    for (const QChar c : text) {
        if (c.unicode() < 0xC0) {
            out += c;
            continue;
        }
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
        QString base;
        QString tone;
        for (const QChar part : decomposed)
            (isToneMark(part.unicode()) ? tone : base).append(part);
        out += base.normalized(QString::NormalizationForm_C) + tone;
    }
    return out;
}

double LegacyVietnamese::plausibility(const QString& text)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    int words = 0;
    int good = 0;
    int junk = 0;
    int letters = 0;
    // Word characters: letters, combining marks, and Latin-1 symbols stuck to letters (mis-decoded bytes
    // look like that); Latin-1 punctuation and spaces end a word.
    auto isWordChar = [](char16_t c) {
        return u_isalpha(c) || u_getCombiningClass(c) > 0 || (c >= 0x80 && c < 0x100 && !u_isspace(c) && !u_ispunct(c));
    };
    for (const QChar c : text)
        junk += c.unicode() >= 0x80 && c.unicode() < 0xA0; // C1 controls never occur in real text
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (!isWordChar(text[i].unicode())) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < n && isWordChar(text[i].unicode()))
            ++i;
        const QString word = text.mid(start, i - start);
        bool ascii = true;
        for (const QChar ch : word)
            ascii = ascii && ch.unicode() < 0x80;
        letters += int(word.size());
        if (ascii)
            continue;
        ++words;
        const icu::UnicodeString decomposed = nfd->normalize(
            icu::UnicodeString(false, reinterpret_cast<const UChar*>(word.utf16()), int32_t(word.size())), status);
        // A syllable: ASCII letters with at most one tone and the circumflex/breve/horn, đ only in front,
        // and no capital after a small letter (mis-decoded bytes give "TuyĐn", "ViÖt").
        int tones = 0;
        bool valid = true;
        bool sawLower = false;
        for (int32_t k = 0; k < decomposed.length(); ++k) {
            const char16_t d = decomposed.charAt(k);
            if (isToneMark(d)) {
                ++tones;
            } else if (d == 0x0302 || d == 0x0306 || d == 0x031B) {
                continue; // circumflex, breve, horn
            } else if (d == u'đ' || d == u'Đ') {
                valid = valid && k == 0;
            } else if (d >= u'a' && d <= u'z') {
                sawLower = true;
            } else if (d >= u'A' && d <= u'Z') {
                valid = valid && !sawLower;
            } else {
                valid = false;
            }
        }
        if (valid && tones <= 1)
            ++good;
    }
    if (words == 0)
        return letters > 0 ? 0.5 : 0.0; // plain ASCII: no evidence either way
    const double share = double(good) / words;
    const double penalty = letters > 0 ? qMin(1.0, 4.0 * junk / letters) : 0.0;
    return share - penalty;
}

} // namespace concord
