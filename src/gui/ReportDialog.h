#pragma once

#include "model/ReportIssuer.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace concord {

class AppSettings;
class BackgroundLoader;
class Clock;
class Database;
class Gazetteer;
struct ReportScope;
enum class LabelLanguage;

/// Export a status report: scope (all, one party with its merged predecessors, one agreement), a due
/// period, the as-of day (today by the injected clock), whether candidates awaiting review count, the format and
/// the language of the labels; a preview of the PDF pages; Save writes the file (whole or not at all) and says
/// where. Reports are laid out on a worker thread behind a progress dialog; the window keeps turning.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format { Pdf, Xlsx, Csv, Html, Ics };
    /// The common reports, chosen on the Reports screen.
    enum class Preset { All, ByParty, ByAgreement, ThisQuarter, ThisYear, OverdueOnly };

    ReportDialog(Database& database, const Gazetteer& gazetteer, const Clock& clock, QWidget* parent = nullptr);

    void setFormat(Format format);
    void setAsOf(const QDate& day);
    void setIncludeCandidates(bool include);
    /// The office and signer of the PDF's header and signature block (Preferences); the number is typed here.
    void setIssuer(const ReportIssuer& issuer);
    /// The issuer from \a settings, and Preferences reachable from the dialog's hint when the office is not set.
    void useSettings(AppSettings& settings);
    /// Whether the dialog tells that the office is not set (the report then leaves it blank to fill in by hand).
    bool tellsOfficeMissing() const;
    /// Sets scope and period for \a preset (this quarter and year by the clock's today).
    void applyPreset(Preset preset);
    /// Starts rendering the PDF of the current choices into the preview; previewShown() follows.
    void refreshPreview();
    /// Asks for a file name (FileDialog) and starts writing the report there; saved() follows. False when no file
    /// was chosen.
    bool save();
    bool isBusy() const;

signals:
    void previewShown(int pages);
    void saved(bool ok);
    /// A report was written to \a path.
    void savedTo(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    ReportScope scope() const;
    LabelLanguage labelLanguage() const;
    Format format() const;
    void retranslate();
    void fillScopes();
    void retranslateIssuerHint();
    void clearPreview();
    /// Where Save suggests writing: the report's title, the party, the as-of day, in the documents folder.
    QString suggestedPath(const QString& suffix) const;
    ReportIssuer issuer() const;
    void showBusy(const QString& label);
    void hideBusy();

    Database& m_database;
    const Gazetteer& m_gazetteer;
    const Clock& m_clock;
    BackgroundLoader* m_loader = nullptr;
    QProgressDialog* m_progress = nullptr;
    QCheckBox* m_includeCandidates = nullptr;
    QComboBox* m_scope = nullptr;
    QComboBox* m_party = nullptr;
    QComboBox* m_agreement = nullptr;
    QCheckBox* m_limitPeriod = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QDateEdit* m_asOf = nullptr;
    QComboBox* m_format = nullptr;
    QComboBox* m_labels = nullptr;
    QLineEdit* m_number = nullptr;
    bool m_overdueOnly = false;
    ReportIssuer m_issuer; ///< from setIssuer(); the number comes from m_number
    AppSettings* m_settings = nullptr; ///< from useSettings(): where the hint's Preferences link writes
    QLabel* m_issuerHint = nullptr;
    QPushButton* m_previewButton = nullptr;
    QScrollArea* m_previewArea = nullptr;
    QVBoxLayout* m_pages = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_closeButton = nullptr;
    QList<QLabel*> m_formLabels;
};

} // namespace concord
