#pragma once

#include "model/Structure.h"

#include <QList>
#include <QString>

namespace concord {

class Gazetteer;

/// Something one language version of a pair says that the other says differently or not at all: a number,
/// a date, a place or a person. Each cites the phrase of both versions (empty where a version lacks it).
struct ConsistencyIssue
{
    enum class Kind {
        Number,
        Date,
        Place,
        Person,
    };
    Kind kind = Kind::Number;
    QString vietnamese;
    QString chinese;

    static QString kindKey(Kind kind); ///< "number", "date", "place", "person"
    bool operator==(const ConsistencyIssue& other) const = default;
};

/// The cross-language checks of one aligned pair (DESIGN.md "Alignment", docs/architecture.md):
/// - numbers, Arabic or Chinese (`05 tỉnh` = `五省` = `5个省`), outside dates and labels: a value in one
///   version and not the other (`10 cán bộ` vs `6名干部`); a Chinese number the Vietnamese may have written in
///   words (`hai bên` for `两`, up to ten) is not flagged;
/// - dates (DateParser): a day or period in one version and not the other;
/// - places (Gazetteer): a place named in one version and not the other;
/// - people: a Vietnamese name (a surname from the common list and up to three more capitalised syllables)
///   whose Chinese form does not read back to it through Sino-Vietnamese readings (阮文山 ↔ Nguyễn Văn Sơn).
class ConsistencyCheck
{
public:
    static QList<ConsistencyIssue> check(
        const QList<const Unit*>& vi, const QList<const Unit*>& zh, const Gazetteer& gazetteer);

    /// The checks of every pair with both sides in \a alignment-like pairs of unit indices.
    static QList<ConsistencyIssue> checkUnits(const LanguageVersion& vi, const QList<int>& viUnits,
        const LanguageVersion& zh, const QList<int>& zhUnits, const Gazetteer& gazetteer);
};

} // namespace concord
