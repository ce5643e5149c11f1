#include "gui/agreements/ImportRunner.h"

#include "gui/BackgroundLoader.h"
#include "gui/ProgressEnd.h"
#include "store/ImportService.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProgressDialog>

namespace concord {

ImportRunner::ImportRunner(Database& database, const Gazetteer& gazetteer, const Clock& clock, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_database(database)
    , m_gazetteer(gazetteer)
    , m_clock(clock)
    , m_dialogParent(dialogParent)
    , m_loader(new BackgroundLoader(this))
{ }

ImportRunner::~ImportRunner()
{
    delete m_progress;
}

bool ImportRunner::start(const QStringList& paths, const ImportOptions& options)
{
    if (isRunning() || paths.isEmpty())
        return false;
    m_options = options;
    m_paths = paths;
    m_index = 0;
    m_results.clear();
    m_cancelled = false;
    m_cancelScan = std::make_shared<std::atomic_bool>(false);
    delete m_progress;
    m_progress = new QProgressDialog(tr("Importing…"), tr("Cancel"), 0, int(paths.size()), m_dialogParent);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(paths.size() > 1 ? 0 : 800);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, &ImportRunner::cancel);
    next();
    return true;
}

void ImportRunner::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    m_cancelScan->store(true);
    m_progress->setLabelText(tr("Cancelling…"));
}

void ImportRunner::next()
{
    if (m_index >= m_paths.size() || m_cancelled) {
        finish();
        return;
    }
    const QString path = m_paths[m_index];
    m_progress->setLabelText(
        tr("Importing %1 (%2 of %3)…").arg(QFileInfo(path).fileName()).arg(m_index + 1).arg(m_paths.size()));
    const Gazetteer& gazetteer = m_gazetteer;
    ImportOptions options = m_options;
    options.scan.cancel = m_cancelScan.get();
    // Told on the worker; shown on the GUI thread (the runner may be gone by then: QPointer).
    options.scan.progress = [runner = QPointer<ImportRunner>(this), path](const ScanProgress& progress) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [runner, path, progress] {
                if (runner)
                    runner->showScanProgress(path, progress);
            },
            Qt::QueuedConnection);
    };
    m_loader->run<Result<ImportPlan>>(
        [path, &gazetteer, options, keep = m_cancelScan] { return ImportService::prepare(path, gazetteer, options); },
        [this](Result<ImportPlan> planned) { store(planned); });
}

void ImportRunner::showScanProgress(const QString& path, const ScanProgress& progress)
{
    if (!isRunning() || m_cancelled || !m_paths.contains(path))
        return;
    m_progress->setLabelText(tr("Reading the scan %1: %2…").arg(QFileInfo(path).fileName(), progress.describe()));
}

void ImportRunner::store(const Result<ImportPlan>& planned)
{
    // The next file is read, parsed and aligned on the worker while this one is stored here.
    const bool readAhead = !m_cancelled && m_index + 1 < m_paths.size();
    if (readAhead) {
        ++m_index;
        next();
        --m_index;
    }
    ImportResult result;
    result.path = m_paths[m_index];
    if (m_cancelled) {
        result.cancelled = true; // read while Cancel was pressed: dropped, the store never saw it
    } else if (!planned) {
        result.error = planned.error();
    } else {
        const ImportPlan& plan = planned.value();
        const auto written = ImportService(m_database, m_gazetteer, m_clock).store(plan);
        if (!written) {
            result.error = written.error();
        } else {
            result.alreadyImported = written->alreadyImported;
            result.agreementIds = written->agreementIds;
            for (qsizetype d = 0; d < plan.file.documents.size(); ++d) {
                const ParsedDocument& document = plan.file.documents[d];
                const Agreement& h = document.metadata.header;
                result.titles.append(h.titleVi.isEmpty() ? h.titleZh : h.titleVi);
                result.warnings.append(document.metadata.warnings);
                if (const auto& alignment = plan.alignments.value(d))
                    result.pairs += int(alignment->pairs.size());
                for (const CommitmentCandidate& c : plan.commitments.value(d)) {
                    ++result.commitments;
                    for (const QString& warning : c.warnings)
                        result.warnings.append(QStringLiteral("%1: %2").arg(c.label, warning));
                }
            }
        }
    }
    m_results.append(result);
    ++m_index;
    m_progress->setValue(int(m_index));
    if (!readAhead)
        next(); // the last file, or cancelled: finishes
}

void ImportRunner::finish()
{
    m_index = m_paths.size();
    endProgress(m_progress);
    emit finished(m_results);
}

QString ImportRunner::summary(const QList<ImportResult>& results)
{
    QStringList lines;
    for (const ImportResult& r : results) {
        const QString name = QFileInfo(r.path).fileName();
        if (r.error) {
            lines.append(tr("✗ %1: not imported. %2").arg(name, r.error->toString()));
            continue;
        }
        if (r.cancelled) {
            lines.append(tr("• %1: cancelled; not imported.").arg(name));
            continue;
        }
        if (r.alreadyImported) {
            lines.append(tr("• %1: already imported; nothing was added.").arg(name));
            continue;
        }
        lines.append(tr("✓ %1: %n agreement(s) — %2", nullptr, int(r.agreementIds.size()))
                         .arg(name, r.titles.join(QStringLiteral("; "))));
        lines.append(tr("    %n aligned pair(s), %1", nullptr, r.pairs)
                         .arg(tr("%n commitment(s) found for review", nullptr, r.commitments)));
        for (const QString& warning : r.warnings)
            lines.append(QStringLiteral("    ⚠ ") + warning);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace concord
