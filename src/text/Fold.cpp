#include "text/Fold.h"

#include <QMutex>

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>

#include <memory>
#include <vector>

namespace concord {

namespace {

constexpr char16_t Separator = 0x0001;
constexpr uint32_t WhiteSpace = 7; ///< length code of an entry that is white space

QString fromIcu(const icu::UnicodeString& s)
{
    return QString(reinterpret_cast<const QChar*>(s.getBuffer()), s.length());
}

icu::UnicodeString toIcu(QStringView s)
{
    return icu::UnicodeString(reinterpret_cast<const UChar*>(s.utf16()), int32_t(s.size()));
}

/// ICU's generic services, created once. Transliterators are not thread-safe: use under the mutex.
struct ReferencePipeline
{
    std::unique_ptr<icu::Transliterator> marks;
    std::unique_ptr<icu::Transliterator> dStroke;
    std::unique_ptr<icu::Transliterator> fullwidth;
    std::unique_ptr<icu::Transliterator> simplified;
    std::unique_ptr<icu::Transliterator> whiteSpace;
    QMutex mutex;

    static ReferencePipeline& instance()
    {
        static ReferencePipeline pipeline;
        return pipeline;
    }

    /// Every step but the white-space rule.
    icu::UnicodeString characterSteps(icu::UnicodeString s)
    {
        marks->transliterate(s);
        s.foldCase(U_FOLD_CASE_DEFAULT);
        dStroke->transliterate(s);
        fullwidth->transliterate(s);
        simplified->transliterate(s);
        return s;
    }

private:
    ReferencePipeline()
    {
        UErrorCode status = U_ZERO_ERROR;
        UParseError parseError;
        marks.reset(
            icu::Transliterator::createInstance("NFD; [:Nonspacing Mark:] Remove; NFC", UTRANS_FORWARD, status));
        dStroke.reset(
            icu::Transliterator::createFromRules("concord-d", u"đ > d; Đ > d;", UTRANS_FORWARD, parseError, status));
        fullwidth.reset(icu::Transliterator::createInstance(
            "[\\uFF01-\\uFF5E\\u3000] Fullwidth-Halfwidth", UTRANS_FORWARD, status));
        simplified.reset(icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
        whiteSpace.reset(icu::Transliterator::createFromRules(
            "concord-space", u"[:White_Space:]+ > ' ';", UTRANS_FORWARD, parseError, status));
        Q_ASSERT(U_SUCCESS(status));
    }
};

/// entry = (payload << 3) | length; length 1: payload is the character; 2–6: payload indexes pool;
/// 0: removed; WhiteSpace: a white-space character.
struct FoldTable
{
    std::vector<uint32_t> entries = std::vector<uint32_t>(0x10000);
    std::vector<char16_t> pool;

