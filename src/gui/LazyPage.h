#pragma once

#include <QWidget>

namespace concord {

/// A screen that reads the store when it is shown, not while it sits hidden behind another: a change
/// elsewhere (an import, a status changed on the board) only marks it stale, and it reads again when next
/// shown. On a store of 100,000 commitments the deadlines take about 2 s to read; read eagerly, every
/// status change on the board cost that on the GUI thread.
class LazyPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /// Reads the store now and shows what it holds.
    void reload();
    /// Reads again now when shown, else when next shown.
    void invalidate();
    bool isStale() const { return m_stale; }

protected:
    /// Reads the store and fills the screen.
    virtual void load() = 0;
    void showEvent(QShowEvent* event) override;

private:
    bool m_stale = true;
};

} // namespace concord
