#include "store/SampleLibrary.h"

#include "import/Gazetteer.h"
#include "store/AgreementStore.h"
#include "store/Database.h"

#include <QDir>
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

std::optional<Error> SampleLibrary::ensureDefaultDatabase()
{
    const QString path = Database::defaultPath();
    if (QFileInfo::exists(path))
        return std::nullopt;
    auto database = Database::open(path);
    if (!database)
        return database.error();
    AgreementStore store(*database.value(), Gazetteer::builtIn());
    for (const QString& file : files()) {
        const auto imported = store.importPath(file);
        if (!imported)
            return imported.error();
    }
    return std::nullopt;
}

} // namespace concord
