#include "align/LengthModel.h"
#include "support/CatchQt.h"

using namespace concord;
using Catch::Detail::Approx;

TEST_CASE("align: length model fits ratio and variance by least squares", "[align]")
{
    // Chinese is about a third of the Vietnamese length, with some spread.
    const std::vector<std::pair<int, int>> pairs { { 300, 100 }, { 600, 210 }, { 150, 45 }, { 450, 145 } };
    const auto model = LengthModel::fit(pairs);
    REQUIRE(model);
    CHECK(model->ratio() == Approx(500.0 / 1500.0));
    // Σ(zh − r·vi)² / Σvi = (0² + 10² + 5² + 5²) / 1500
    CHECK(model->variance() == Approx(150.0 / 1500.0));
}

TEST_CASE("align: length model cannot be fitted without Vietnamese text", "[align]")
{
    CHECK_FALSE(LengthModel::fit({}).has_value());
    CHECK_FALSE(LengthModel::fit({ { 0, 40 } }).has_value());
}

TEST_CASE("align: length probability is highest for the expected length", "[align]")
{
    const LengthModel model(0.33, 1.0);
    CHECK(model.matchProbability(300, 99) == Approx(1.0));
    CHECK(model.delta(300, 99) == Approx(0.0).margin(1e-12));
    // Farther from the expected length: less probable, symmetric in the sign of the deviation.
    CHECK(model.matchProbability(300, 120) < model.matchProbability(300, 105));
    CHECK(model.matchProbability(300, 99 + 17) == Approx(model.matchProbability(300, 99 - 17)));
    // δ = (220 − 0.5·400) / √(400·1) = 1 → P(|Z| ≥ 1) = 0.31731
    CHECK(LengthModel(0.5, 1.0).matchProbability(400, 220) == Approx(0.31731).epsilon(1e-4));
    // A Chinese paragraph ten times too long is no match.
    CHECK(model.matchProbability(100, 330) < 1e-6);
}
