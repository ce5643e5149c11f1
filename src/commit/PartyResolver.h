#pragma once

#include "commit/ClauseReader.h"
#include "import/Gazetteer.h"

#include <QString>
#include <QStringList>

namespace concord {

/// Turns what a clause names into parties of the agreement: a country into the agreement's parties in it,
/// "các Bên" into all of them.
class PartyResolver
{
public:
    /// The places \a ids name, in Vietnamese, for messages.
    static QString names(const QStringList& ids, const Gazetteer& gazetteer);

    PartyResolver(const QStringList& parties, const Gazetteer& gazetteer)
        : m_parties(parties)
        , m_gazetteer(gazetteer)
    { }

    QStringList resolve(const ClauseFacts& facts) const
    {
        QStringList result;
        const auto add = [&result](const QStringList& ids) {
            for (const QString& id : ids) {
                if (!result.contains(id))
                    result.append(id);
            }
        };
        for (const QString& id : facts.actors)
            add(m_gazetteer.country(id) == id ? partiesIn(id) : QStringList { id });
        switch (facts.collective) {
        case Collective::All:
            if (facts.actors.isEmpty())
                add(m_parties);
            break;
        case Collective::Vietnamese:
            add(partiesIn(QStringLiteral("vietnam")));
            break;
        case Collective::Chinese:
            add(partiesIn(QStringLiteral("china")));
            break;
        case Collective::None:
            break;
        }
        return result;
    }

    QStringList counterparties(const ClauseFacts& facts, const QStringList& responsible) const
    {
        QStringList result;
        for (const QString& id : facts.others) {
            const QStringList ids = m_gazetteer.country(id) == id ? partiesIn(id) : QStringList { id };
            for (const QString& each : ids) {
                // A place named only as where something happens (a border gate's town) is not a counterparty.
                const bool party = m_parties.isEmpty() || m_parties.contains(each);
                if (party && !responsible.contains(each) && !result.contains(each))
                    result.append(each);
            }
        }
        return result;
    }

    QStringList all() const { return m_parties; }

private:
    QStringList partiesIn(const QString& country) const
    {
        QStringList result;
        for (const QString& party : m_parties) {
            if (m_gazetteer.country(party) == country && party != country)
                result.append(party);
        }
        return result.isEmpty() ? QStringList { country } : result;
    }

    QStringList m_parties;
    const Gazetteer& m_gazetteer;
};

} // namespace concord
