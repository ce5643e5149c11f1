#pragma once

#include "gui/ReportDialog.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace concord {

class AppSettings;
class Clock;
class Database;
class Gazetteer;

/// The Reports screen: the common reports one click away (all commitments, by party, by agreement, this quarter,
/// this year, overdue only), each opening the export dialog set up for it, and the reports written last, which
/// open again with a double click.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    ReportsPage(Database& database, const Gazetteer& gazetteer, const Clock& clock, AppSettings& settings,
        QWidget* parent = nullptr);

    /// Opens the export dialog set up for \a preset (modal; tests answer it through ReportDialog's hooks).
    void open(ReportDialog::Preset preset);
    QListWidget* recentList() const { return m_recent; }

signals:
    /// The dialog for a preset is about to be shown (modal: tests act on it from a queued call).
    void dialogOpened(concord::ReportDialog* dialog);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refreshRecent();
    void openRecent(const QString& path);

    Database& m_database;
    const Gazetteer& m_gazetteer;
    const Clock& m_clock;
    AppSettings& m_settings;
    QLabel* m_title = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_recentTitle = nullptr;
    QList<QPushButton*> m_presets;
    QListWidget* m_recent = nullptr;
};

} // namespace concord
