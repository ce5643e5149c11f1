// Fold throughput: Concord's table fold against ICU's generic Transliterator on the same Vietnamese text,
// and a check that the fold equals its ICU definition (Fold::reference) on every line of every sample.
// Exits 1 when the outputs differ or the fold is less than 10× the Transliterator's throughput.

#include "BenchSupport.h"
#include "text/Fold.h"
#include "text/ScriptClassifier.h"

#include <QElapsedTimer>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

using namespace concord;
using namespace concord::bench;

int main()
{
    constexpr int Runs = 7;
    const std::vector<QByteArray> files = sampleFiles();

    QElapsedTimer tableTimer;
    tableTimer.start();
    Fold::prepare();
    std::printf("fold table built in %.0f ms (once per process)\n", double(tableTimer.nsecsElapsed()) / 1e6);

    // 1. Identical output on every character of the samples, line by line and whole.
    qsizetype lines = 0;
    qsizetype characters = 0;
    QString vietnamese;
    for (const QByteArray& file : files) {
        const QString text = QString::fromUtf8(file);
        for (const QString& line : text.split(QLatin1Char('\n'))) {
            ++lines;
            characters += line.size();
            if (Fold::fold(line) != Fold::reference(line)) {
                std::fprintf(stderr, "fold differs from ICU on: %s\n", qPrintable(line));
                return 1;
            }
            if (ScriptClassifier::count(line).han == 0)
                vietnamese += line + QLatin1Char('\n');
        }
        if (Fold::fold(text) != Fold::reference(text)) {
            std::fprintf(stderr, "fold differs from ICU on a whole sample\n");
            return 1;
        }
    }
    std::printf("fold == ICU reference on all %lld lines (%lld characters) of %zu samples\n",
        static_cast<long long>(lines), static_cast<long long>(characters), files.size());

    // 2. Throughput on the Vietnamese lines of the samples, repeated to 4 MB of UTF-8, one line at a time as
    //    search and alignment fold them. (The Transliterator is far slower still on one long string: its
    //    replacements shift the rest of the buffer.)
    QStringList lineList;
    while (qsizetype(lineList.join(QLatin1Char('\n')).size()) < 4'000'000 / 2)
        lineList += vietnamese.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    qsizetype bytes = 0;
    std::vector<icu::UnicodeString> icuLines;
    for (const QString& line : lineList) {
        bytes += line.toUtf8().size();
        icuLines.emplace_back(reinterpret_cast<const UChar*>(line.utf16()), int32_t(line.size()));
    }

    const double foldSeconds = medianSeconds(Runs, [&] {
        for (const QString& line : lineList)
            keep(Fold::fold(line));
    });
    const double fold = report("Concord Fold::fold (Vietnamese lines)", bytes, foldSeconds, Runs);

    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> marks(
        icu::Transliterator::createInstance("NFD; [:Nonspacing Mark:] Remove; NFC", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) {
        std::fprintf(stderr, "ICU Transliterator: %s\n", u_errorName(status));
        return 1;
    }
    const double icuSeconds = medianSeconds(Runs, [&] {
        for (const icu::UnicodeString& line : icuLines) {
            icu::UnicodeString copy(line);
            marks->transliterate(copy);
            keptSize = copy.length();
        }
    });
    const double icu = report("ICU Transliterator \"NFD; [:Nonspacing Mark:] Remove; NFC\"", bytes, icuSeconds, Runs);

    const double referenceSeconds = medianSeconds(3, [&] {
        for (const QString& line : lineList)
            keep(Fold::reference(line));
    });
    report("ICU full generic fold (Fold::reference)", bytes, referenceSeconds, 3);

    const double ratio = fold / icu;
    std::printf("fold / Transliterator throughput: %.1fx (required: at least 10x)\n", ratio);
    return ratio >= 10.0 ? 0 : 1;
}
