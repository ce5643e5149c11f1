#pragma once

#include "align/AlignmentEdits.h"
#include "model/Error.h"

#include <QUndoCommand>

#include <functional>

namespace concord {

class AlignmentSession;

/// One alignment edit on the reader's undo stack. It is pushed after the edit has been applied and saved
/// (so a failed edit never reaches the stack); undo applies the inverse the session returned, redo applies
/// the inverse of that, each saved to the store at once. A failure is reported through \a onError and
/// leaves the agreement as it was.
class AlignmentCommand : public QUndoCommand
{
public:
    AlignmentCommand(AlignmentSession& session, AlignmentEdit inverse, const QString& who, const QString& text,
        std::function<void(const Error&)> onError, std::function<void()> onChanged);

    void undo() override;
    void redo() override;

private:
    void run(AlignmentEdit& edit, AlignmentEdit& other);

    AlignmentSession& m_session;
    AlignmentEdit m_forward; ///< what redo applies
    AlignmentEdit m_backward; ///< what undo applies
    QString m_who;
    bool m_applied = true; ///< the first redo (from QUndoStack::push) has nothing to do
    std::function<void(const Error&)> m_onError;
    std::function<void()> m_onChanged;
};

} // namespace concord
