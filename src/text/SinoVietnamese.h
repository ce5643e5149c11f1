#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

namespace concord {

/// The Sino-Vietnamese readings of Han characters: 国 → quoc, 合 → hop, 广 → quang. Most Vietnamese words
/// of administration are Sino-Vietnamese, so a Chinese clause and its Vietnamese translation share readings
/// (合作 ↔ hợp tác, 谅山 ↔ Lạng Sơn, 阮 ↔ Nguyễn) — the aligner's evidence that two units say the same.
///
/// The table is data/sino-vietnamese.tsv, made by scripts/gen-sino-vietnamese.py from Unicode's Unihan
/// database (kVietnamese, reached through kTraditionalVariant/kSimplifiedVariant) and a short supplement.
/// Readings are folded as Fold::fold folds and then keyed by syllableKey(); each distinct key has an id.
class SinoVietnamese
{
public:
    static const SinoVietnamese& instance();

    /// The key a folded syllable is compared by: Fold::fold's output with a final `y` after a consonant
    /// written `i` (`ky`/`ki`, `ly`/`li`: Vietnamese spells both; Unihan mostly `i`).
    static QString syllableKey(QStringView folded);

    /// The id of a syllable key, or −1 when no character reads so.
    int syllable(QStringView key) const { return m_ids.value(key.toString(), -1); }
    /// The ids of the readings of \a han (a folded, simplified character); empty when the table has none.
    QList<int> readings(char32_t han) const { return m_readings.value(han); }
    bool hasReading(char32_t han) const { return m_readings.contains(han); }
    /// The key of an id, for messages and tests.
    QString key(int id) const { return m_keys.value(id); }

    /// How many characters the table reads.
    qsizetype size() const { return m_readings.size(); }

    /// Whether the run of Han characters \a han reads, character by character, as the folded Vietnamese
    /// syllables \a syllables: 阮春福 reads as "nguyen xuan phuc" (a person's name in both forms).
    bool readsAs(QStringView han, QStringView syllables) const;

private:
    SinoVietnamese();

    QHash<QString, int> m_ids;
    QList<QString> m_keys;
    QHash<char32_t, QList<int>> m_readings;
};

} // namespace concord
