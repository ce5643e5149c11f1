#include "cli/ScanProgressPrinter.h"

#include <QFileInfo>

namespace concord::cli {

ScanProgressPrinter::ScanProgressPrinter(QTextStream& err, bool quiet, const std::atomic_bool* cancel)
    : m_err(err)
    , m_quiet(quiet)
    , m_cancel(cancel)
{ }

ScanOptions ScanProgressPrinter::options(const QString& path)
{
    ScanOptions options;
    options.cancel = m_cancel;
    if (!m_quiet) {
        const QString name = QFileInfo(path).fileName();
        options.progress = [this, name](const ScanProgress& progress) {
            say(QStringLiteral("concord-cli: %1: OCR %2\n").arg(name, progress.describe()));
        };
    }
    return options;
}

void ScanProgressPrinter::say(const QString& text)
{
    const std::lock_guard lock(m_mutex);
    m_err << text;
    m_err.flush();
}

} // namespace concord::cli
