#pragma once

#include <QRegularExpression>

namespace concord {

/// The words ClauseReader reads a clause by, in Vietnamese and Chinese. Vietnamese patterns run on folded text (no
/// case, no marks, đ → d), so OCR'd text without diacritics reads the same as typed text; Chinese patterns run on
/// the folded text too (Simplified, half-width digits).
struct ClausePatterns
{
    /// Leading adverbials and circumstances that come before the subject.
    static const QRegularExpression& viLead();
    static const QRegularExpression& zhLead();
    /// Verbs of undertaking. The first one ends the subject.
    static const QRegularExpression& viVerb();
    static const QRegularExpression& zhVerb();
    /// History, results and praise: a clause whose main verb is in the past, or that praises, undertakes nothing.
    static const QRegularExpression& viPraise();
    static const QRegularExpression& zhPraise();
    /// Statements of view rather than undertakings: when one of these is the main verb, the clause promises nothing.
    static const QRegularExpression& viStance();
    static const QRegularExpression& zhStance();
    /// Words that make an undertaking of a bare verb: the future, continuing, agreeing to.
    static const QRegularExpression& viPromise();
    static const QRegularExpression& zhPromise();
    /// Passive agent: "do phía Quảng Tây chi trả", "由中国广西承担".
    static const QRegularExpression& viAgent();
    static const QRegularExpression& zhAgent();
    /// A number of things with their unit: `110 suất học bổng`, `15 - 20 người`, `共 80 人`.
    static const QRegularExpression& viQuantity();
    static const QRegularExpression& zhQuantity();
};

} // namespace concord
