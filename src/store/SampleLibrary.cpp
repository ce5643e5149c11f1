#include "store/SampleLibrary.h"

#include "import/Gazetteer.h"
#include "store/Database.h"
#include "store/ImportService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace concord {

QString SampleLibrary::directory()
{
    const QString fromEnvironment = qEnvironmentVariable("CONCORD_SAMPLES_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString installed = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/concord/samples");
    if (QFileInfo(installed).isDir())
        return QDir::cleanPath(installed);
    return QStringLiteral(CONCORD_SOURCE_SAMPLES_DIR);
}

QStringList SampleLibrary::files()
{
    const QDir dir(directory());
    QStringList paths;
    for (const QString& name : dir.entryList(
             { QStringLiteral("*.txt"), QStringLiteral("*.docx"), QStringLiteral("*.pdf") }, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

std::optional<Error> SampleLibrary::ensureDefaultDatabase(const Clock& clock)
{
    const QString path = Database::defaultPath();
    if (QFileInfo::exists(path))
        return std::nullopt;
    // Filled under another name and renamed when complete: a first run cut short leaves no half-seeded store.
    const QString partial = path + QStringLiteral(".seeding");
    const auto removePartial = [&partial] {
        for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(partial + suffix);
    };
    removePartial();
    {
        auto database = Database::open(partial);
        if (!database)
            return Error { path, 0, -1, database.error().message };
        ImportService store(*database.value(), Gazetteer::builtIn(), clock);
        for (const QString& file : files()) {
            const auto imported = store.importPath(file);
            if (!imported) {
                database.value().reset();
                removePartial();
                return imported.error();
            }
        }
    } // closed: the log is checkpointed into the file and removed
    if (!QFile::rename(partial, path)) {
        removePartial();
        return Error { path, 0, -1, tr("The new database could not be moved into place.") };
    }
    return std::nullopt;
}

} // namespace concord
