#pragma once

class QProgressDialog;

namespace concord {

/// Ends a progress dialog with its work, done or failed: hidden now and never shown later. QProgressDialog::hide()
/// leaves its minimum-duration timer running (the dialog comes back after the work ended, over the summary, and its
/// window modality then blocks that summary), and reset() hides only with autoClose; both are needed.
void endProgress(QProgressDialog* dialog);

} // namespace concord
