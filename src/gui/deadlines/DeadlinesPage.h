#pragma once

#include "gui/LazyPage.h"

#include <memory>

class QSpinBox;
class QTreeWidget;

namespace Ui {
class DeadlinesPage;
}

namespace concord {

class Clock;
class Database;
class Gazetteer;

/// What falls due: every open deadline that has passed (overdue), then the coming months one group each,
/// a yearly commitment once per open year. Double-clicking a deadline asks to show it on the board.
class DeadlinesPage : public LazyPage
{
    Q_OBJECT

public:
    DeadlinesPage(Database& database, const Gazetteer& gazetteer, const Clock& clock, QWidget* parent = nullptr);
    ~DeadlinesPage() override;

    QTreeWidget* tree() const { return m_tree; }

signals:
    void showCommitment(qint64 id);

protected:
    void load() override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::DeadlinesPage> m_ui;
    Database& m_database;
    const Gazetteer& m_gazetteer;
    const Clock& m_clock;
    QSpinBox* m_months = nullptr;
    QTreeWidget* m_tree = nullptr;
};

} // namespace concord
