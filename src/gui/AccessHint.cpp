#include "gui/AccessHint.h"

#include <QAction>
#include <QWidget>

namespace concord {

void AccessHint::apply(QAction* action, const StoreAccess& access, StoreAction what, bool enabled)
{
    const QString refusal = access.refusal(what);
    action->setEnabled(enabled && refusal.isEmpty());
    if (!refusal.isEmpty()) {
        action->setToolTip(refusal);
        action->setStatusTip(refusal);
    }
}

void AccessHint::apply(QWidget* widget, const StoreAccess& access, StoreAction what, bool enabled)
{
    const QString refusal = access.refusal(what);
    widget->setEnabled(enabled && refusal.isEmpty());
    if (!refusal.isEmpty()) {
        widget->setToolTip(refusal);
        widget->setStatusTip(refusal);
    }
}

} // namespace concord
