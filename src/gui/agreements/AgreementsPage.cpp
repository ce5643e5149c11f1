#include "gui/agreements/AgreementsPage.h"

#include "gui/AccessHint.h"
#include "gui/BackgroundLoader.h"
#include "gui/DisplayNames.h"
#include "gui/FileDialog.h"
#include "gui/FilterChoices.h"
#include "gui/HeaderFit.h"
#include "gui/MessageBox.h"
#include "gui/agreements/AgreementFilter.h"
#include "gui/agreements/AgreementListModel.h"
#include "gui/agreements/ImportRunner.h"
#include "import/AgreementShape.h"
#include "import/SourceFile.h"
#include "model/Clock.h"
#include "store/AgreementCatalog.h"
#include "store/AgreementStore.h"
#include "store/Database.h"
#include "store/PartyDirectory.h"
#include "ui_AgreementsPage.h"

#include <QAction>
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
#include <QStyle>
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
    , m_loader(new BackgroundLoader(this))
{
    m_ui->setupUi(this);
    FilterChoices::compact(this);
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
    // Rows two lines high, the rest of a long title or party list in the tooltip: measuring every row to fit its
    // text laid out each cell of 951 agreements on the GUI thread (a 150-600 ms freeze).
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() * 2 + 10);
    m_view->horizontalHeader()->setSectionResizeMode(AgreementListModel::TitleColumn, QHeaderView::Stretch);
    for (const int column :
        { AgreementListModel::KindColumn, AgreementListModel::SignedColumn, AgreementListModel::CommitmentsColumn })
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->resizeSection(AgreementListModel::PlaceColumn, 90);
    m_view->horizontalHeader()->resizeSection(AgreementListModel::PartiesColumn, 170);

    connect(m_text, &QLineEdit::textChanged, this, &AgreementsPage::applyFilters);
    for (QComboBox* box : { m_kind, m_party, m_year, m_validity })
        connect(box, &QComboBox::currentIndexChanged, this, &AgreementsPage::applyFilters);
    connect(m_import, &QPushButton::clicked, this, &AgreementsPage::chooseAndImport);
    connect(m_view, &QTableView::activated, this, &AgreementsPage::openCurrent);
    m_importer = new ImportRunner(m_database, m_gazetteer, m_clock, this);
    connect(m_importer, &ImportRunner::finished, this, &AgreementsPage::showImported);
    // Delete: the context menu and the Delete key, each asking first.
    auto* remove = new QAction(this);
    remove->setObjectName(QStringLiteral("deleteAgreementAction"));
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &AgreementsPage::deleteCurrent);
    m_view->addAction(remove);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(&m_database.events(), &StoreEvents::changed, this, &AgreementsPage::invalidate);
    retranslate();
    reload();
}

AgreementsPage::~AgreementsPage() = default;

void AgreementsPage::retranslate()
{
    m_text->setPlaceholderText(tr("Filter by title, place or party"));
    m_import->setText(tr("Import…"));
    m_import->setToolTip(tr("Import agreements from files (Ctrl+I), or drop files here"));
    if (QAction* remove = findChild<QAction*>(QStringLiteral("deleteAgreementAction"))) {
        remove->setText(tr("Delete Agreement…"));
        AccessHint::apply(remove, m_database.access(), StoreAction::Delete);
    }
    AccessHint::apply(m_import, m_database.access(), StoreAction::Import);
    // The validity column as wide as its longest line in this language, each of its two lines whole.
    const int margins = m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) * 2 + 4;
    m_view->horizontalHeader()->resizeSection(AgreementListModel::ValidityColumn,
        HeaderFit::widest(m_view->fontMetrics(), AgreementListModel::validityLines()) + margins);
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
    const auto directory = PartyDirectory(m_database, m_gazetteer).parties();
    for (const PartyRecord& party : directory ? directory.value() : QList<PartyRecord>()) {
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
    // The counts need every commitment by the rules: read on a worker thread with its own connection.
    const QString path = m_database.path();
    const Gazetteer& gazetteer = m_gazetteer;
    const QDate today = m_clock.today();
    m_loader->readStore<QList<CatalogEntry>>(
        path, [&gazetteer, today](const Database& db) { return AgreementCatalog(db, gazetteer).entries(today); },
        [this, today](Result<QList<CatalogEntry>> entries) {
            if (!entries) {
                MessageBox::critical(this, tr("Cannot read the agreements"), entries.error().toString());
                emit loaded();
                return;
            }
            m_model->setEntries(std::move(entries).value(), today);
            fillFilterChoices();
            applyFilters();
            emit loaded();
        });
}

