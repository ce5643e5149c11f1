#include "align/LengthModel.h"

#include <algorithm>
#include <cmath>

namespace concord {

namespace {
constexpr double MinVariance = 1e-6;
}

LengthModel::LengthModel(double ratio, double variance)
    : m_ratio(ratio)
    , m_variance(std::max(variance, MinVariance))
{ }

std::optional<LengthModel> LengthModel::fit(const std::vector<std::pair<int, int>>& pairs)
{
    double sumVi = 0;
    double sumZh = 0;
    for (const auto& [vi, zh] : pairs) {
        sumVi += vi;
        sumZh += zh;
    }
    if (sumVi <= 0)
        return std::nullopt;
    const double ratio = sumZh / sumVi;
    double squares = 0;
    for (const auto& [vi, zh] : pairs) {
        const double deviation = zh - ratio * vi;
        squares += deviation * deviation;
    }
    return LengthModel(ratio, squares / sumVi);
}

double LengthModel::delta(int viLength, int zhLength) const
{
    // A zero-length side still has a spread: treat it as one character so δ stays finite.
    const double scale = std::sqrt(std::max(viLength, 1) * m_variance);
    return (zhLength - m_ratio * viLength) / scale;
}

double LengthModel::matchProbability(int viLength, int zhLength) const
{
    return std::erfc(std::abs(delta(viLength, zhLength)) / std::sqrt(2.0));
}

} // namespace concord
