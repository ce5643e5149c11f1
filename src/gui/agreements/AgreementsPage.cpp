#include "gui/agreements/AgreementsPage.h"

#include "gui/DisplayNames.h"
#include "gui/FileDialog.h"
#include "gui/MessageBox.h"
#include "gui/agreements/AgreementFilter.h"
#include "gui/agreements/AgreementListModel.h"
#include "gui/agreements/ImportRunner.h"
#include "model/Clock.h"
#include "store/AgreementCatalog.h"
#include "store/Database.h"
#include "store/PartyDirectory.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace concord {

AgreementsPage::AgreementsPage(Database& database, const Gazetteer& gazetteer, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_gazetteer(gazetteer)
    , m_clock(clock)
    , m_model(new AgreementListModel(this))
    , m_filter(new AgreementFilter(this))
{
    setAcceptDrops(true);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("agreementFilterText"));
    m_text->setClearButtonEnabled(true);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("agreementFilterKind"));
    m_party = new QComboBox(this);
    m_party->setObjectName(QStringLiteral("agreementFilterParty"));
    m_party->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_party->setMinimumContentsLength(14);
    m_year = new QComboBox(this);
    m_year->setObjectName(QStringLiteral("agreementFilterYear"));
    m_validity = new QComboBox(this);
    m_validity->setObjectName(QStringLiteral("agreementFilterValidity"));
    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("agreementCount"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_text, 2);
    filters->addWidget(m_kind);
    filters->addWidget(m_party, 1);
    filters->addWidget(m_year);
    filters->addWidget(m_validity);
    filters->addWidget(m_import);

    m_filter->setSourceModel(m_model);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("agreementView"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AgreementListModel::SignedColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(AgreementListModel::TitleColumn, QHeaderView::Stretch);
    for (const int column : { AgreementListModel::KindColumn, AgreementListModel::SignedColumn,
             AgreementListModel::ValidityColumn, AgreementListModel::CommitmentsColumn })
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->resizeSection(AgreementListModel::PlaceColumn, 110);
    m_view->horizontalHeader()->resizeSection(AgreementListModel::PartiesColumn, 200);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    connect(m_text, &QLineEdit::textChanged, this, &AgreementsPage::applyFilters);
    for (QComboBox* box : { m_kind, m_party, m_year, m_validity })
        connect(box, &QComboBox::currentIndexChanged, this, &AgreementsPage::applyFilters);
    connect(m_import, &QPushButton::clicked, this, &AgreementsPage::chooseAndImport);
    connect(m_view, &QTableView::activated, this, &AgreementsPage::openCurrent);
    retranslate();
    reload();
}

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
    const auto refill = [](QComboBox* box, const QList<std::pair<QString, QVariant>>& items) {
        const QVariant current = box->currentData();
        const QSignalBlocker block(box);
        box->clear();
        for (const auto& [text, value] : items)
            box->addItem(text, value);
        const int at = box->findData(current);
        box->setCurrentIndex(at >= 0 ? at : 0);
    };
    QList<std::pair<QString, QVariant>> kinds { { tr("All kinds"), -1 } };
    for (const AgreementKind kind : { AgreementKind::Agreement, AgreementKind::Minutes, AgreementKind::Memorandum,
             AgreementKind::Letter, AgreementKind::JointStatement, AgreementKind::Other })
        kinds.append({ DisplayNames::kind(kind), int(kind) });
    refill(m_kind, kinds);

    QList<std::pair<QString, QVariant>> parties { { tr("All parties"), qint64(0) } };
    for (const PartyRecord& party : PartyDirectory(m_database, m_gazetteer).parties()) {
        if (party.agreements > 0)
            parties.append({ DisplayNames::party(party), party.id });
    }
    refill(m_party, parties);

    QSet<int> years;
    for (const CatalogEntry& e : m_model->entries()) {
        if (e.header.signedOn.isValid())
            years.insert(e.header.signedOn.year());
    }
    QList<int> sorted(years.begin(), years.end());
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    QList<std::pair<QString, QVariant>> yearItems { { tr("All years"), 0 } };
    for (const int year : sorted)
        yearItems.append({ QString::number(year), year });
    refill(m_year, yearItems);

    QList<std::pair<QString, QVariant>> states { { tr("Any validity"), -1 } };
    for (const ValidityState state : { ValidityState::InForce, ValidityState::ExpiringSoon, ValidityState::Expired,
             ValidityState::NotYetInForce, ValidityState::Unknown })
        states.append({ DisplayNames::validity(state), int(state) });
    refill(m_validity, states);
}

void AgreementsPage::reload()
{
    m_model->setEntries(AgreementCatalog(m_database).entries(m_clock.today()), m_clock.today());
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
        retranslate();
        m_model->setEntries(m_model->entries(), m_clock.today());
    }
    QWidget::changeEvent(event);
}

} // namespace concord
