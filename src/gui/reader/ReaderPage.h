#pragma once

#include "store/AlignmentSession.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ReaderPage;
}

class QLabel;
class QSplitter;
class QLineEdit;
class QTextBrowser;
class QToolButton;
class QTreeView;

class QUndoStack;

namespace concord {

struct StoreChange;

class BackgroundLoader;
class Clock;
class Database;
class Gazetteer;
class PairModel;
class ScanPanel;

/// The side-by-side reader: a card with the agreement's header, one row per aligned pair (label,
/// Vietnamese, Chinese, score; low scores tinted), a search that marks hits in both languages with
/// next/previous, the commitments drawn from the selected pair, and alignment edits (confirm, unlink, merge,
/// split, shift) from the context menu and the keyboard, each saved at once and undoable. An agreement read from a
/// scan has its doubtful words underlined and can show the scan beside the text (ScanPanel).
class ReaderPage : public QWidget
{
    Q_OBJECT

public:
    ReaderPage(Database& database, const Gazetteer& gazetteer, const Clock& clock, QWidget* parent = nullptr);
    ~ReaderPage() override;

    /// Follow-up of the open agreement starts on \a day (the header's "Tracked from"); false with a message when
    /// it cannot be saved.
    bool setTrackedFrom(const QDate& day);

    /// Opens agreement \a id; on failure says why in a message box and keeps what was open.
    bool openAgreement(qint64 id);
    qint64 agreementId() const { return m_session.agreementId(); }
    /// Whether the open agreement's unit features are still being read for its edits (an edit meanwhile
    /// reads them itself).
    bool isPreparing() const;

    QUndoStack* undoStack() const { return m_undo; }
    /// Undo and redo of alignment edits, named after the edit ("Undo Merge with next pair (6)").
    QAction* undoAction() const { return m_undoAction; }
    QAction* redoAction() const { return m_redoAction; }
    /// The reader's commands (alignment edits, copy, find, text size) for the Edit menu and the context menu.
    QList<QAction*> editActions() const;
    /// Show or hide the header card, the commitments panel and the scan; Chinese on the left (View menu,
    /// remembered).
    QList<QAction*> viewActions() const;
    PairModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    ScanPanel* scanPanel() const { return m_scan; }
    int currentPair() const;
    void selectPair(int pair);

    void setSearch(const QString& query);
    void nextHit();
    void previousHit();

    /// Applies one alignment edit to the current agreement through the undo stack.
    bool edit(const AlignmentEdit& edit, const QString& description);
    /// The selected pair as bilingual text: label, Vietnamese, Chinese.
    QString pairText(int pair) const;

    void zoom(int steps);
    int fontPoints() const { return m_fontPoints; }

    /// Text size, column widths and the split between pairs and commitments, to keep between runs.
    QByteArray saveState() const;
    void restoreState(const QByteArray& state);

signals:
    /// The alignment or the agreement shown changed (other screens may count differently).
    void agreementChanged(qint64 id);
    /// An edit was saved, undone or redone: a sentence for the status bar.
    void edited(const QString& message);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void createActions();
    void refreshUndoActions();
    void retranslate();
    void refreshHeader();
    void refreshCommitments();
    void refreshHits();
    void showContextMenu(const QPoint& at);
    void copyPair();
    void splitSelected(Language side);
    void afterChange();
    /// Says why an edit (or an undo) was not saved; after another officer's change, reads the agreement again.
    void refused(const Error& error);
    void prepareEdits();
    void storeChanged(const StoreChange& change);

    std::unique_ptr<Ui::ReaderPage> m_ui;
    AlignmentSession m_session;
    const Clock& m_clock;
    Database& m_database;
    const Gazetteer& m_gazetteer;
    PairModel* m_model = nullptr;
    QUndoStack* m_undo = nullptr;
    QLabel* m_header = nullptr;
    QLineEdit* m_search = nullptr;
    QToolButton* m_previous = nullptr;
    QToolButton* m_next = nullptr;
    QLabel* m_hits = nullptr;
    QTreeView* m_view = nullptr;
    QTextBrowser* m_commitments = nullptr;
    QSplitter* m_splitter = nullptr;
    QSplitter* m_beside = nullptr; ///< the pairs and, for a scanned agreement, its scan
    ScanPanel* m_scan = nullptr;
    static constexpr int AlignmentEditActions = 9; ///< editActions() begins with the nine that change the alignment
    QList<QAction*> m_editActions;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_showHeader = nullptr;
    QAction* m_showCommitments = nullptr;
    QAction* m_swapColumns = nullptr;
    int m_fontPoints = 0;
    BackgroundLoader* m_preparing = nullptr; ///< reads the open agreement's unit features for its edits
};

} // namespace concord
