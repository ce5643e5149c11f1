#pragma once

#include <QCoreApplication>
#include <QMessageBox>
#include <QString>

#include <optional>

class QWidget;

namespace concord {

/// Every message box Concord shows goes through here, so that a test can answer it instead of a person:
/// setNextAnswer() makes the next call return at once without showing anything, and lastText() tells
/// what would have been shown. Buttons are labelled through tr(), in the user's language.
class MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(concord::MessageBox)

public:
    static void critical(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    /// Yes/No question; true for Yes.
    static bool question(QWidget* parent, const QString& title, const QString& text);

    /// Tests: answer the next message box with \a button (QMessageBox::Ok, Yes, No …) without showing it.
    static void setNextAnswer(QMessageBox::StandardButton button);
    /// Answers the next boxes in turn (a question, then the report that follows it).
    static void setNextAnswers(const QList<QMessageBox::StandardButton>& buttons);
    /// Tests: the text of the last message box asked for, shown or answered.
    static QString lastText();
    static void clearLastText();

private:
    static QMessageBox::StandardButton show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
        const QString& text, QMessageBox::StandardButtons buttons);

    static QList<QMessageBox::StandardButton> s_nextAnswers;
    static QString s_lastText;
};

} // namespace concord
