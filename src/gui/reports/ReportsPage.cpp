#include "gui/reports/ReportsPage.h"

#include "gui/MessageBox.h"
#include "store/AppSettings.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace concord {

namespace {
using Preset = ReportDialog::Preset;
const QList<Preset> Presets { Preset::All, Preset::ByParty, Preset::ByAgreement, Preset::ThisQuarter, Preset::ThisYear,
    Preset::OverdueOnly };
} // namespace

ReportsPage::ReportsPage(
    Database& database, const Gazetteer& gazetteer, const Clock& clock, AppSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_gazetteer(gazetteer)
    , m_clock(clock)
    , m_settings(settings)
{
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    auto* grid = new QGridLayout;
    const QStringList names { QStringLiteral("presetAll"), QStringLiteral("presetByParty"),
        QStringLiteral("presetByAgreement"), QStringLiteral("presetThisQuarter"), QStringLiteral("presetThisYear"),
        QStringLiteral("presetOverdueOnly") };
    for (int i = 0; i < Presets.size(); ++i) {
        auto* button = new QPushButton(this);
        button->setObjectName(names[i]);
        button->setMinimumHeight(button->sizeHint().height() * 2);
        connect(button, &QPushButton::clicked, this, [this, preset = Presets[i]] { open(preset); });
        grid->addWidget(button, i / 3, i % 3);
        m_presets.append(button);
    }
    m_recentTitle = new QLabel(this);
    m_recentTitle->setFont(QFont(big.family(), int(m_title->font().pointSizeF() / 1.2), QFont::Bold));
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentReports"));
    connect(m_recent, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { openRecent(item->data(Qt::UserRole).toString()); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addLayout(grid);
    layout->addSpacing(m_title->fontMetrics().height());
    layout->addWidget(m_recentTitle);
    layout->addWidget(m_recent, 1);
    retranslate();
}

void ReportsPage::open(ReportDialog::Preset preset)
{
    ReportDialog dialog(m_database, m_gazetteer, m_clock, this);
    dialog.useSettings(m_settings);
    dialog.applyPreset(preset);
    connect(&dialog, &ReportDialog::savedTo, this, [this](const QString& path) {
        m_settings.addRecentReport(path);
        m_settings.sync();
        refreshRecent();
    });
    emit dialogOpened(&dialog);
    dialog.exec();
}

void ReportsPage::openRecent(const QString& path)
{
    if (!QFileInfo::exists(path)) {
        MessageBox::warning(this, tr("Cannot open the report"),
            tr("%1 is no longer there (moved or deleted).").arg(QDir::toNativeSeparators(path)));
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void ReportsPage::refreshRecent()
{
    m_recent->clear();
    for (const QString& path : m_settings.recentReports()) {
        const QFileInfo info(path);
        auto* item = new QListWidgetItem(
            QStringLiteral("%1  —  %2").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        if (!info.exists())
            item->setForeground(Qt::gray);
    }
    if (m_recent->count() == 0)
        new QListWidgetItem(tr("No report written yet."), m_recent);
}

void ReportsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReportsPage::retranslate()
{
    m_title->setText(tr("Status reports"));
    m_intro->setText(tr("Choose a report: the export dialog opens set up for it, to preview and save as PDF, Excel, "
                        "CSV, HTML or a calendar. File ▸ Export Status Report… (Ctrl+E) opens it unset."));
    const QStringList texts { tr("All commitments"), tr("By party…"), tr("By agreement…"), tr("Due this quarter"),
        tr("Due this year"), tr("Overdue only") };
    for (int i = 0; i < m_presets.size(); ++i)
        m_presets[i]->setText(texts[i]);
    m_recentTitle->setText(tr("Written last (double-click to open)"));
    refreshRecent();
}

} // namespace concord
