#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace concord {

class AppSettings;
class Clock;
class Database;
struct Error;

/// The desktop side of looking after the store file: the daily backup when a store opens, File ▸ Back Up
/// and File ▸ Restore, and the offer of the newest backup when a store turns out to be damaged. The copying
/// and verifying is StoreBackup's; this class asks the person and says what happened.
class StoreCare
{
    Q_DECLARE_TR_FUNCTIONS(concord::StoreCare)

public:
    StoreCare(QWidget* parent, AppSettings& settings, const Clock& clock);

    /// Checks \a database for damage (quick_check); makes the day's backup. An error when it is damaged.
    std::optional<Error> opened(const Database& database) const;
    /// After \a problem opening the store at \a path: when it is damage and a backup exists, offers to restore
    /// the newest one. Returns true when the store was restored (open it again).
    bool offerRestore(const QString& path, const Error& problem) const;
    /// File ▸ Back Up…: asks where, writes the copy. Returns the message for the status bar (empty: cancelled).
    QString backUp(const Database& database) const;
    /// File ▸ Restore…: asks which backup, confirms, restores into the store at \a path. True when restored.
    bool chooseAndRestore(const QString& path) const;

private:
    bool restore(const QString& backup, const QString& path) const;

    QWidget* m_parent;
    AppSettings& m_settings;
    const Clock& m_clock;
};

} // namespace concord
