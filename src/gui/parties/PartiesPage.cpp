#include "gui/parties/PartiesPage.h"

#include "gui/DisplayNames.h"
#include "model/Clock.h"
#include "store/CommitmentStore.h"
#include "store/Database.h"
#include "store/PartyDirectory.h"
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
}

PartiesPage::PartiesPage(Database& database, const Gazetteer& gazetteer, const Clock& clock, QWidget* parent)
    : LazyPage(parent)
    , m_ui(std::make_unique<Ui::PartiesPage>())
    , m_database(database)
    , m_gazetteer(gazetteer)
    , m_clock(clock)
{
    m_ui->setupUi(this);
    m_tree = m_ui->partyTree;
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_details = m_ui->partyDetails;
    m_ui->partiesSplitter->setStretchFactor(0, 3);
    m_ui->partiesSplitter->setStretchFactor(1, 2);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &PartiesPage::showDetails);
    connect(m_details, &QTextBrowser::anchorClicked, this,
        [this](const QUrl& url) { emit openRequested(url.path().toLongLong()); });
    retranslate();
}

PartiesPage::~PartiesPage() = default;

void PartiesPage::retranslate()
{
    m_tree->setHeaderLabels(
        { tr("Vietnamese name"), tr("Chinese name"), tr("Kind"), tr("Agreements"), tr("Other names") });
    invalidate();
}

void PartiesPage::load()
{
    const qint64 selected = m_tree->currentItem() ? m_tree->currentItem()->data(0, IdRole).toLongLong() : 0;
    m_tree->clear();
    const QList<PartyRecord> parties = PartyDirectory(m_database, m_gazetteer).parties();
    QHash<qint64, QTreeWidgetItem*> items;
    // Successors first, so that a merged party can sit under its successor.
    QList<PartyRecord> ordered = parties;
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
    showDetails();
}

void PartiesPage::showDetails()
{
    QTreeWidgetItem* item = m_tree->currentItem();
    if (!item) {
        m_details->setHtml(tr("<i>No parties yet: they come with the agreements you import.</i>"));
        return;
    }
    const qint64 id = item->data(0, IdRole).toLongLong();
    const PartyDirectory directory(m_database, m_gazetteer);
    QString html
        = QStringLiteral("<h3>%1<br>%2</h3>").arg(item->text(0).toHtmlEscaped(), item->text(1).toHtmlEscaped());
    const QList<qint64> agreements = directory.agreementsOf(id);
    html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("%n agreement(s)", nullptr, int(agreements.size())));
    for (const qint64 a : agreements) {
        if (const auto header = m_database.agreement(a)) {
            html += QStringLiteral("<li><a href='agreement:%1'>%2</a> %3</li>")
                        .arg(a)
                        .arg(DisplayNames::title(header->titleVi, header->titleZh).toHtmlEscaped(),
                            DisplayNames::date(header->signedOn));
        }
    }
    html += QStringLiteral("</ul>");
    CommitmentFilter filter;
    filter.party = item->text(0).isEmpty() ? item->text(1) : item->text(0);
    if (const auto list = CommitmentStore(m_database, m_gazetteer).list(filter)) {
        QHash<CommitmentStatus, int> counts;
        int overdue = 0;
        const QDate today = m_clock.today();
        for (const StoredCommitment& c : list.value()) {
            ++counts[c.currentStatus()];
            overdue += c.isOverdue(today) ? 1 : 0;
        }
        html += QStringLiteral("<p><b>%1</b></p><ul>")
                    .arg(tr("%n commitment(s) it is responsible for", nullptr, int(list->size())));
        for (const CommitmentStatus status : DisplayNames::statuses()) {
            if (counts.value(status) > 0)
                html += QStringLiteral("<li>%1: %2</li>").arg(DisplayNames::status(status)).arg(counts.value(status));
        }
        if (overdue > 0)
            html += QStringLiteral("<li style='color:#b22222'>%1</li>").arg(tr("%n overdue", nullptr, overdue));
        html += QStringLiteral("</ul>");
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
