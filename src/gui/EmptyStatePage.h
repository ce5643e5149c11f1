#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class EmptyStatePage;
}

namespace concord {

/// What a screen shows while it has nothing to show: an icon, a title and one sentence saying why and
/// what to do. The screens that later fill with data (agreements, reader, commitments, …) start here, so
/// the program never shows fake rows. Texts are set through setTexts() and re-set on language change by
/// the owner, which knows what the page stands for.
class EmptyStatePage : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyStatePage(const QIcon& icon, QWidget* parent = nullptr);
    ~EmptyStatePage() override;

    void setTexts(const QString& title, const QString& message);
    /// A button under the message that triggers \a action (and shows its text); nullptr hides it.
    void setAction(QAction* action);
    QString title() const;
    QString message() const;

private:
    std::unique_ptr<Ui::EmptyStatePage> m_ui;
};

} // namespace concord
