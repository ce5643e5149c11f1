#include "gui/ProgressEnd.h"

#include <QProgressDialog>

namespace concord {

void endProgress(QProgressDialog* dialog)
{
    if (!dialog)
        return;
    dialog->reset(); // stops the timer that would show it after its minimum duration
    dialog->hide();
}

} // namespace concord
