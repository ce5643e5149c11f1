#pragma once

#include <QDialog>

class QFormLayout;
class QLineEdit;
class QSpinBox;
class QDialogButtonBox;
class QLabel;

namespace concord {

class AppSettings;

/// What an office sets once: its name in Vietnamese and Chinese, who signs its reports and their title (the
/// PDF report's header and signature block), and how many daily backups of a store are kept. OK saves to
/// AppSettings; Cancel leaves them as they were.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(AppSettings& settings, QWidget* parent = nullptr);

    /// Saves the fields to the settings (what OK does).
    void save();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    AppSettings& m_settings;
    QLineEdit* m_officeVi = nullptr;
    QLineEdit* m_officeZh = nullptr;
    QLineEdit* m_signer = nullptr;
    QLineEdit* m_signerTitle = nullptr;
    QSpinBox* m_backups = nullptr;
    QList<QLabel*> m_labels;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_ok = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace concord
