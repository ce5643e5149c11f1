#include "gui/reader/AlignmentCommand.h"

#include "store/AlignmentSession.h"

namespace concord {

AlignmentCommand::AlignmentCommand(AlignmentSession& session, AlignmentEdit inverse, const QString& who,
    const QString& text, std::function<void(const Error&)> onError, std::function<void()> onChanged)
    : QUndoCommand(text)
    , m_session(session)
    , m_backward(std::move(inverse))
    , m_who(who)
    , m_onError(std::move(onError))
    , m_onChanged(std::move(onChanged))
{ }

void AlignmentCommand::run(AlignmentEdit& edit, AlignmentEdit& other)
{
    const auto result = m_session.apply(edit, m_who);
    if (!result) {
        m_onError(result.error());
        setObsolete(true);
        return;
    }
    other = result.value();
    m_onChanged();
}

void AlignmentCommand::undo()
{
    run(m_backward, m_forward);
}

void AlignmentCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    run(m_forward, m_backward);
}

} // namespace concord
