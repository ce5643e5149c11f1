#pragma once

#include "store/StoreAccess.h"

class QAction;
class QWidget;

namespace concord {

/// Turns a control off when the connected role may not do what it does, and says why in its tooltip and status
/// tip (StoreAccess::refusal, in the interface language): a viewer sees the status column, the review buttons and
/// the import button, greyed, each naming the role it needs. The server refuses the change anyway; this spares
/// the attempt.
class AccessHint
{
public:
    /// Enables \a action when \a enabled and \a access allows \a what.
    static void apply(QAction* action, const StoreAccess& access, StoreAction what, bool enabled = true);
    static void apply(QWidget* widget, const StoreAccess& access, StoreAction what, bool enabled = true);
};

} // namespace concord
