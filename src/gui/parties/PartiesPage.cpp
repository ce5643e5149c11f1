#include "gui/parties/PartiesPage.h"

#include "gui/BackgroundLoader.h"
#include "gui/DisplayNames.h"
#include "gui/FilterChoices.h"
#include "gui/HeaderFit.h"
#include "gui/MessageBox.h"
#include "gui/Tones.h"
#include "model/Clock.h"
#include "store/CommitmentStore.h"
#include "store/Database.h"
#include "ui_PartiesPage.h"

#include <QColor>
#include <QEvent>
#include <QHeaderView>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>

namespace concord {

namespace {
constexpr int IdRole = Qt::UserRole + 1;

Result<PartiesSnapshot> readSnapshot(const Database& db, const Gazetteer& gazetteer)
{
    PartiesSnapshot snapshot;
    const PartyDirectory directory(db, gazetteer);
    auto parties = directory.parties();
    if (!parties)
        return parties.error();
    snapshot.parties = std::move(parties).value();
    auto agreements = db.agreements();
    if (!agreements)
        return agreements.error();
    snapshot.agreements = std::move(agreements).value();
    for (const PartyRecord& party : snapshot.parties) {
        auto own = directory.agreementsOf(party.id);
        if (!own)
            return own.error();
        snapshot.agreementsOf.insert(party.id, own.value());
    }
    return snapshot;
}

Result<PartyCommitments> readCommitments(
    const Database& db, const Gazetteer& gazetteer, const CommitmentFilter& filter, const QDate& today)
{
    auto rows = CommitmentStore(db, gazetteer).list(filter);
    if (!rows)
        return rows.error();
    PartyCommitments read { CommitmentTally(today), 0, int(rows->size()), {} };
    for (const StoredCommitment& c : rows.value()) {
        if (c.review == Review::Accepted)
            read.tally.add(c);
        else if (c.review == Review::Candidate)
            ++read.awaiting;
    }
    // The store lists them next due first.
    read.listed = rows->mid(0, PartiesPage::ListedCommitments);
    return read;
}
} // namespace

PartiesPage::PartiesPage(Database& database, const Gazetteer& gazetteer, const Clock& clock, QWidget* parent)
    : LazyPage(parent)
    , m_ui(std::make_unique<Ui::PartiesPage>())
    , m_database(database)
    , m_gazetteer(gazetteer)
    , m_clock(clock)
    , m_loader(new BackgroundLoader(this))
    , m_commitmentLoader(new BackgroundLoader(this))
{
    m_ui->setupUi(this);
    FilterChoices::compact(this);
    m_tree = m_ui->partyTree;
    // Each column as wide as its entries and its title (fitColumns, after each load and language change), the other
    // names the rest: no column as wide as the widest title of all, which pushed them off a 1024-pixel window.
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(true);
    m_details = m_ui->partyDetails;
    m_agreements = m_ui->partyAgreements;
    m_commitmentList = m_ui->partyCommitments;
    for (QTreeWidget* list : { m_agreements, m_commitmentList }) {
        list->header()->setStretchLastSection(false);
        list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    }
    // The title and the commitment take the room; dates and statuses their text's.
    m_agreements->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_commitmentList->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->detailsSplitter->setStretchFactor(0, 2);
    m_ui->detailsSplitter->setStretchFactor(1, 2);
    m_ui->detailsSplitter->setStretchFactor(2, 3);
    connect(m_agreements, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem* row) { emit openRequested(row->data(0, IdRole).toLongLong()); });
    m_ui->partiesSplitter->setStretchFactor(0, 3);
    m_ui->partiesSplitter->setStretchFactor(1, 2);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &PartiesPage::loadCommitments);
    connect(&m_database.events(), &StoreEvents::changed, this, &PartiesPage::invalidate);
    retranslate();
}

PartiesPage::~PartiesPage() = default;

void PartiesPage::fitColumns()
{
    for (int column = 0; column < m_tree->columnCount() - 1; ++column)
        m_tree->resizeColumnToContents(column);
    HeaderFit::titles(m_tree->header());
}

