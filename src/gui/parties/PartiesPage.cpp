#include "gui/parties/PartiesPage.h"

#include "gui/BackgroundLoader.h"
#include "gui/DisplayNames.h"
#include "gui/FilterChoices.h"
#include "gui/HeaderFit.h"
#include "gui/MessageBox.h"
#include "model/Clock.h"
#include "store/CommitmentStore.h"
#include "store/Database.h"
#include "ui_PartiesPage.h"

#include <QEvent>
#include <QHeaderView>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrl>

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
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_details = m_ui->partyDetails;
    m_ui->partiesSplitter->setStretchFactor(0, 3);
    m_ui->partiesSplitter->setStretchFactor(1, 2);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &PartiesPage::loadCommitments);
    connect(m_details, &QTextBrowser::anchorClicked, this,
        [this](const QUrl& url) { emit openRequested(url.path().toLongLong()); });
    connect(&m_database.events(), &StoreEvents::changed, this, &PartiesPage::invalidate);
    retranslate();
}

PartiesPage::~PartiesPage() = default;

void PartiesPage::retranslate()
{
    m_tree->setHeaderLabels(
        { tr("Vietnamese name"), tr("Chinese name"), tr("Kind"), tr("Agreements"), tr("Other names") });
    HeaderFit::titles(m_tree->header());
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
        m_commitments.clear();
        showDetails();
        return;
    }
    // Its commitments and its predecessors', as the store's party filter reads them.
    CommitmentFilter filter;
    filter.party = record->key;
    const QString path = m_database.path();
    const Gazetteer& gazetteer = m_gazetteer;
    m_commitmentLoader->readStore<QList<StoredCommitment>>(
        path, [filter, &gazetteer](const Database& db) { return CommitmentStore(db, gazetteer).list(filter); },
        [this, id](Result<QList<StoredCommitment>> result) {
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
    if (QTreeWidgetItem* again = items.value(selected))
        m_tree->setCurrentItem(again);
    else if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    loadCommitments();
    emit loaded();
}

CommitmentTally PartiesPage::selectedTally() const
{
    CommitmentTally tally(m_clock.today());
    for (const StoredCommitment& c : m_commitments) {
        if (c.review == Review::Accepted)
            tally.add(c);
    }
    return tally;
}

void PartiesPage::showDetails()
{
    QTreeWidgetItem* item = m_tree->currentItem();
    if (!item) {
        m_details->setHtml(tr("<i>No parties yet: they come with the agreements you import.</i>"));
        return;
    }
    const qint64 id = item->data(0, IdRole).toLongLong();
    QString html
        = QStringLiteral("<h3>%1<br>%2</h3>").arg(item->text(0).toHtmlEscaped(), item->text(1).toHtmlEscaped());
    const QList<qint64> agreements = m_snapshot.agreementsOf.value(id);
    html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("%n agreement(s)", nullptr, int(agreements.size())));
    for (const qint64 a : agreements) {
        const auto header = std::find_if(
            m_snapshot.agreements.begin(), m_snapshot.agreements.end(), [a](const Agreement& x) { return x.id == a; });
        if (header == m_snapshot.agreements.end())
            continue;
        html += QStringLiteral("<li><a href='agreement:%1'>%2</a> %3</li>")
                    .arg(a)
                    .arg(DisplayNames::title(header->titleVi, header->titleZh).toHtmlEscaped(),
                        DisplayNames::date(header->signedOn));
    }
    html += QStringLiteral("</ul>");

    if (m_commitmentsOf != id) {
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("Loading commitments…"));
        m_details->setHtml(html);
        return;
    }
    const CommitmentTally tally = selectedTally();
    const int awaiting = int(std::count_if(m_commitments.begin(), m_commitments.end(),
        [](const StoredCommitment& c) { return c.review == Review::Candidate; }));
    html += QStringLiteral("<p><b>%1</b></p><ul>")
                .arg(tr("%n accepted commitment(s) it is responsible for", nullptr, tally.total));
    for (const CommitmentStatus status : DisplayNames::statuses()) {
        if (tally.byStatus.value(status) > 0)
            html += QStringLiteral("<li>%1: %2</li>")
                        .arg(DisplayNames::status(status))
                        .arg(tally.byStatus.value(status));
    }
    if (tally.overdue > 0)
        html += QStringLiteral("<li style='color:#b22222'>%1</li>").arg(tr("%n overdue", nullptr, tally.overdue));
    if (tally.dueWithin30 > 0)
        html += QStringLiteral("<li>%1</li>").arg(tr("due within 30 days: %1").arg(tally.dueWithin30));
    html += QStringLiteral("</ul>");
    if (awaiting > 0)
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("%n more awaiting review (not counted)", nullptr, awaiting));
    if (!m_commitments.isEmpty()) {
        html += QStringLiteral("<table cellspacing='0' cellpadding='3' width='100%'>");
        const QDate today = m_clock.today();
        for (qsizetype k = 0; k < std::min<qsizetype>(m_commitments.size(), ListedCommitments); ++k) {
            const StoredCommitment* c = &m_commitments[k];
            const QDate due = c->nextDue();
            QString status = DisplayNames::status(c->currentStatus());
            if (c->review == Review::Candidate)
                status += QStringLiteral(" · ") + DisplayNames::review(c->review);
            html += QStringLiteral("<tr><td%1>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(c->isOverdue(today) ? QStringLiteral(" style='color:#b22222'") : QString(),
                            due.isValid() ? DisplayNames::date(due) : QStringLiteral("—"),
                            DisplayNames::summary(*c).toHtmlEscaped(), status.toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
        if (m_commitments.size() > ListedCommitments) {
            html += QStringLiteral("<p><i>%1</i></p>")
                        .arg(tr("… and %n more, next due first: the Commitments screen lists them all.", nullptr,
                            int(m_commitments.size() - ListedCommitments)));
        }
    }
    m_details->setHtml(html);
}

void PartiesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    LazyPage::changeEvent(event);
}

} // namespace concord
