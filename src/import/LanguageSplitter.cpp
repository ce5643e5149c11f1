#include "import/LanguageSplitter.h"

#include "text/ScriptClassifier.h"

#include <vector>

namespace concord {

QList<LanguageBlock> LanguageSplitter::split(const QList<Paragraph>& paragraphs)
{
    const qsizetype n = paragraphs.size();
    // Weights: Latin letters and Han characters (a Han character ≈ a Vietnamese syllable's letters).
    std::vector<long> latin(size_t(n) + 1, 0);
    std::vector<long> han(size_t(n) + 1, 0);
    for (qsizetype i = 0; i < n; ++i) {
        const QString text = paragraphs[i].text();
        const ScriptCounts counts = ScriptClassifier::count(text);
        // A short line with both scripts is a name given in both forms ("Nguyen Phuong Thao 阮芳草"): Chinese
        // versions write them, Vietnamese ones do not, so it counts for the Chinese side only.
        const bool bilingualName = counts.han >= 2 && text.size() <= 60;
        latin[size_t(i) + 1] = latin[size_t(i)] + (bilingualName ? 0 : counts.latin);
        han[size_t(i) + 1] = han[size_t(i)] + long(counts.han) * ScriptClassifier::HanWeight;
    }
    const long totalLatin = latin[size_t(n)];
    const long totalHan = han[size_t(n)];
    const long total = totalLatin + totalHan;

    auto single = [&](Language language) {
        QList<LanguageBlock> blocks;
        if (n > 0)
            blocks.append({ language, paragraphs });
        return blocks;
    };
    if (total == 0)
        return single(Language::Vietnamese);
    if (double(totalHan) < MinorityShare * double(total))
        return single(Language::Vietnamese);
    if (double(totalLatin) < MinorityShare * double(total))
        return single(Language::Chinese);

    // Best cut k: paragraphs [0, k) in one script, [k, n) in the other, in either order.
    long bestScore = -1;
    qsizetype bestCut = 0;
    bool vietnameseFirst = true;
    for (qsizetype k = 1; k < n; ++k) {
        const size_t cut = size_t(k);
        const long viFirst = latin[cut] + (totalHan - han[cut]);
        const long zhFirst = han[cut] + (totalLatin - latin[cut]);
        if (viFirst > bestScore) {
            bestScore = viFirst;
            bestCut = k;
            vietnameseFirst = true;
        }
        if (zhFirst > bestScore) {
            bestScore = zhFirst;
            bestCut = k;
            vietnameseFirst = false;
        }
    }
    const Language first = vietnameseFirst ? Language::Vietnamese : Language::Chinese;
    const Language second = vietnameseFirst ? Language::Chinese : Language::Vietnamese;
    return { LanguageBlock { first, paragraphs.mid(0, bestCut) }, LanguageBlock { second, paragraphs.mid(bestCut) } };
}

} // namespace concord
