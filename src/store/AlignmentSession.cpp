#include "store/AlignmentSession.h"

#include "align/Aligner.h"
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
    return reloadCommitments();
}

void AlignmentSession::close()
{
    m_agreementId = 0;
    m_agreement = StoredAgreement();
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

Result<AlignmentEdit> AlignmentSession::apply(const AlignmentEdit& edit, const QString& who)
{
    if (!isOpen())
        return Error { m_database.path(), 0, -1, tr("No agreement is open.") };
    auto applied = AlignmentEdits::apply(m_agreement.versions, edit);
    if (!applied)
        return Error { m_database.path(), 0, -1, tr("This change does not apply to the selected pair.") };
    AlignedVersions& after = applied->state;
    // Score the pairs the edit changed (they come back with 0); the others keep their scores, so that undo
    // gives back exactly what was there.
    Alignment rescored = after.alignment;
    Aligner::rescore(rescored, after.vi, after.zh, m_gazetteer);
    for (qsizetype p = 0; p < after.alignment.pairs.size(); ++p) {
        if (after.alignment.pairs[p].score == 0)
            after.alignment.pairs[p].score = rescored.pairs[p].score;
    }
    const auto saved = AlignmentStore(m_database).save(m_agreementId, m_agreement.versions, after, who, m_clock.now());
    if (!saved)
        return saved.error();
    // The confirmations' authors and the commitments' pairs are as the store now has them.
    auto reloaded = AlignmentStore(m_database).load(m_agreementId);
    if (!reloaded)
        return reloaded.error();
    m_agreement = std::move(reloaded).value();
    if (const auto commitments = reloadCommitments(); !commitments)
        return commitments.error();
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
