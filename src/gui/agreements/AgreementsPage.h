#pragma once

#include "gui/LazyPage.h"
#include "gui/agreements/ImportRunner.h"
#include "store/StoreAccess.h"

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Ui {
class AgreementsPage;
}

namespace concord {

class AgreementFilter;
class BackgroundLoader;
class AgreementListModel;
class Clock;
class Database;
class Gazetteer;

/// The agreements list: filters (text, kind, party, year, validity), a sortable table read on a worker thread,
/// import by button, menu or dropped files (with progress and a summary), deletion, and opening an agreement in
/// the reader.
class AgreementsPage : public LazyPage
{
    Q_OBJECT

public:
    AgreementsPage(Database& database, const Gazetteer& gazetteer, const Clock& clock, QWidget* parent = nullptr);
    ~AgreementsPage() override;

    /// Starts importing \a paths (in the background, with progress); importFinished() follows with what happened
    /// to each file, after the summary was shown. False when an import is already under way.
    bool importFiles(const QStringList& paths);
    /// Deletes agreement \a id after a confirmation naming it; false when cancelled or it failed (with a message).
    bool deleteAgreement(qint64 id);
    /// Asks for files and imports them.
    void chooseAndImport();

    AgreementListModel* model() const { return m_model; }
    /// Whether the list is being read (on a worker thread); loaded() follows.
    bool isLoading() const;
    AgreementFilter* filter() const { return m_filter; }
    QTableView* view() const { return m_view; }

signals:
    void openRequested(qint64 agreementId);
    /// Agreements were added.
    void imported();
    void importFinished(const QList<concord::ImportResult>& results);
    void loaded();

protected:
    /// Reads the list again from the store (after an import or an edit elsewhere).
    void load() override;
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    /// Says, under \a title, why this user may not do \a action, when it may not (true then).
    bool refused(StoreAction action, const QString& title);
    void retranslate();
    void fillFilterChoices();
    void applyFilters();
    void openCurrent();
    void deleteCurrent();
    void showImported(const QList<ImportResult>& results);

    std::unique_ptr<Ui::AgreementsPage> m_ui;
    Database& m_database;
    const Gazetteer& m_gazetteer;
    const Clock& m_clock;
    AgreementListModel* m_model = nullptr;
    AgreementFilter* m_filter = nullptr;
    QLineEdit* m_text = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_party = nullptr;
    QComboBox* m_year = nullptr;
    QComboBox* m_validity = nullptr;
    QPushButton* m_import = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_view = nullptr;
    ImportRunner* m_importer = nullptr;
    BackgroundLoader* m_loader = nullptr;
};

} // namespace concord
