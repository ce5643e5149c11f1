#include "store/AlignmentSession.h"

#include "align/AlignmentDiff.h"
#include "model/Clock.h"
#include "store/Database.h"

namespace concord {

AlignmentSession::AlignmentSession(Database& database, const Gazetteer& gazetteer, const Clock& clock)
    : m_database(database)
    , m_gazetteer(gazetteer)
    , m_clock(clock)
{ }

Result<void> AlignmentSession::open(qint64 agreementId)
{
    auto loaded = AlignmentStore(m_database).load(agreementId);
    if (!loaded)
        return loaded.error();
    m_agreement = std::move(loaded).value();
    m_agreementId = agreementId;
    m_scorer.reset();
    return reloadCommitments();
}

void AlignmentSession::close()
{
    m_agreementId = 0;
    m_agreement = StoredAgreement();
    m_scorer.reset();
    m_commitments.clear();
}

Result<void> AlignmentSession::reloadCommitments()
{
    CommitmentFilter filter;
    filter.agreementId = m_agreementId;
    auto list = CommitmentStore(m_database, m_gazetteer).list(filter);
    if (!list)
        return list.error();
    m_commitments = std::move(list).value();
    return {};
}

void AlignmentSession::adoptScorer(qint64 agreementId, const AlignedVersions& versions, AlignmentScorer scorer)
{
    // Made on a worker from the versions as they were opened: no use once another agreement is open or an
    // edit has changed the units.
    if (agreementId == m_agreementId && !m_scorer && versions.vi.units == m_agreement.versions.vi.units
        && versions.zh.units == m_agreement.versions.zh.units)
        m_scorer = std::move(scorer);
}

Result<AlignmentEdit> AlignmentSession::apply(const AlignmentEdit& edit, const QString& who)
{
    if (!isOpen())
        return Error { m_database.path(), 0, -1, tr("No agreement is open.") };
    auto applied = AlignmentEdits::apply(m_agreement.versions, edit);
    if (!applied)
        return Error { m_database.path(), 0, -1, tr("This change does not apply to the selected pair.") };
    AlignedVersions& after = applied->state;
    const AlignedVersions& before = m_agreement.versions;
    const AlignmentDiff diff = AlignmentDiff::of(before, after);
    if (!m_scorer)
        m_scorer = AlignmentScorer(before.vi, before.zh, m_gazetteer);
    // Score the pairs the edit changed (they come back with 0); the others keep their scores, so that undo
    // gives back exactly what was there. A split or a join reads the features of the units it made.
    std::optional<AlignmentScorer> updated;
    if (!diff.vi.isEmpty() || !diff.zh.isEmpty()) {
        updated = *m_scorer;
        for (const Language language : { Language::Vietnamese, Language::Chinese }) {
            const ListChange& units = diff.units(language);
            if (!units.isEmpty())
                updated->unitsReplaced(language == Language::Chinese ? after.zh : after.vi, units.first, units.removed,
                    units.inserted, m_gazetteer);
        }
    }
    (updated ? *updated : *m_scorer).scoreUnscored(after.alignment, diff.pairs.first, diff.pairs.inserted);
    const auto saved
        = AlignmentStore(m_database).save(m_agreementId, before, after, who, m_clock.now(), m_agreement.header.version);
    if (!saved)
        return saved.error();
    m_agreement.header.version = saved->version;
    // The store wrote only what changed; the open agreement follows it the same way.
    const ListChange& pairs = saved->diff.pairs;
    m_agreement.versions = std::move(after);
    if (updated)
        m_scorer = std::move(updated);
    QList<QString>& confirmedBy = m_agreement.confirmedBy;
    confirmedBy.remove(pairs.first, std::min<qsizetype>(pairs.removed, confirmedBy.size() - pairs.first));
    for (qsizetype k = 0; k < saved->confirmedBy.size(); ++k)
        confirmedBy.insert(pairs.first + k, saved->confirmedBy[k]);
    for (StoredCommitment& c : m_commitments) {
        if (c.found.pair < 0)
            continue;
        const int now = pairs.map(c.found.pair);
        c.found.pair = now >= 0 ? now : saved->commitmentPairs.value(c.id, -1);
    }
    m_lastChange = pairs;
    return applied->inverse;
}

QList<StoredCommitment> AlignmentSession::commitmentsOf(int pair) const
{
    QList<StoredCommitment> list;
    for (const StoredCommitment& c : m_commitments) {
        if (c.found.pair == pair)
            list.append(c);
    }
    return list;
}

} // namespace concord
