#pragma once

#include "model/ReportIssuer.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QSettings;

namespace concord {

/// The user's preferences, in one place and injectable: the programs use the platform's settings store,
/// tests an INI file in a temporary directory, so no test ever reads or writes a user's settings.
class AppSettings
{
public:
    /// The platform store (QSettings with the application's organisation and name).
    AppSettings();
    /// An INI file at \a iniPath.
    explicit AppSettings(const QString& iniPath);
    ~AppSettings();
    AppSettings(const AppSettings&) = delete;
    AppSettings& operator=(const AppSettings&) = delete;

    /// UI language: "vi", "zh_CN" or "en"; empty when never chosen.
    QString language() const;
    void setLanguage(const QString& language);

    /// The database opened last; empty when none.
    QString lastDatabase() const;
    void setLastDatabase(const QString& path);
    /// The server store connected to last (its address, never a password): Connect to Server… starts from it.
    QString lastServer() const;
    void setLastServer(const QString& address);

    /// How many daily backups of a store are kept (StoreBackup::daily); 0 turns them off.
    int backupsToKeep() const;
    void setBackupsToKeep(int count);

    /// The office that issues reports, its signer and their title (Preferences); the number is per report.
    ReportIssuer reportIssuer() const;
    void setReportIssuer(const ReportIssuer& issuer);

    /// The reports written last, newest first (at most RecentReports); addRecentReport puts one in front.
    static constexpr int RecentReports = 10;
    QStringList recentReports() const;
    void addRecentReport(const QString& path);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray& state);

    /// What a screen keeps between runs (splitters, column widths, text size), under \a key.
    QByteArray screenState(const QString& key) const;
    void setScreenState(const QString& key, const QByteArray& state);
    /// The agreement last open in the reader of the database at \a databasePath; 0 when none.
    qint64 lastAgreement(const QString& databasePath) const;
    void setLastAgreement(const QString& databasePath, qint64 agreementId);

    /// Whether the first-steps guide above the screens was closed for good.
    bool firstStepsDone() const;
    void setFirstStepsDone(bool done);

    /// Writes pending changes to permanent storage.
    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace concord
