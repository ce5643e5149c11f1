#pragma once

#include <optional>
#include <utility>
#include <vector>

namespace concord {

/// Gale & Church's length model between the Vietnamese and Chinese versions of a text:
/// a Chinese unit is expected to have ratio × (Vietnamese length) characters, with a variance that grows
/// with the length, so δ = (zh − ratio·vi) / √(vi·variance) is roughly standard normal for true pairs.
/// The ratio and variance are estimated from known pairs (fit()), never guessed.
class LengthModel
{
public:
    LengthModel(double ratio, double variance);

    /// Least-squares estimate from pairs of (Vietnamese length, Chinese length) that are known to
    /// translate each other: ratio = Σzh / Σvi, variance = Σ(zh − ratio·vi)² / Σvi.
    /// nullopt when the pairs hold no Vietnamese text at all.
    static std::optional<LengthModel> fit(const std::vector<std::pair<int, int>>& pairs);

    double ratio() const { return m_ratio; }
    double variance() const { return m_variance; }

    /// δ for a candidate pair.
    double delta(int viLength, int zhLength) const;
    /// Two-sided probability of a deviation at least this large, in [0,1]: 1 for a perfect length match.
    double matchProbability(int viLength, int zhLength) const;

private:
    double m_ratio;
    double m_variance;
};

} // namespace concord
