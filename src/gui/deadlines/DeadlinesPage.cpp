#include "gui/deadlines/DeadlinesPage.h"

#include "gui/DisplayNames.h"
#include "model/Clock.h"
#include "store/CommitmentStore.h"
#include "store/Database.h"
#include "ui_DeadlinesPage.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QSpinBox>
#include <QTreeWidget>

namespace concord {

namespace {
constexpr int IdRole = Qt::UserRole + 1;

struct Deadline
{
    QDate due;
    const StoredCommitment* commitment;
    CommitmentStatus status;
};
} // namespace

DeadlinesPage::DeadlinesPage(Database& database, const Gazetteer& gazetteer, const Clock& clock, QWidget* parent)
    : LazyPage(parent)
    , m_ui(std::make_unique<Ui::DeadlinesPage>())
    , m_database(database)
    , m_gazetteer(gazetteer)
    , m_clock(clock)
{
    m_ui->setupUi(this);
    m_months = m_ui->deadlineMonths;
    m_tree = m_ui->deadlineTree;
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->resizeSection(0, 240);
    m_tree->header()->resizeSection(1, 380);
    m_tree->header()->resizeSection(2, 110);
    connect(m_months, &QSpinBox::valueChanged, this, &DeadlinesPage::reload);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (const qint64 id = item->data(0, IdRole).toLongLong(); id > 0)
            emit showCommitment(id);
    });
    retranslate();
}

DeadlinesPage::~DeadlinesPage() = default;

void DeadlinesPage::retranslate()
{
    m_ui->deadlineMonthsLabel->setText(tr("Months ahead:"));
    m_tree->setHeaderLabels({ tr("Due"), tr("Commitment"), tr("Status"), tr("Agreement"), tr("Clause") });
    invalidate();
}

void DeadlinesPage::load()
{
    m_tree->clear();
    const QDate today = m_clock.today();
    const QDate until = QDate(today.year(), today.month(), 1).addMonths(m_months->value()).addDays(-1);
    const auto list = CommitmentStore(m_database, m_gazetteer).list(CommitmentFilter {});
    if (!list)
        return;
    QList<Deadline> deadlines;
    for (const StoredCommitment& c : list.value()) {
        if (c.occurrences.isEmpty()) {
            if (c.found.due.isValid() && !CommitmentStatusRules::isClosed(c.status) && c.found.due <= until)
                deadlines.append({ c.found.due, &c, c.status });
            continue;
        }
        for (const Occurrence& o : c.occurrences) {
            if (!CommitmentStatusRules::isClosed(o.status) && o.due <= until)
                deadlines.append({ o.due, &c, o.status });
        }
    }
    std::stable_sort(
        deadlines.begin(), deadlines.end(), [](const Deadline& a, const Deadline& b) { return a.due < b.due; });

    QTreeWidgetItem* overdue = nullptr;
    QMap<QDate, QTreeWidgetItem*> months;
    for (const Deadline& d : deadlines) {
        QTreeWidgetItem* group = nullptr;
        if (d.due < today) {
            if (!overdue) {
                overdue = new QTreeWidgetItem(m_tree);
                overdue->setForeground(0, QColor(178, 34, 34));
            }
            group = overdue;
        } else {
            const QDate month(d.due.year(), d.due.month(), 1);
            group = months.value(month);
            if (!group) {
                group = new QTreeWidgetItem(m_tree);
                group->setText(0, DisplayNames::month(month));
                months.insert(month, group);
            }
        }
        const StoredCommitment& c = *d.commitment;
        auto* item = new QTreeWidgetItem(group,
            { DisplayNames::date(d.due), DisplayNames::summary(c), DisplayNames::status(d.status),
                DisplayNames::agreementTitle(c), c.found.label });
        item->setData(0, IdRole, c.id);
        item->setToolTip(1, c.found.vi + QStringLiteral("\n") + c.found.zh);
        if (d.due < today)
            item->setForeground(0, QColor(178, 34, 34));
    }
    if (overdue)
        overdue->setText(0, tr("Overdue (%n)", nullptr, overdue->childCount()));
    for (QTreeWidgetItem* group : months)
        group->setText(0, group->text(0) + QStringLiteral(" (%1)").arg(group->childCount()));
    if (m_tree->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_tree, { tr("Nothing falls due in this period.") });
    m_tree->expandAll();
}

void DeadlinesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    LazyPage::changeEvent(event);
}

} // namespace concord