void PartiesPage::retranslate()
{
    m_tree->setHeaderLabels(
        { tr("Vietnamese name"), tr("Chinese name"), tr("Kind"), tr("Agreements"), tr("Other names") });
    fitColumns();
    m_agreements->setHeaderLabels({ tr("Agreements"), tr("Signed") });
    m_commitmentList->setHeaderLabels({ tr("Next due"), tr("Commitment"), tr("Status") });
    invalidate();
}

bool PartiesPage::isLoading() const
{
    return m_loader->isRunning() || m_commitmentLoader->isRunning();
}

void PartiesPage::selectParty(qint64 partyId)
{
    const auto found = m_tree->findItems(QStringLiteral("*"), Qt::MatchWildcard | Qt::MatchRecursive, 0);
    for (QTreeWidgetItem* item : found) {
        if (item->data(0, IdRole).toLongLong() == partyId) {
            m_tree->setCurrentItem(item);
            return;
        }
    }
}

void PartiesPage::loadCommitments()
{
    QTreeWidgetItem* item = m_tree->currentItem();
    const qint64 id = item ? item->data(0, IdRole).toLongLong() : 0;
    const auto record = std::find_if(
        m_snapshot.parties.begin(), m_snapshot.parties.end(), [id](const PartyRecord& p) { return p.id == id; });
    if (record == m_snapshot.parties.end()) {
        m_commitmentsOf = 0;
        m_commitments = PartyCommitments();
        showDetails();
        return;
    }
    // Its commitments and its predecessors', as the store's party filter reads them.
    CommitmentFilter filter;
    filter.party = record->key;
    const QString path = m_database.path();
    const Gazetteer& gazetteer = m_gazetteer;
    const QDate today = m_clock.today();
    m_commitmentLoader->readStore<PartyCommitments>(
        path, [filter, &gazetteer, today](const Database& db) { return readCommitments(db, gazetteer, filter, today); },
        [this, id](Result<PartyCommitments> result) {
            if (!result) {
                MessageBox::critical(this, tr("Cannot read the commitments"), result.error().toString());
                return;
            }
            m_commitmentsOf = id;
            m_commitments = std::move(result).value();
            showDetails();
            emit loaded();
        });
    showDetails();
}

void PartiesPage::load()
{
    const QString path = m_database.path();
    const Gazetteer& gazetteer = m_gazetteer;
    m_loader->readStore<PartiesSnapshot>(
        path, [&gazetteer](const Database& db) { return readSnapshot(db, gazetteer); },
        [this](Result<PartiesSnapshot> result) { showLoaded(result); });
}

void PartiesPage::showLoaded(const Result<PartiesSnapshot>& result)
{
    if (!result) {
        MessageBox::critical(this, tr("Cannot read the parties"), result.error().toString());
        emit loaded();
        return;
    }
    const qint64 selected = m_tree->currentItem() ? m_tree->currentItem()->data(0, IdRole).toLongLong() : 0;
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    m_snapshot = result.value();
    QHash<qint64, QTreeWidgetItem*> items;
    // Successors first, so that a merged party can sit under its successor.
    QList<PartyRecord> ordered = m_snapshot.parties;
    std::stable_sort(ordered.begin(), ordered.end(),
        [](const PartyRecord& a, const PartyRecord& b) { return (a.mergedInto > 0) < (b.mergedInto > 0); });
    for (const PartyRecord& p : ordered) {
        QStringList aliases = p.aliasesVi + p.aliasesZh;
        aliases.removeAll(p.nameVi);
        aliases.removeAll(p.nameZh);
        QStringList columns { p.nameVi, p.nameZh, DisplayNames::partyKind(p.kind), QString::number(p.agreements),
            aliases.join(QStringLiteral("; ")) };
        if (p.mergedInto > 0)
            columns[4] = tr("merged on %1").arg(DisplayNames::date(p.mergedOn))
                + (aliases.isEmpty() ? QString() : QStringLiteral("; ") + columns[4]);
        QTreeWidgetItem* parent = items.value(p.mergedInto);
        auto* item = parent ? new QTreeWidgetItem(parent, columns) : new QTreeWidgetItem(m_tree, columns);
        item->setData(0, IdRole, p.id);
        item->setToolTip(4, columns[4]);
        items.insert(p.id, item);
    }
    m_tree->expandAll();
    m_tree->sortItems(0, Qt::AscendingOrder);
    fitColumns();
    if (QTreeWidgetItem* again = items.value(selected))
        m_tree->setCurrentItem(again);
    else if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    loadCommitments();
    emit loaded();
}

