#pragma once

#include "model/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace concord {

class Database;
class Gazetteer;

/// What importing one file did.
struct ImportResult
{
    QString path;
    std::optional<Error> error; ///< set when the file was not stored (the store is unchanged)
    bool alreadyImported = false;
    QList<qint64> agreementIds;
    QStringList titles;
    int pairs = 0;
    int commitments = 0;
    QStringList warnings; ///< where the versions disagree, and the commitments' warnings
};

/// Imports files into the store: each file is read, parsed, aligned and searched for commitments on a
/// worker thread, then written in one transaction on the caller's thread; a progress dialog shows while
/// several files go in, and can cancel between files. A failed file leaves the store unchanged.
class ImportRunner
{
    Q_DECLARE_TR_FUNCTIONS(concord::ImportRunner)

public:
    ImportRunner(Database& database, const Gazetteer& gazetteer);

    QList<ImportResult> run(const QStringList& paths, QWidget* parent);
    /// The summary a person reads afterwards: what was recognised and what was warned about, per file.
    static QString summary(const QList<ImportResult>& results);

private:
    Database& m_database;
    const Gazetteer& m_gazetteer;
};

} // namespace concord
