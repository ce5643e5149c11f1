#include "store/AppSettings.h"

#include "store/StoreBackup.h"

#include <QSettings>

namespace concord {

namespace {
const QString LanguageKey = QStringLiteral("ui/language");
const QString LastDatabaseKey = QStringLiteral("store/lastDatabase");
const QString LastServerKey = QStringLiteral("store/lastServer");
const QString BackupsKey = QStringLiteral("store/backupsToKeep");
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString SplitterKey = QStringLiteral("window/splitter");
} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{ }

AppSettings::AppSettings(const QString& iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{ }

AppSettings::~AppSettings() = default;

QString AppSettings::language() const
{
    return m_settings->value(LanguageKey).toString();
}

void AppSettings::setLanguage(const QString& language)
{
    m_settings->setValue(LanguageKey, language);
}

int AppSettings::backupsToKeep() const
{
    return m_settings->value(BackupsKey, StoreBackup::DefaultKeep).toInt();
}

void AppSettings::setBackupsToKeep(int count)
{
    m_settings->setValue(BackupsKey, count);
}

QStringList AppSettings::recentReports() const
{
    return m_settings->value(QStringLiteral("report/recent")).toStringList();
}

void AppSettings::addRecentReport(const QString& path)
{
    QStringList recent = recentReports();
    recent.removeAll(path);
    recent.prepend(path);
    m_settings->setValue(QStringLiteral("report/recent"), recent.mid(0, RecentReports));
}

ReportIssuer AppSettings::reportIssuer() const
{
    ReportIssuer issuer;
    issuer.officeVi = m_settings->value(QStringLiteral("report/officeVi")).toString();
    issuer.officeZh = m_settings->value(QStringLiteral("report/officeZh")).toString();
    issuer.signer = m_settings->value(QStringLiteral("report/signer")).toString();
    issuer.signerTitle = m_settings->value(QStringLiteral("report/signerTitle")).toString();
    return issuer;
}

void AppSettings::setReportIssuer(const ReportIssuer& issuer)
{
    m_settings->setValue(QStringLiteral("report/officeVi"), issuer.officeVi);
    m_settings->setValue(QStringLiteral("report/officeZh"), issuer.officeZh);
    m_settings->setValue(QStringLiteral("report/signer"), issuer.signer);
    m_settings->setValue(QStringLiteral("report/signerTitle"), issuer.signerTitle);
}

QString AppSettings::lastDatabase() const
{
    return m_settings->value(LastDatabaseKey).toString();
}

void AppSettings::setLastDatabase(const QString& path)
{
    m_settings->setValue(LastDatabaseKey, path);
}

QString AppSettings::lastServer() const
{
    return m_settings->value(LastServerKey).toString();
}

void AppSettings::setLastServer(const QString& address)
{
    m_settings->setValue(LastServerKey, address);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(GeometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings->setValue(GeometryKey, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(StateKey).toByteArray();
}

void AppSettings::setWindowState(const QByteArray& state)
{
    m_settings->setValue(StateKey, state);
}

QByteArray AppSettings::splitterState() const
{
    return m_settings->value(SplitterKey).toByteArray();
}

void AppSettings::setSplitterState(const QByteArray& state)
{
    m_settings->setValue(SplitterKey, state);
}

QByteArray AppSettings::screenState(const QString& key) const
{
    return m_settings->value(QStringLiteral("screens/") + key).toByteArray();
}

void AppSettings::setScreenState(const QString& key, const QByteArray& state)
{
    m_settings->setValue(QStringLiteral("screens/") + key, state);
}

qint64 AppSettings::lastAgreement(const QString& databasePath) const
{
    const QStringList value = m_settings->value(QStringLiteral("reader/lastAgreement")).toStringList();
    return value.size() == 2 && value[0] == databasePath ? value[1].toLongLong() : 0;
}

void AppSettings::setLastAgreement(const QString& databasePath, qint64 agreementId)
{
    m_settings->setValue(
        QStringLiteral("reader/lastAgreement"), QStringList { databasePath, QString::number(agreementId) });
}

bool AppSettings::firstStepsDone() const
{
    return m_settings->value(QStringLiteral("ui/firstStepsDone"), false).toBool();
}

void AppSettings::setFirstStepsDone(bool done)
{
    m_settings->setValue(QStringLiteral("ui/firstStepsDone"), done);
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace concord
