#pragma once

#include <QHash>
#include <QList>

#include <cstdint>

namespace concord {

struct UnitFeatures;

/// What a unit says, as the aligner compares it across languages through Sino-Vietnamese readings
/// (SinoVietnamese): a Vietnamese unit's syllables that some character reads as, a Chinese unit's characters
/// that have a reading, each weighted by its rarity in its version (inverse document frequency over the
/// version's units, squared, so 合作 in one paragraph of twenty weighs far more than 双方 in all of them), and
/// the words of the genre whose Vietnamese is not their reading (旅游 ↔ du lịch, 举办 ↔ tổ chức), from
/// data/align-glossary.tsv, as one item each on both sides.
struct ContentProfile
{
    struct Weighted
    {
        std::uint32_t id; ///< a syllable id (Vietnamese) or a character (Chinese)
        float weight;
    };
    QList<Weighted> items; ///< distinct, sorted by id
    QList<int> readings; ///< Chinese: every reading id of every character, sorted, distinct
    /// Chinese: the reading ids of items[k] are itemReadings[itemReadingStart[k] .. itemReadingStart[k + 1])
    /// (a glossary item "reads" as itself), laid out flat so a comparison looks nothing up.
    QList<int> itemReadings;
    QList<int> itemReadingStart;
    /// Vietnamese: adjacent syllable pairs, sorted. Chinese: for each pair of adjacent characters, the
    /// syllable pairs it may read as, bigramKeys[bigramStart[k] .. bigramStart[k + 1]).
    QList<std::uint64_t> bigrams;
    QList<std::uint64_t> bigramKeys;
    QList<int> bigramStart;

    bool isEmpty() const { return items.isEmpty(); }
};

/// How well the content of some Vietnamese units and some Chinese units matches.
struct ContentMatch
{
    double chineseCovered = 0; ///< weighted share of the Chinese characters read by a Vietnamese syllable
    double vietnameseCovered = 0; ///< weighted share of the Vietnamese syllables that a character reads as
    double bigramsCovered = 0; ///< share of adjacent Chinese characters read as adjacent Vietnamese syllables
    int characters = 0; ///< Chinese characters with a reading on the Chinese side (the evidence's size)

    /// One figure in [0,1]: the smaller of the two coverages (a unit that translates half of the other is
    /// not its translation), with words (bigrams) counting a fifth.
    double similarity() const;
};

/// How often each item occurs in a version's units: what the rarity weights of ContentProfile come from.
struct ContentWeights
{
    QHash<std::uint32_t, int> documentFrequency; ///< item → units that have it
    int units = 0;
};

class ContentEvidence
{
public:
    /// The profiles of one version's units (Vietnamese when \a vietnamese, else Chinese), from the unit
    /// texts without labels, already folded (Fold::fold), weighted over those units; their counts go to
    /// \a counted when given.
    static QList<ContentProfile> profiles(
        const QList<QString>& texts, bool vietnamese, ContentWeights* counted = nullptr);
    /// The profiles of some units of a version, weighted by the counts of the whole version (\a weights):
    /// a unit changed by an edit weighs its items as its neighbours do.
    static QList<ContentProfile> profiles(const QList<QString>& texts, bool vietnamese, const ContentWeights& weights);

    static ContentMatch match(const QList<const UnitFeatures*>& vi, const QList<const UnitFeatures*>& zh);
};

} // namespace concord