bool AgreementsPage::isLoading() const
{
    return m_loader->isRunning();
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
    if (refused(StoreAction::Import, tr("Cannot import")))
        return;
    // Every kind Concord reads, upper-case names too (scanners write SCAN0001.TIF); the scans also on their own.
    const auto both = [](const QStringList& patterns) {
        QStringList all = patterns;
        for (const QString& pattern : patterns)
            all.append(pattern.toUpper());
        return all.join(QLatin1Char(' '));
    };
    const QString filter = tr("Agreements and scans (%1)").arg(both(SourceFile::namePatterns())) + QStringLiteral(";;")
        + tr("Scans (%1)").arg(both(SourceFile::imagePatterns())) + QStringLiteral(";;") + tr("All files (*)");
    const QStringList paths = FileDialog::getOpenFileNames(this, tr("Import Agreements"), filter);
    if (!paths.isEmpty())
        importFiles(paths);
}

bool AgreementsPage::importFiles(const QStringList& paths)
{
    // Files dropped on the page or given by the menu: the role is checked before anything is read.
    if (refused(StoreAction::Import, tr("Cannot import")))
        return false;
    return m_importer->start(paths);
}

bool AgreementsPage::refused(StoreAction action, const QString& title)
{
    const QString refusal = m_database.access().refusal(action);
    if (!refusal.isEmpty())
        MessageBox::critical(this, title, refusal);
    return !refusal.isEmpty();
}

void AgreementsPage::showImported(const QList<ImportResult>& results)
{
    bool failed = false;
    bool added = false;
    for (const ImportResult& r : results) {
        failed = failed || r.error.has_value();
        added = added || (!r.error && !r.alreadyImported && !r.cancelled);
    }
    if (added) {
        if (isStale()) // hidden: the store's change only marked it; the page that imported shows the result
            reload();
        emit imported();
    }
    const QString summary = ImportRunner::summary(results);
    QStringList unrecognised;
    for (const ImportResult& r : results) {
        if (r.error && r.error->code == AgreementShape::NoStructure)
            unrecognised.append(r.path);
    }
    if (!unrecognised.isEmpty()) {
        // Refused for want of structure: the person may know better.
        const bool anyway = MessageBox::question(this, tr("Import anyway?"),
            summary + QStringLiteral("\n\n")
                + tr("No agreement was recognised in %n file(s). Import it (them) anyway?", nullptr,
                    int(unrecognised.size())));
        emit importFinished(results);
        if (anyway) {
            ImportOptions options;
            options.evenWithoutStructure = true;
            m_importer->start(unrecognised, options);
        }
        return;
    }
    if (failed)
        MessageBox::warning(this, tr("Import finished with errors"), summary);
    else
        MessageBox::information(this, tr("Import finished"), summary);
    emit importFinished(results);
}

void AgreementsPage::deleteCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        deleteAgreement(current.data(AgreementListModel::IdRole).toLongLong());
}

bool AgreementsPage::deleteAgreement(qint64 id)
{
    if (refused(StoreAction::Delete, tr("Cannot delete the agreement")))
        return false;
    const auto found = m_database.agreement(id);
    if (!found) {
        MessageBox::critical(this, tr("Cannot delete the agreement"), found.error().toString());
        return false;
    }
    const std::optional<Agreement>& header = found.value();
    if (!header)
        return false;
    const QString title = DisplayNames::title(header->titleVi, header->titleZh);
    if (!MessageBox::question(this, tr("Delete Agreement"),
            tr("Delete “%1” (%2) with its clauses, alignment, commitments and their history? The store's history "
               "keeps a line saying it was deleted; the file can be imported again.")
                .arg(title, header->sourceName)))
        return false;
    const auto removed = AgreementStore(m_database, m_gazetteer).remove(id, m_clock.now());
    if (!removed) {
        MessageBox::warning(this, tr("Cannot delete the agreement"), removed.error().message);
        return false;
    }
    return true;
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