CommitmentTally PartiesPage::selectedTally() const
{
    return m_commitments.tally;
}

void PartiesPage::showDetails()
{
    m_agreements->clear();
    m_commitmentList->clear();
    QTreeWidgetItem* item = m_tree->currentItem();
    if (!item) {
        m_details->setHtml(tr("<i>No parties yet: they come with the agreements you import.</i>"));
        return;
    }
    const qint64 id = item->data(0, IdRole).toLongLong();
    QString html
        = QStringLiteral("<h3>%1<br>%2</h3>").arg(item->text(0).toHtmlEscaped(), item->text(1).toHtmlEscaped());
    const QList<qint64> agreements = m_snapshot.agreementsOf.value(id);
    QHash<qint64, const Agreement*> headers;
    for (const Agreement& a : m_snapshot.agreements)
        headers.insert(a.id, &a);
    QList<QTreeWidgetItem*> agreementItems;
    for (const qint64 a : agreements) {
        const Agreement* header = headers.value(a);
        if (!header)
            continue;
        auto* row = new QTreeWidgetItem(
            { DisplayNames::title(header->titleVi, header->titleZh), DisplayNames::date(header->signedOn) });
        row->setData(0, IdRole, a);
        row->setToolTip(0, row->text(0));
        agreementItems.append(row);
    }
    m_agreements->addTopLevelItems(agreementItems);
    m_agreements->headerItem()->setText(0, tr("%n agreement(s)", nullptr, int(agreementItems.size())));

    if (m_commitmentsOf != id) {
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("Loading commitments…"));
        m_details->setHtml(html);
        return;
    }
    const CommitmentTally& tally = m_commitments.tally;
    html += QStringLiteral("<p><b>%1</b></p><ul>")
                .arg(tr("%n accepted commitment(s) it is responsible for", nullptr, tally.total));
    for (const CommitmentStatus status : DisplayNames::statuses()) {
        if (tally.byStatus.value(status) > 0)
            html += QStringLiteral("<li>%1: %2</li>")
                        .arg(DisplayNames::status(status))
                        .arg(tally.byStatus.value(status));
    }
    if (tally.overdue > 0)
        html += QStringLiteral("<li style='color:%1'>%2</li>")
                    .arg(Tones::late().name(), tr("%n overdue", nullptr, tally.overdue));
    if (tally.dueWithin30 > 0)
        html += QStringLiteral("<li>%1</li>").arg(tr("due within 30 days: %1").arg(tally.dueWithin30));
    html += QStringLiteral("</ul>");
    if (m_commitments.awaiting > 0)
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("%n more awaiting review (not counted)", nullptr, m_commitments.awaiting));
    const QList<StoredCommitment>& listed = m_commitments.listed;
    if (m_commitments.total > listed.size()) {
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("The first %1 are listed below, next due first; … and %n more: the Commitments screen "
                            "lists them all.",
                        nullptr, int(m_commitments.total - listed.size()))
                             .arg(listed.size()));
    }
    m_details->setHtml(html);

    const QDate today = m_clock.today();
    QList<QTreeWidgetItem*> rows;
    rows.reserve(listed.size());
    for (const StoredCommitment& c : listed) {
        const QDate due = c.nextDue();
        QString status = DisplayNames::status(c.currentStatus());
        if (c.review == Review::Candidate)
            status += QStringLiteral(" · ") + DisplayNames::review(c.review);
        auto* row = new QTreeWidgetItem(
            { due.isValid() ? DisplayNames::date(due) : QStringLiteral("—"), DisplayNames::summary(c), status });
        row->setToolTip(1, row->text(1));
        if (c.isOverdue(today)) {
            for (int column = 0; column < 3; ++column)
                row->setForeground(column, Tones::late());
        }
        rows.append(row);
    }
    m_commitmentList->addTopLevelItems(rows);
}

void PartiesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    LazyPage::changeEvent(event);
}

} // namespace concord
