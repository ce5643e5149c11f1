#pragma once

#include "gui/LazyPage.h"

#include <memory>

class QTextBrowser;
class QTreeWidget;

namespace Ui {
class PartiesPage;
}

namespace concord {

class Clock;
class Database;
class Gazetteer;

/// The parties: one row per real party with its names in both languages, kind, aliases and merger (a merged
/// province under its successor); for the selected one its agreements and how its commitments stand,
/// counting those of the parties merged into it.
class PartiesPage : public LazyPage
{
    Q_OBJECT

public:
    PartiesPage(Database& database, const Gazetteer& gazetteer, const Clock& clock, QWidget* parent = nullptr);
    ~PartiesPage() override;

    QTreeWidget* tree() const { return m_tree; }
    QTextBrowser* details() const { return m_details; }

signals:
    void openRequested(qint64 agreementId);

protected:
    void load() override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showDetails();

    std::unique_ptr<Ui::PartiesPage> m_ui;
    Database& m_database;
    const Gazetteer& m_gazetteer;
    const Clock& m_clock;
    QTreeWidget* m_tree = nullptr;
    QTextBrowser* m_details = nullptr;
};

} // namespace concord
