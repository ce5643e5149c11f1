#include "align/ContentEvidence.h"

#include "align/UnitFeatures.h"
#include "text/Fold.h"
#include "text/SinoVietnamese.h"

#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <vector>

namespace concord {

namespace {

bool isHan(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2EBEF);
}

std::uint64_t pairKey(std::uint32_t a, std::uint32_t b)
{
    return (std::uint64_t(a) << 32) | b;
}

/// The ids a text is made of, in order; 0xFFFFFFFF where a run breaks (punctuation, an unknown word).
QList<std::uint32_t> sequenceOf(QStringView folded, bool vietnamese)
{
    constexpr std::uint32_t Break = 0xFFFFFFFF;
    const SinoVietnamese& table = SinoVietnamese::instance();
    QList<std::uint32_t> sequence;
    if (vietnamese) {
        qsizetype start = -1;
        for (qsizetype k = 0; k <= folded.size(); ++k) {
            const bool letter = k < folded.size() && folded[k].isLetter();
            if (letter && start < 0)
                start = k;
            if (letter || start < 0)
                continue;
            const int id = table.syllable(SinoVietnamese::syllableKey(QStringView(folded).mid(start, k - start)));
            sequence.append(id >= 0 ? std::uint32_t(id) : Break);
            if (k < folded.size() && folded[k] != u' ')
                sequence.append(Break);
            start = -1;
        }
    } else {
        for (const uint c : folded.toUcs4())
            sequence.append(isHan(c) && table.hasReading(c) ? std::uint32_t(c) : Break);
    }
    return sequence;
}

/// Items for words of the genre: ids from GlossaryBase on, one per line of data/align-glossary.tsv. Syllable
/// ids lie below it (there are a few thousand), so syllables and glossary items share one dense id space.
constexpr std::uint32_t GlossaryBase = 1u << 16;
constexpr std::uint32_t GlossaryMax = 4096;

/// Marks for "this id is on that side" without a search: an id is marked when its stamp is the current
/// epoch, so clearing is one increment.
struct Marks
{
    std::vector<std::uint32_t> stamp = std::vector<std::uint32_t>(GlossaryBase + GlossaryMax, 0);
    std::uint32_t epoch = 0;

    void clear()
    {
        if (++epoch == 0) {
            std::fill(stamp.begin(), stamp.end(), 0);
            epoch = 1;
        }
    }
    void mark(std::uint32_t id)
    {
        if (id < stamp.size())
            stamp[id] = epoch;
    }
    bool has(std::uint32_t id) const { return id < stamp.size() && stamp[id] == epoch; }
};

struct GlossaryEntry
{
    QString chinese;
    QStringList vietnamese; ///< folded, between spaces
};

const QList<GlossaryEntry>& glossary()
{
    static const QList<GlossaryEntry> entries = [] {
        QList<GlossaryEntry> list;
        QFile file(QStringLiteral(":/concord/data/align-glossary.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("ContentEvidence: the built-in glossary is missing");
        for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1Char('#')) || !line.contains(QLatin1Char('\t')))
                continue;
            GlossaryEntry entry { Fold::fold(line.section(QLatin1Char('\t'), 0, 0)), {} };
            for (const QString& v : line.section(QLatin1Char('\t'), 1).split(QLatin1Char('|')))
                entry.vietnamese.append(QLatin1Char(' ') + Fold::fold(v.trimmed()) + QLatin1Char(' '));
            list.append(entry);
        }
        if (list.size() > qsizetype(GlossaryMax))
            qFatal("ContentEvidence: the glossary has more than %u words", GlossaryMax);
        return list;
    }();
    return entries;
}

/// The glossary entries indexed by what they start with: the first Chinese character, the first Vietnamese
/// word; a text is searched only for the entries whose start it holds.
struct GlossaryIndex
{
    QHash<QChar, QList<int>> byCharacter;
    QHash<QString, QList<std::pair<int, QString>>> byWord; ///< first word → (entry, phrase between spaces)
};

const GlossaryIndex& glossaryIndex()
{
    static const GlossaryIndex index = [] {
        GlossaryIndex built;
        const QList<GlossaryEntry>& entries = glossary();
        for (int k = 0; k < entries.size(); ++k) {
            if (!entries[k].chinese.isEmpty())
                built.byCharacter[entries[k].chinese.front()].append(k);
            for (const QString& phrase : entries[k].vietnamese)
                built.byWord[phrase.section(QLatin1Char(' '), 1, 1)].append({ k, phrase });
        }
        return built;
    }();
    return index;
}

