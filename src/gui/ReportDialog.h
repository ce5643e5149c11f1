#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace concord {

class Database;
struct ReportScope;
enum class LabelLanguage;

/// Export a status report: scope (all, one party with its merged predecessors, one agreement), a due
/// period, the as-of day, the format and the language of the labels; a preview of the PDF pages; Save
/// writes the file (whole or not at all) and says where.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format { Pdf, Xlsx, Csv, Html, Ics };

    ReportDialog(Database& database, QWidget* parent = nullptr);

    void setFormat(Format format);
    void setAsOf(const QDate& day);
    /// Renders the PDF of the current choices into the preview; returns the number of pages shown.
    int refreshPreview();
    /// Asks for a file name (FileDialog) and writes the report there; returns whether a file was written.
    bool save();

protected:
    void changeEvent(QEvent* event) override;

private:
    ReportScope scope() const;
    LabelLanguage labelLanguage() const;
    Format format() const;
    void retranslate();
    void fillScopes();
    void clearPreview();

    Database& m_database;
    QComboBox* m_scope = nullptr;
    QComboBox* m_party = nullptr;
    QComboBox* m_agreement = nullptr;
    QCheckBox* m_limitPeriod = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QDateEdit* m_asOf = nullptr;
    QComboBox* m_format = nullptr;
    QComboBox* m_labels = nullptr;
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
