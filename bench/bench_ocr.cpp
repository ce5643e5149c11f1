// Text recognition of scans: pages per minute and character accuracy (Vietnamese with its diacritics, Chinese)
// on the five sample agreements printed by Qt at 300 dpi, clean and with the noise an office adds (a page turned
// by 1°, strong JPEG compression, speckle, a red seal), and whether the scan parses into the same units as the
// text. Results go into docs/benchmarks.md ("Scanned agreements").
//
//   bench_ocr [--runs N] [--threads N] [--only 000]
#include "BenchSupport.h"
#include "import/ScanReader.h"
#include "support/ScanPages.h"

#include <QGuiApplication>

#include <cstdio>

using namespace concord;
using namespace concord::test;

namespace {

/// Kind, number and depth of every unit: what must come out the same from the scan as from the text.
QStringList skeleton(const ParsedFile& file)
{
    QStringList lines;
    for (const ParsedDocument& document : file.documents) {
        for (const LanguageVersion& version : document.versions) {
            for (const Unit& unit : version.units)
                lines.append(QStringLiteral("%1 %2 %3 %4")
                                 .arg(LanguageVersion::languageKey(version.language), Unit::kindKey(unit.kind))
                                 .arg(unit.label ? unit.label->value : 0)
                                 .arg(unit.level));
        }
    }
    return lines;
}

QString percent(double share)
{
    return share < 0 ? QStringLiteral("    –") : QString::asprintf("%5.1f%%", share * 100);
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&args](const QString& name, const QString& fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args[at + 1] : fallback;
    };
    const int runs = option(QStringLiteral("--runs"), QStringLiteral("3")).toInt();
    ScanOptions options;
    options.threads = option(QStringLiteral("--threads"), QStringLiteral("0")).toInt();
    const QString only = option(QStringLiteral("--only"), QString());

    std::printf("%-28s %5s %8s %9s %7s %7s  %s\n", "document", "pages", "seconds", "pages/min", "vi", "zh",
        "units as the text");
    const QDir dir(QStringLiteral(CONCORD_SAMPLES_DIR));
    int allPages = 0;
    double allSeconds = 0;
    for (const QString& name : dir.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name)) {
        if (!only.isEmpty() && !name.startsWith(only))
            continue;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        const QString text = QString::fromUtf8(file.readAll());
        const QList<QImage> pages = ScanPages::print(text);
        if (const QString out = qEnvironmentVariable("BENCH_OCR_PAGES"); !out.isEmpty()) {
            for (qsizetype p = 0; p < pages.size(); ++p)
                pages[p].save(QStringLiteral("%1/%2-%3.png").arg(out, name.left(3)).arg(p + 1));
        }
        Result<ScannedText> read = Error {};
        // Sample 000 several times (the median), the others once: a run reads every page.
        std::vector<double> times;
        for (int run = 0; run < (name.startsWith(QLatin1String("000")) ? runs : 1); ++run) {
            QElapsedTimer timer;
            timer.start();
            read = ScanReader::readPages(pages, 300, name, options);
            times.push_back(double(timer.nsecsElapsed()) / 1e9);
        }
        std::sort(times.begin(), times.end());
        const double seconds = times[times.size() / 2];
        if (!read) {
            std::printf("%s: %s\n", qPrintable(name), qPrintable(read.error().toString()));
            return 1;
        }
        if (const QString out = qEnvironmentVariable("BENCH_OCR_TEXT"); !out.isEmpty()) {
            QFile dump(out + QLatin1Char('/') + name);
            if (dump.open(QIODevice::WriteOnly))
                dump.write(read->text.toUtf8());
        }
        const ScanPages::Accuracy accuracy = ScanPages::accuracy(read->text, text);
        const auto fromScan = DocumentParser::parseText(read->text, name);
        const auto fromText = DocumentParser::parseText(text, name);
        const QStringList scanUnits = fromScan ? skeleton(fromScan.value()) : QStringList();
        const QStringList textUnits = fromText ? skeleton(fromText.value()) : QStringList();
        const bool same = fromScan && fromText && scanUnits == textUnits;
        if (!same && qEnvironmentVariableIsSet("BENCH_OCR_DIFF")) {
            for (qsizetype i = 0; i < std::max(scanUnits.size(), textUnits.size()); ++i) {
                if (scanUnits.value(i) != textUnits.value(i))
                    std::printf("  unit %lld: scan \"%s\", text \"%s\"\n", qlonglong(i), qPrintable(scanUnits.value(i)),
                        qPrintable(textUnits.value(i)));
            }
        }
        std::printf("%-28s %5lld %8.1f %9.1f %7s %7s  %s\n", qPrintable(name), qlonglong(pages.size()), seconds,
            pages.size() * 60.0 / seconds, qPrintable(percent(accuracy.vietnamese)),
            qPrintable(percent(accuracy.chinese)), same ? "yes" : "no");
        std::fflush(stdout);
        allPages += int(pages.size());
        allSeconds += seconds;
    }
    if (allSeconds > 0)
        std::printf("%-28s %5d %8.1f %9.1f\n", "all", allPages, allSeconds, allPages * 60.0 / allSeconds);

    // Noise, one Vietnamese and one Chinese page of sample 001.
    if (!only.isEmpty())
        return 0;
    QFile file(dir.filePath(QStringLiteral("001_21e0537984c48e62.txt")));
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const QString sample = QString::fromUtf8(file.readAll());
    const QString vi = ScanPages::firstParagraphs(sample, false, 2000);
    const QString zh = ScanPages::firstParagraphs(sample, true, 900);
    const struct
    {
        const char* name;
        ScanNoise noise;
    } variants[] = {
        { "clean", {} },
        { "turned by 1 degree", { 1.0, 0, 0, false } },
        { "JPEG quality 30", { 0, 30, 0, false } },
        { "speckle 0.4 %", { 0, 0, 0.004, false } },
        { "red seal over the text", { 0, 0, 0, true } },
        { "all four", { 1.0, 30, 0.004, true } },
    };
    std::printf("\n%-28s %7s %7s\n", "noise (one page each)", "vi", "zh");
    for (const auto& variant : variants) {
        ScanPages::Accuracy accuracy;
        for (const bool chinese : { false, true }) {
            const QString text = chinese ? zh : vi;
            const auto read
                = ScanReader::readPages({ ScanPages::addNoise(ScanPages::print(text).front(), variant.noise, 7) }, 300,
                    QStringLiteral("page"), options);
            const ScanPages::Accuracy one = read ? ScanPages::accuracy(read->text, text) : ScanPages::Accuracy { 0, 0 };
            (chinese ? accuracy.chinese : accuracy.vietnamese) = chinese ? one.chinese : one.vietnamese;
        }
        std::printf("%-28s %7s %7s\n", variant.name, qPrintable(percent(accuracy.vietnamese)),
            qPrintable(percent(accuracy.chinese)));
        std::fflush(stdout);
    }
    return 0;
}