/// The glossary items the folded text \a folded holds.
QList<std::uint32_t> glossaryItems(QStringView folded, bool vietnamese)
{
    QList<std::uint32_t> items;
    const GlossaryIndex& index = glossaryIndex();
    const QList<GlossaryEntry>& entries = glossary();
    auto add = [&items](int k) {
        const std::uint32_t id = GlossaryBase + std::uint32_t(k);
        if (!items.contains(id))
            items.append(id);
    };
    if (vietnamese) {
        // The text as " word word … ", words looked up in place (no copy of each word, no set of them).
        QString words;
        words.reserve(folded.size() + 2);
        words += QLatin1Char(' ');
        bool space = true;
        for (const QChar c : folded) {
            const bool letter = c.isLetter();
            if (letter)
                words += c;
            else if (!space)
                words += QLatin1Char(' ');
            space = !letter;
        }
        if (!space)
            words += QLatin1Char(' ');
        qsizetype start = 1;
        for (qsizetype k = 1; k < words.size(); ++k) {
            if (words[k] != u' ')
                continue;
            const QString word = QString::fromRawData(words.constData() + start, k - start);
            start = k + 1;
            const auto it = index.byWord.constFind(word);
            if (it == index.byWord.cend())
                continue;
            for (const auto& [entry, phrase] : *it) {
                if (words.contains(phrase))
                    add(entry);
            }
        }
    } else {
        QSet<QChar> seen;
        for (const QChar c : folded) {
            if (seen.contains(c))
                continue;
            seen.insert(c);
            const auto it = index.byCharacter.constFind(c);
            if (it == index.byCharacter.cend())
                continue;
            for (const int k : *it) {
                if (folded.contains(entries[k].chinese))
                    add(k);
            }
        }
    }
    std::sort(items.begin(), items.end());
    return items;
}

bool containsPair(const QList<std::uint64_t>& sorted, std::uint64_t key)
{
    return std::binary_search(sorted.cbegin(), sorted.cend(), key);
}

} // namespace

double ContentMatch::similarity() const
{
    return 0.8 * std::min(chineseCovered, vietnameseCovered) + 0.2 * bigramsCovered;
}

namespace {

constexpr std::uint32_t Break = 0xFFFFFFFF;

/// Each text's items in reading order, glossary items after a break (they count as items, never as parts of
/// a bigram).
QList<QList<std::uint32_t>> sequencesOf(const QList<QString>& texts, bool vietnamese)
{
    QList<QList<std::uint32_t>> sequences;
    sequences.reserve(texts.size());
    for (const QString& text : texts) {
        sequences.append(sequenceOf(text, vietnamese));
        for (const std::uint32_t item : glossaryItems(text, vietnamese))
            sequences.back() << Break << item;
    }
    return sequences;
}

ContentWeights countOf(const QList<QList<std::uint32_t>>& sequences)
{
    ContentWeights weights;
    weights.units = int(sequences.size());
    for (const QList<std::uint32_t>& sequence : sequences) {
        QList<std::uint32_t> distinct = sequence;
        std::sort(distinct.begin(), distinct.end());
        distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
        for (const std::uint32_t id : distinct) {
            if (id != Break)
                ++weights.documentFrequency[id];
        }
    }
    return weights;
}

QList<ContentProfile> profilesOf(
    const QList<QList<std::uint32_t>>& sequences, bool vietnamese, const ContentWeights& weights)
{
    const QHash<std::uint32_t, int>& documentFrequency = weights.documentFrequency;
    const double units = double(qMax(1, weights.units));
    const SinoVietnamese& table = SinoVietnamese::instance();
    QList<ContentProfile> profiles;
    profiles.reserve(sequences.size());
    for (const QList<std::uint32_t>& sequence : sequences) {
        ContentProfile profile;
        QList<std::uint32_t> distinct = sequence;
        std::sort(distinct.begin(), distinct.end());
        distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
        profile.items.reserve(distinct.size());
        for (const std::uint32_t id : distinct) {
            if (id == Break)
                continue;
            // Rarity: log(1 + N/df)², so what every unit says (hai bên, 双方) hardly counts; at least a little,
            // so a document of one unit still has evidence.
            const double idf = std::log(1.0 + units / documentFrequency.value(id, 1));
            profile.items.append({ id, float(idf * idf + 0.01) });
        }
        for (qsizetype k = 0; k + 1 < sequence.size(); ++k) {
            if (sequence[k] != Break && sequence[k + 1] != Break)
                profile.bigrams.append(pairKey(sequence[k], sequence[k + 1]));
        }
        std::sort(profile.bigrams.begin(), profile.bigrams.end());
        profile.bigrams.erase(std::unique(profile.bigrams.begin(), profile.bigrams.end()), profile.bigrams.end());
        if (!vietnamese) {
            for (const ContentProfile::Weighted& item : profile.items) {
                profile.itemReadingStart.append(int(profile.itemReadings.size()));
                if (item.id >= GlossaryBase)
                    profile.itemReadings.append(int(item.id)); // a Vietnamese glossary item is read by this word
                else
                    profile.itemReadings.append(table.readings(item.id));
            }
            profile.itemReadingStart.append(int(profile.itemReadings.size()));
            profile.readings = profile.itemReadings;
            std::sort(profile.readings.begin(), profile.readings.end());
            profile.readings.erase(
                std::unique(profile.readings.begin(), profile.readings.end()), profile.readings.end());
            for (const std::uint64_t bigram : profile.bigrams) {
                profile.bigramStart.append(int(profile.bigramKeys.size()));
                const QList<int> first = table.readings(std::uint32_t(bigram >> 32));
                const QList<int> second = table.readings(std::uint32_t(bigram & 0xFFFFFFFF));
                for (const int a : first) {
                    for (const int b : second)
                        profile.bigramKeys.append(pairKey(std::uint32_t(a), std::uint32_t(b)));
                }
            }
            profile.bigramStart.append(int(profile.bigramKeys.size()));
        }
        profiles.append(profile);
    }
    return profiles;
}

} // namespace

