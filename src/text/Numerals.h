#pragma once

#include <QStringView>

#include <optional>

namespace concord {

/// Values of the numerals agreements number their parts with.
class Numerals
{
public:
    /// Chinese numerals 1–9999 in positional form (`二十三`, `一百零五`, `两千零二十六`, `十二`) or digit by digit
    /// (`二〇二六`, as in years). Digits: 零〇一二两三四五六七八九, units: 十百千. nullopt when malformed
    /// (`十十`, `三百千`), empty, or above 9999; `零`/`〇` alone is 0.
    static std::optional<int> chinese(QStringView text);

    /// Roman numerals 1–3999 in canonical form (`IV`, `XLII`, `MMMCMXCIX`), either case. nullopt for
    /// non-canonical or malformed ones (`IIII`, `IIL`, `VX`).
    static std::optional<int> roman(QStringView text);

    /// An OCR reading of a Roman numeral with look-alikes (`1`, `l`, `|` for I; `0` for O is not Roman):
    /// the value when replacing them gives a canonical numeral (`I11` → 3), else nullopt.
    static std::optional<int> romanOcr(QStringView text);

    /// ASCII or full-width Arabic digits (`12`, `１２`); nullopt when anything else is there.
    static std::optional<int> arabic(QStringView text);
};

} // namespace concord
