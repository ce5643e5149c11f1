#pragma once

#include "model/ScanRecord.h"
#include "model/Structure.h"

#include <QHash>
#include <QImage>
#include <QWidget>

class QAction;
class QLabel;

namespace concord {

class Database;
class PairModel;

/// Beside the reader's pairs, for an agreement read from a scan: the part of the page each side of the selected
/// pair came from, its lines marked, so that a person can check a doubtful word against the paper. Its toggle
/// (View ▸ Scan Beside the Text, F8) is enabled for scanned agreements only; the page images come from ScanStore,
/// a few kept in memory.
class ScanPanel : public QWidget
{
    Q_OBJECT

public:
    ScanPanel(const Database& database, PairModel* model, QWidget* parent = nullptr);

    QAction* toggleAction() const { return m_toggle; }
    /// Loads the scan record of agreement \a id into the model (its doubtful words are underlined) when it was
    /// read from a scan; otherwise the panel hides and its toggle is disabled.
    void open(qint64 id, bool scanned);
    /// Shows where pair \a row came from.
    void showPair(int row);

    /// The image shown for one language (tests look at it).
    QImage shown(Language language) const;

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslate();
    void refresh();
    QImage page(int number);
    QImage excerpt(const ScanRecord::Span& span);

    const Database& m_database;
    PairModel* m_model = nullptr;
    QAction* m_toggle = nullptr;
    QLabel* m_caption = nullptr;
    QLabel* m_vietnamese = nullptr;
    QLabel* m_chinese = nullptr;
    QHash<int, QImage> m_pages;
    QImage m_shown[2];
    qint64 m_agreement = 0;
    bool m_scanned = false;
    int m_row = -1;
};

} // namespace concord
