#include "gui/EmptyStatePage.h"

#include "ui_EmptyStatePage.h"

#include <QIcon>

namespace concord {

EmptyStatePage::EmptyStatePage(const QIcon& icon, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EmptyStatePage>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(icon.pixmap(64, 64));
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
}

EmptyStatePage::~EmptyStatePage() = default;

void EmptyStatePage::setTexts(const QString& title, const QString& message)
{
    m_ui->titleLabel->setText(title);
    m_ui->messageLabel->setText(message);
}

void EmptyStatePage::setAction(QAction* action)
{
    m_ui->actionButton->setDefaultAction(action);
    m_ui->actionButton->setVisible(action != nullptr);
}

QString EmptyStatePage::title() const
{
    return m_ui->titleLabel->text();
}

QString EmptyStatePage::message() const
{
    return m_ui->messageLabel->text();
}

} // namespace concord
