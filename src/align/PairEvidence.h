#pragma once

#include "align/ContentEvidence.h"

#include <QList>

namespace concord {

class LengthModel;
struct UnitFeatures;

/// What speaks for and against some Vietnamese units and some Chinese units saying the same thing, and
/// the probability that they do (score()).
struct PairEvidence
{
    ContentMatch content; ///< Sino-Vietnamese readings (ContentEvidence)
    double length = 0; ///< LengthModel::matchProbability of the summed lengths
    int numbering = 0; ///< +1 both numbered alike, −1 numbered differently, 0 otherwise
    bool sameKind = false;
    double tokens = 0; ///< Dice overlap of numbers, dates, places and Latin words (years alone left out)
    int tokenCount = 0; ///< those tokens on both sides together
    int tokensOnlyOneSide = 0; ///< numbers and dates found in one version only

    static PairEvidence of(
        const QList<const UnitFeatures*>& vi, const QList<const UnitFeatures*>& zh, const LengthModel& model);

    /// How much content evidence there is, in [0,1): a title of four characters says less than a paragraph
    /// of forty.
    double contentMass() const;

    /// The features score() weighs, in the order of Weights.
    QList<double> features() const;

    /// The probability that the pair is right, in [0,1]: a logistic model over features(), calibrated on
    /// known right pairs and known wrong ones (shifted and cross-document) by bench/calibrate_align, so
    /// that right pairs score ≥ 0.6 and wrong ones < 0.4 (docs/architecture.md, "Scores").
    double score() const;

    /// The weights of score(): intercept first, then one per feature.
    static const QList<double>& weights();

    /// The logistic model: 1 / (1 + e^−(w₀ + Σ wₖ₊₁·xₖ)) — score() with weights(), and the calibration with
    /// the weights it is fitting.
    static double logistic(const QList<double>& weights, const QList<double>& features);
};

} // namespace concord
