#include "gui/LazyPage.h"

namespace concord {

void LazyPage::reload()
{
    m_stale = false;
    load();
}

void LazyPage::invalidate()
{
    if (isVisible())
        reload();
    else
        m_stale = true;
}

void LazyPage::showEvent(QShowEvent* event)
{
    if (m_stale)
        reload();
    QWidget::showEvent(event);
}

} // namespace concord
