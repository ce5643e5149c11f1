#pragma once

#include "model/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace concord {

/// A place or party the documents name, with its names in both languages.
struct Place
{
    QString id; ///< stable key, e.g. "guangxi", "quang-ninh"
    QString kind; ///< "country", "region", "province", "city"
    QStringList vietnamese; ///< the first is the display name
    QStringList chinese;
    QString within; ///< id of the place it lies in, if any
    QString mergedInto; ///< id of the province it was merged into (2025 mergers)
    QDate mergedOn;
};

/// A place found in a text: which one, and where (in the original text).
struct PlaceMention
{
    QString id;
    qsizetype start = 0;
    qsizetype length = 0;
};

/// The gazetteer in data/gazetteer.json (built into the program as a resource): Vietnamese provinces and
/// Chinese regions and cities with their short and long names and aliases in both languages, and the 2025
/// provincial mergers. Names are matched on folded text, longest first, so `Khu tự trị dân tộc Choang
/// Quảng Tây` is one mention and `quang tay` finds `Quảng Tây`.
class Gazetteer
{
    Q_DECLARE_TR_FUNCTIONS(concord::Gazetteer)

public:
    /// The gazetteer shipped with Concord.
    static const Gazetteer& builtIn();
    static Result<Gazetteer> fromJson(const QByteArray& json, const QString& fileName);

    const QList<Place>& places() const { return m_places; }
    const Place* place(const QString& id) const;
    /// Every place named in \a text, in order, without overlaps.
    QList<PlaceMention> find(QStringView text) const;
    /// The places a text damaged by OCR names (ids, in the order named): besides what find() finds, Vietnamese names
    /// of two syllables or more whose syllables each start with the right letter and are one letter off (two for a
    /// syllable of four letters or more that also ends right): "Quing Tiy", "Cao Biing" → Quảng Tây, Cao Bằng. Only
    /// for text known to be OCR output: typed text does not need it.
    QStringList findApproximate(QStringView text) const;
    /// The place a name stands for (any language, any form), or nullptr.
    const Place* resolve(QStringView name) const;
    /// The country \a id lies in ("vietnam", "china"), following "in"; the id itself for a country, empty
    /// when unknown.
    QString country(const QString& id) const;
    /// The place that \a id is today, following mergers in force on \a day.
    const Place* current(const QString& id, const QDate& day) const;

private:
    struct Name
    {
        QString folded;
        int place;
        bool han;
    };
    QList<Place> m_places;
    QList<Name> m_names; ///< longest first
    QHash<char16_t, QList<int>> m_byFirst; ///< indices into m_names by their first folded character
};

} // namespace concord