    static const FoldTable& instance()
    {
        static const FoldTable table;
        return table;
    }

private:
    FoldTable()
    {
        // Every BMP character but surrogates and white space, each followed by a separator, through ICU's
        // generic steps in one call; the pieces between separators are the table entries.
        icu::UnicodeString all;
        std::vector<char16_t> characters;
        characters.reserve(0x10000);
        for (uint32_t c = 0; c < 0x10000; ++c) {
            if ((c >= 0xD800 && c <= 0xDFFF) || c == Separator || u_isUWhiteSpace(UChar32(c))) {
                entries[c] = u_isUWhiteSpace(UChar32(c)) ? WhiteSpace : (c << 3) | 1;
                continue;
            }
            characters.push_back(char16_t(c));
            all.append(UChar(c));
            all.append(UChar(Separator));
        }
        ReferencePipeline& reference = ReferencePipeline::instance();
        QMutexLocker lock(&reference.mutex);
        const icu::UnicodeString folded = reference.characterSteps(all);
        lock.unlock();

        int32_t start = 0;
        size_t index = 0;
        for (int32_t i = 0; i < folded.length() && index < characters.size(); ++i) {
            if (folded.charAt(i) != Separator)
                continue;
            const char16_t c = characters[index++];
            const int32_t length = i - start;
            if (length == 1) {
                entries[c] = (uint32_t(folded.charAt(start)) << 3) | 1;
            } else if (length == 0) {
                entries[c] = 0;
            } else {
                Q_ASSERT(length < int32_t(WhiteSpace));
                entries[c] = (uint32_t(pool.size()) << 3) | uint32_t(length);
                for (int32_t k = start; k < i; ++k)
                    pool.push_back(folded.charAt(k));
            }
            start = i + 1;
        }
        Q_ASSERT(index == characters.size());
    }
};

template <bool WithSource>
void foldInto(QStringView text, QString& out, QList<qsizetype>* source)
{
    const FoldTable& table = FoldTable::instance();
    const uint32_t* entries = table.entries.data();
    const char16_t* pool = table.pool.data();
    const char16_t* in = reinterpret_cast<const char16_t*>(text.utf16());
    const qsizetype n = text.size();
    out.resize(n * 2); // a character folds to at most a few units; grown below when needed
    char16_t* dst = reinterpret_cast<char16_t*>(out.data());
    qsizetype written = 0;
    qsizetype capacity = out.size();
    bool afterSpace = false;
    auto ensure = [&](qsizetype more) {
        if (written + more > capacity) {
            out.resize(capacity * 2 + more);
            capacity = out.size();
            dst = reinterpret_cast<char16_t*>(out.data());
        }
    };
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = in[i];
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(in[i + 1])) {
            ensure(2);
            if constexpr (WithSource)
                source->append(i), source->append(i);
            dst[written++] = c;
            dst[written++] = in[++i];
            afterSpace = false;
            continue;
        }
        const uint32_t entry = entries[c];
        const uint32_t length = entry & 7;
        if (length == 1) {
            ensure(1);
            dst[written++] = char16_t(entry >> 3);
            if constexpr (WithSource)
                source->append(i);
            afterSpace = false;
        } else if (length == WhiteSpace) {
            if (!afterSpace) {
                ensure(1);
                dst[written++] = u' ';
                if constexpr (WithSource)
                    source->append(i);
                afterSpace = true;
            }
        } else if (length > 1) {
            ensure(length);
            for (uint32_t k = 0; k < length; ++k) {
                dst[written++] = pool[(entry >> 3) + k];
                if constexpr (WithSource)
                    source->append(i);
            }
            afterSpace = false;
        }
        // length 0: a removed mark; it neither ends nor starts a run of spaces
    }
    out.truncate(written);
}

} // namespace

QString Fold::fold(QStringView text)
{
    QString out;
    foldInto<false>(text, out, nullptr);
    return out;
}

FoldedText Fold::foldWithSource(QStringView text)
{
    FoldedText folded;
    folded.source.reserve(text.size());
    foldInto<true>(text, folded.text, &folded.source);
    return folded;
}

QString Fold::reference(QStringView text)
{
    ReferencePipeline& reference = ReferencePipeline::instance();
    QMutexLocker lock(&reference.mutex);
    icu::UnicodeString s = reference.characterSteps(toIcu(text));
    reference.whiteSpace->transliterate(s);
    return fromIcu(s);
}

void Fold::prepare()
{
    (void)FoldTable::instance();
}

std::pair<qsizetype, qsizetype> FoldedText::sourceRange(
    qsizetype start, qsizetype length, qsizetype originalLength) const
{
    if (length <= 0 || start < 0 || start >= source.size())
        return { qBound<qsizetype>(
                     0, start < source.size() && start >= 0 ? source[start] : originalLength, originalLength),
            0 };
    const qsizetype from = source[start];
    const qsizetype lastFolded = qMin(start + length, source.size()) - 1;
    // The original range ends where the character after the last folded one begins.
    qsizetype to = lastFolded + 1 < source.size() ? source[lastFolded + 1] : originalLength;
    if (to <= source[lastFolded])
        to = source[lastFolded] + 1;
    return { from, to - from };
}

} // namespace concord