QList<ContentProfile> ContentEvidence::profiles(const QList<QString>& texts, bool vietnamese, ContentWeights* counted)
{
    const QList<QList<std::uint32_t>> sequences = sequencesOf(texts, vietnamese);
    ContentWeights weights = countOf(sequences);
    QList<ContentProfile> list = profilesOf(sequences, vietnamese, weights);
    if (counted)
        *counted = std::move(weights);
    return list;
}

QList<ContentProfile> ContentEvidence::profiles(
    const QList<QString>& texts, bool vietnamese, const ContentWeights& weights)
{
    return profilesOf(sequencesOf(texts, vietnamese), vietnamese, weights);
}

ContentMatch ContentEvidence::match(const QList<const UnitFeatures*>& vi, const QList<const UnitFeatures*>& zh)
{
    ContentMatch result;
    thread_local Marks viMarks;
    thread_local Marks zhMarks;
    viMarks.clear();
    zhMarks.clear();
    for (const UnitFeatures* f : vi) {
        for (const ContentProfile::Weighted& item : f->content.items)
            viMarks.mark(item.id);
    }
    for (const UnitFeatures* f : zh) {
        for (const int reading : f->content.readings)
            zhMarks.mark(std::uint32_t(reading));
    }
    auto viHas = [&](int syllable) { return viMarks.has(std::uint32_t(syllable)); };
    auto viHasPair = [&](std::uint64_t key) {
        for (const UnitFeatures* f : vi) {
            if (containsPair(f->content.bigrams, key))
                return true;
        }
        return false;
    };
    auto zhReads = [&](int syllable) { return zhMarks.has(std::uint32_t(syllable)); };
    double total = 0;
    double covered = 0;
    int bigrams = 0;
    int read = 0;
    for (const UnitFeatures* f : zh) {
        const ContentProfile& p = f->content;
        result.characters += int(p.items.size());
        for (qsizetype k = 0; k < p.items.size(); ++k) {
            total += p.items[k].weight;
            for (int r = p.itemReadingStart[k]; r < p.itemReadingStart[k + 1]; ++r) {
                if (viHas(p.itemReadings[r])) {
                    covered += p.items[k].weight;
                    break;
                }
            }
        }
        for (qsizetype k = 0; k + 1 < p.bigramStart.size(); ++k) {
            ++bigrams;
            for (int r = p.bigramStart[k]; r < p.bigramStart[k + 1]; ++r) {
                const std::uint64_t key = p.bigramKeys[r];
                // Both syllables must be there before the pair is searched for.
                if (viMarks.has(std::uint32_t(key >> 32)) && viMarks.has(std::uint32_t(key & 0xFFFFFFFF))
                    && viHasPair(key)) {
                    ++read;
                    break;
                }
            }
        }
    }
    result.chineseCovered = total > 0 ? covered / total : 0;
    result.bigramsCovered = bigrams > 0 ? double(read) / bigrams : 0;
    total = 0;
    covered = 0;
    for (const UnitFeatures* f : vi) {
        for (const ContentProfile::Weighted& s : f->content.items) {
            total += s.weight;
            if (zhReads(int(s.id)))
                covered += s.weight;
        }
    }
    result.vietnameseCovered = total > 0 ? covered / total : 0;
    return result;
}

} // namespace concord
