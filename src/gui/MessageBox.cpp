#include "gui/MessageBox.h"

#include <QPushButton>

namespace concord {

QList<QMessageBox::StandardButton> MessageBox::s_nextAnswers;
QString MessageBox::s_lastText;

void MessageBox::setNextAnswer(QMessageBox::StandardButton button)
{
    s_nextAnswers = { button };
}

void MessageBox::setNextAnswers(const QList<QMessageBox::StandardButton>& buttons)
{
    s_nextAnswers = buttons;
}

QString MessageBox::lastText()
{
    return s_lastText;
}

void MessageBox::clearLastText()
{
    s_lastText.clear();
}

QMessageBox::StandardButton MessageBox::show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
    const QString& text, QMessageBox::StandardButtons buttons)
{
    s_lastText = text;
    if (!s_nextAnswers.isEmpty())
        return s_nextAnswers.takeFirst();
    QMessageBox box(icon, title, text, buttons, parent);
    if (auto* ok = box.button(QMessageBox::Ok))
        ok->setText(tr("OK"));
    if (auto* yes = box.button(QMessageBox::Yes))
        yes->setText(tr("Yes"));
    if (auto* no = box.button(QMessageBox::No))
        no->setText(tr("No"));
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

void MessageBox::critical(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Critical, title, text, QMessageBox::Ok);
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Information, title, text, QMessageBox::Ok);
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Warning, title, text, QMessageBox::Ok);
}

bool MessageBox::question(QWidget* parent, const QString& title, const QString& text)
{
    return show(parent, QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No) == QMessageBox::Yes;
}

} // namespace concord
