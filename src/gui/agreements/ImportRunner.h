#pragma once

#include "model/Error.h"
#include "store/AgreementStore.h"
#include "store/ImportService.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

class QProgressDialog;
class QWidget;

namespace concord {

class BackgroundLoader;
class Clock;
class Database;
class Gazetteer;

/// What importing one file did.
struct ImportResult
{
    QString path;
    std::optional<Error> error; ///< set when the file was not stored (the store is unchanged)
    bool alreadyImported = false;
    bool cancelled = false; ///< Cancel came while it was being read: it was not stored
    QList<qint64> agreementIds;
    QStringList titles;
    int pairs = 0;
    int commitments = 0;
    QStringList warnings; ///< where the versions disagree, and the commitments' warnings
};

/// Imports files into the store through ImportService without blocking the window: each file is read, parsed,
/// aligned and searched for commitments on a worker thread (BackgroundLoader), then stored in one transaction on
/// the GUI thread while the worker already reads the next file. A progress dialog shows while files go in; Cancel drops
/// the file being read (it is never stored; a scan stops within its page) and starts no other; files stored before it
/// stay, each whole (a failed one leaves the store unchanged). finished() hands over what happened to each file.
class ImportRunner : public QObject
{
    Q_OBJECT

public:
    ImportRunner(Database& database, const Gazetteer& gazetteer, const Clock& clock, QWidget* dialogParent);
    ~ImportRunner() override;

    /// Starts importing \a paths; false when an import is already under way.
    bool start(const QStringList& paths, const ImportOptions& options = {});
    bool isRunning() const { return m_index < m_paths.size(); }
    /// What the progress dialog's Cancel does.
    void cancel();

    /// The summary a person reads afterwards: what was recognised and what was warned about, per file.
    static QString summary(const QList<ImportResult>& results);

signals:
    void finished(const QList<concord::ImportResult>& results);

private:
    void next();
    /// The dialog's text while a scan of \a path is read: pages done and the time left.
    void showScanProgress(const QString& path, const ScanProgress& progress);
    void store(const Result<ImportPlan>& planned);
    void finish();

    Database& m_database;
    const Gazetteer& m_gazetteer;
    const Clock& m_clock;
    QPointer<QWidget> m_dialogParent;
    BackgroundLoader* m_loader = nullptr;
    QProgressDialog* m_progress = nullptr;
    QStringList m_paths;
    qsizetype m_index = 0;
    QList<ImportResult> m_results;
    bool m_cancelled = false;
    /// Cancel for a scan being read on the worker (checked between and within pages).
    std::shared_ptr<std::atomic_bool> m_cancelScan = std::make_shared<std::atomic_bool>(false);
    ImportOptions m_options;
};

} // namespace concord
