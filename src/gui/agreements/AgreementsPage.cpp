#include "gui/agreements/AgreementsPage.h"

#include "gui/DisplayNames.h"
#include "gui/FileDialog.h"
#include "gui/FilterChoices.h"
#include "gui/MessageBox.h"
#include "gui/agreements/AgreementFilter.h"
#include "gui/agreements/AgreementListModel.h"
#include "gui/agreements/ImportRunner.h"
#include "model/Clock.h"
#include "store/AgreementCatalog.h"
#include "store/Database.h"
#include "store/PartyDirectory.h"
#include "ui_AgreementsPage.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSet>
#include <QTableView>

namespace concord {

AgreementsPage::AgreementsPage(Database& database, const Gazetteer& gazetteer, const Clock& clock, QWidget* parent)
    : LazyPage(parent)
    , m_ui(std::make_unique<Ui::AgreementsPage>())
    , m_database(database)
    , m_gazetteer(gazetteer)
    , m_clock(clock)
    , m_model(new AgreementListModel(this))
    , m_filter(new AgreementFilter(this))
{
    m_ui->setupUi(this);
    setAcceptDrops(true);
    m_text = m_ui->agreementFilterText;
    m_kind = m_ui->agreementFilterKind;
    m_party = m_ui->agreementFilterParty;
    m_year = m_ui->agreementFilterYear;
    m_validity = m_ui->agreementFilterValidity;
    m_import = m_ui->importButton;
    m_count = m_ui->agreementCount;
    m_view = m_ui->agreementView;

    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->sortByColumn(AgreementListModel::SignedColumn, Qt::DescendingOrder);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(AgreementListModel::TitleColumn, QHeaderView::Stretch);
    for (const int column :
        { AgreementListModel::KindColumn, AgreementListModel::SignedColumn, AgreementListModel::CommitmentsColumn })
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->resizeSection(AgreementListModel::PlaceColumn, 90);
    m_view->horizontalHeader()->resizeSection(AgreementListModel::ValidityColumn, 130);
    m_view->horizontalHeader()->resizeSection(AgreementListModel::PartiesColumn, 170);

    connect(m_text, &QLineEdit::textChanged, this, &AgreementsPage::applyFilters);
    for (QComboBox* box : { m_kind, m_party, m_year, m_validity })
        connect(box, &QComboBox::currentIndexChanged, this, &AgreementsPage::applyFilters);
    connect(m_import, &QPushButton::clicked, this, &AgreementsPage::chooseAndImport);
    connect(m_view, &QTableView::activated, this, &AgreementsPage::openCurrent);
    retranslate();
    reload();
}

AgreementsPage::~AgreementsPage() = default;

void AgreementsPage::retranslate()
{
    m_text->setPlaceholderText(tr("Filter by title, place or party"));
    m_import->setText(tr("Import…"));
    m_import->setToolTip(tr("Import agreements from files (Ctrl+I), or drop files here"));
    fillFilterChoices();
    applyFilters();
}

void AgreementsPage::fillFilterChoices()
{
    Choices kinds { { tr("All kinds"), -1 } };
    for (const AgreementKind kind : { AgreementKind::Agreement, AgreementKind::Minutes, AgreementKind::Memorandum,
             AgreementKind::Letter, AgreementKind::JointStatement, AgreementKind::Other })
        kinds.append({ DisplayNames::kind(kind), int(kind) });
    FilterChoices::refill(m_kind, kinds);

    Choices parties { { tr("All parties"), qint64(0) } };
    for (const PartyRecord& party : PartyDirectory(m_database, m_gazetteer).parties()) {
        if (party.agreements > 0)
            parties.append({ DisplayNames::party(party), party.id });
    }
    FilterChoices::refill(m_party, parties);

    QSet<int> years;
    for (const CatalogEntry& e : m_model->entries()) {
        if (e.header.signedOn.isValid())
            years.insert(e.header.signedOn.year());
    }
    QList<int> sorted(years.begin(), years.end());
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    Choices yearItems { { tr("All years"), 0 } };
    for (const int year : sorted)
        yearItems.append({ QString::number(year), year });
    FilterChoices::refill(m_year, yearItems);

    Choices states { { tr("Any validity"), -1 } };
    for (const ValidityState state : { ValidityState::InForce, ValidityState::ExpiringSoon, ValidityState::Expired,
             ValidityState::NotYetInForce, ValidityState::Unknown })
        states.append({ DisplayNames::validity(state), int(state) });
    FilterChoices::refill(m_validity, states);
}

void AgreementsPage::load()
{
    m_model->setEntries(AgreementCatalog(m_database, m_gazetteer).entries(m_clock.today()), m_clock.today());
    fillFilterChoices();
    applyFilters();
}

void AgreementsPage::applyFilters()
{
    if (!m_model)
        return;
    m_filter->setText(m_text->text());
    m_filter->setKind(m_kind->currentData().toInt());
    m_filter->setParty(m_party->currentData().toLongLong());
    m_filter->setYear(m_year->currentData().toInt());
    m_filter->setValidity(m_validity->currentData().toInt());
    // A filter looks at every agreement, not only those the view has fetched so far.
    if (m_filter->isFiltering()) {
        while (m_model->canFetchMore({}))
            m_model->fetchMore({});
    }
    m_count->setText(tr("%1 of %n agreement(s)", nullptr, int(m_model->entries().size())).arg(m_filter->rowCount()));
}

void AgreementsPage::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        emit openRequested(current.data(AgreementListModel::IdRole).toLongLong());
}

void AgreementsPage::chooseAndImport()
{
    const QStringList paths = FileDialog::getOpenFileNames(
        this, tr("Import Agreements"), tr("Agreements (*.txt *.docx *.pdf);;All files (*)"));
    if (!paths.isEmpty())
        importFiles(paths);
}

QList<ImportResult> AgreementsPage::importFiles(const QStringList& paths)
{
    const QList<ImportResult> results = ImportRunner(m_database, m_gazetteer).run(paths, this);
    bool failed = false;
    bool added = false;
    for (const ImportResult& r : results) {
        failed = failed || r.error.has_value();
        added = added || (!r.error && !r.alreadyImported);
    }
    if (added) {
        reload();
        emit imported();
    }
    const QString summary = ImportRunner::summary(results);
    if (failed)
        MessageBox::warning(this, tr("Import finished with errors"), summary);
    else
        MessageBox::information(this, tr("Import finished"), summary);
    return results;
}

void AgreementsPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void AgreementsPage::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importFiles(paths);
}

void AgreementsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        m_model->setEntries(m_model->entries(), m_clock.today());
    }
    LazyPage::changeEvent(event);
}

} // namespace concord
