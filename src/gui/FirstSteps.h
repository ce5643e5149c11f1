#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace concord {

class AppSettings;

/// What a newcomer does first, above the screens until it is closed for good: fill in the office in Preferences
/// (reports are headed by it), import the province's own agreements, review the commitments found (only accepted
/// ones are counted). Each step is a link; the window opens Preferences, the import or the board.
class FirstSteps : public QFrame
{
    Q_OBJECT

public:
    explicit FirstSteps(AppSettings& settings, QWidget* parent = nullptr);

signals:
    void preferencesRequested();
    void importRequested();
    void reviewRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    AppSettings& m_settings;
    QLabel* m_text = nullptr;
    QToolButton* m_close = nullptr;
};

} // namespace concord
