#include "gui/StoreCare.h"

#include "gui/FileDialog.h"
#include "gui/MessageBox.h"
#include "model/Clock.h"
#include "model/Error.h"
#include "store/AppSettings.h"
#include "store/Database.h"
#include "store/StoreBackup.h"
#include "store/StoreProblem.h"
#include "text/DateText.h"

#include <QDir>
#include <QFileInfo>

namespace concord {

namespace {
QString backupFilter()
{
    return StoreCare::tr("Concord databases (*.sqlite *.db);;All files (*)");
}
} // namespace

StoreCare::StoreCare(QWidget* parent, AppSettings& settings, const Clock& clock)
    : m_parent(parent)
    , m_settings(settings)
    , m_clock(clock)
{ }

std::optional<Error> StoreCare::opened(const Database& database) const
{
    if (auto damage = database.check())
        return damage;
    if (const auto copy = StoreBackup::daily(database, m_clock.now(), m_settings.backupsToKeep()); !copy) {
        MessageBox::warning(m_parent, tr("Backup failed"), copy.error().toString());
    }
    return std::nullopt;
}

bool StoreCare::offerRestore(const QString& path, const Error& problem) const
{
    const QString newest = StoreBackup::newest(path);
    if (!StoreProblem::isDamageReport(problem) || newest.isEmpty())
        return false;
    const QString when = DateText::moment(QFileInfo(newest).lastModified());
    if (!MessageBox::question(m_parent, tr("The database is damaged"),
            tr("%1\n\nThe newest backup was made %2:\n%3\n\nRestore it? The damaged file is kept beside it.")
                .arg(problem.toString(), when, QDir::toNativeSeparators(newest))))
        return false;
    return restore(newest, path);
}

QString StoreCare::backUp(const Database& database) const
{
    const QString suggested
        = QStringLiteral("%1/%2-%3.sqlite")
              .arg(StoreBackup::folder(database.path()), QFileInfo(database.path()).completeBaseName(),
                  m_clock.now().toString(QStringLiteral("yyyy-MM-dd-HHmm")));
    const QString file = FileDialog::getSaveFileName(m_parent, tr("Back Up Database"), backupFilter(), suggested);
    if (file.isEmpty())
        return QString();
    if (const auto failure = StoreBackup::write(database, file)) {
        MessageBox::critical(m_parent, tr("Backup failed"), failure->toString());
        return QString();
    }
    return tr("Backed up to %1").arg(QDir::toNativeSeparators(file));
}

bool StoreCare::chooseAndRestore(const QString& path) const
{
    const QString backup = FileDialog::getOpenFileName(
        m_parent, tr("Restore Database from Backup"), backupFilter(), StoreBackup::folder(path));
    if (backup.isEmpty())
        return false;
    if (const auto problem = StoreBackup::verify(backup)) {
        MessageBox::critical(m_parent, tr("Cannot restore"), problem->toString());
        return false;
    }
    if (!MessageBox::question(m_parent, tr("Restore Database from Backup"),
            tr("Replace the content of %1 by the backup %2? The present content is kept beside it.")
                .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(backup))))
        return false;
    return restore(backup, path);
}

bool StoreCare::restore(const QString& backup, const QString& path) const
{
    const auto replaced = StoreBackup::restore(backup, path, m_clock.now());
    if (!replaced) {
        MessageBox::critical(m_parent, tr("Cannot restore"), replaced.error().toString());
        return false;
    }
    return true;
}

} // namespace concord
