#pragma once

#include "import/ScanReader.h"

#include <QTextStream>

#include <atomic>
#include <mutex>

namespace concord::cli {

/// Says on stderr how far the OCR of a scan has come ("concord-cli: scan.pdf: page 3 of 8, about 40 s left"),
/// unless told to be quiet, and hands Ctrl+C to the reader as its Cancel. Every message of a command that reads
/// files on worker threads goes through say(), so lines from different threads never mix.
class ScanProgressPrinter
{
public:
    ScanProgressPrinter(QTextStream& err, bool quiet, const std::atomic_bool* cancel);

    /// The options for reading \a path.
    ScanOptions options(const QString& path);
    /// Writes \a text to stderr at once.
    void say(const QString& text);

private:
    QTextStream& m_err;
    bool m_quiet = false;
    const std::atomic_bool* m_cancel = nullptr;
    std::mutex m_mutex;
};

} // namespace concord::cli
