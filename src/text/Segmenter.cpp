#include "text/Segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/rbbi.h>

#include <memory>

namespace concord {

namespace {
icu::Locale localeOf(Segmenter::Language language)
{
    return language == Segmenter::Language::Chinese ? icu::Locale::getSimplifiedChinese() : icu::Locale("vi");
}

icu::UnicodeString alias(QStringView text)
{
    // Read-only alias: no copy of the text.
    return icu::UnicodeString(false, reinterpret_cast<const UChar*>(text.utf16()), int32_t(text.size()));
}
} // namespace

QList<std::pair<qsizetype, qsizetype>> Segmenter::sentenceRanges(QStringView text, Language language)
{
    QList<std::pair<qsizetype, qsizetype>> ranges;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(localeOf(language), status));
    if (U_FAILURE(status) || text.isEmpty())
        return ranges;
    const icu::UnicodeString source = alias(text);
    it->setText(source);
    int32_t start = it->first();
    for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next())
        ranges.append({ start, end - start });
    return ranges;
}

QStringList Segmenter::sentences(QStringView text, Language language)
{
    QStringList out;
    for (const auto& [start, length] : sentenceRanges(text, language)) {
        const QString sentence = text.mid(start, length).trimmed().toString();
        if (!sentence.isEmpty())
            out.append(sentence);
    }
    return out;
}

QStringList Segmenter::words(QStringView text, Language language)
{
    QStringList out;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createWordInstance(localeOf(language), status));
    if (U_FAILURE(status) || text.isEmpty())
        return out;
    const icu::UnicodeString source = alias(text);
    it->setText(source);
    int32_t start = it->first();
    for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
        // Rule status tells words (letters, ideographs, numbers) from spaces and punctuation.
        if (it->getRuleStatus() != UBRK_WORD_NONE)
            out.append(text.mid(start, end - start).toString());
    }
    return out;
}

} // namespace concord
