#include "gui/deadlines/DeadlinesPage.h"

#include "gui/AccessHint.h"
#include "gui/BackgroundLoader.h"
#include "gui/DisplayNames.h"
#include "gui/FilterChoices.h"
#include "gui/HeaderFit.h"
#include "gui/MessageBox.h"
#include "gui/Tones.h"
#include "gui/deadlines/CloseHistoryDialog.h"
#include "model/Clock.h"
#include "store/CommitmentStore.h"
#include "store/CommitmentTracker.h"
#include "store/Database.h"
#include "ui_DeadlinesPage.h"

#include <QCheckBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>

#include <utility>

namespace concord {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int AgreementRole = Qt::UserRole + 2;
constexpr int HistoryRole = Qt::UserRole + 3;
enum Column { DueColumn, CommitmentColumn, ResponsibleColumn, StatusColumn, AgreementColumn, ClauseColumn };
} // namespace

DeadlinesPage::DeadlinesPage(Database& database, const Gazetteer& gazetteer, const Clock& clock, QWidget* parent)
    : LazyPage(parent)
    , m_ui(std::make_unique<Ui::DeadlinesPage>())
    , m_database(database)
    , m_gazetteer(gazetteer)
    , m_clock(clock)
    , m_loader(new BackgroundLoader(this))
    , m_firstLoader(new BackgroundLoader(this))
    , m_schedule(std::make_shared<DeadlineSchedule>(QList<StoredCommitment>(), clock.today(), clock.today()))
{
    m_ui->setupUi(this);
    FilterChoices::compact(this);
    m_months = m_ui->deadlineMonths;
    m_candidates = m_ui->deadlineCandidates;
    m_summary = m_ui->deadlineSummary;
    m_closeHistory = m_ui->closeHistoryButton;
    m_tree = m_ui->deadlineTree;
    // Every line is one line of text: the view takes the first row's height for all instead of measuring each.
    m_tree->setUniformRowHeights(true);
    // The commitment takes the room; the date as wide as a date (under the group's indentation), party, status,
    // agreement and clause narrow (the full texts in tooltips): every column on screen from 1024 pixels.
    const QFontMetrics metrics(m_tree->font());
    QHeaderView* header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CommitmentColumn, QHeaderView::Stretch);
    header->resizeSection(DueColumn, m_tree->indentation() * 2 + HeaderFit::dateWidth(metrics));
    header->resizeSection(ResponsibleColumn, metrics.averageCharWidth() * 14);
    header->resizeSection(StatusColumn, HeaderFit::widest(metrics, { QStringLiteral("Đang thực hiện") }));
    header->resizeSection(AgreementColumn, metrics.averageCharWidth() * 14);
    header->resizeSection(ClauseColumn, HeaderFit::widest(metrics, { QStringLiteral("Điều 10.") }));
    connect(m_months, &QSpinBox::valueChanged, this, &DeadlinesPage::reload);
    connect(m_candidates, &QCheckBox::toggled, this, &DeadlinesPage::reload);
    connect(m_closeHistory, &QPushButton::clicked, this, &DeadlinesPage::askCloseHistory);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        AccessHint::apply(
            m_closeHistory, m_database.access(), StoreAction::SetStatus, item && item->data(0, HistoryRole).toBool());
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (const qint64 id = item->data(0, IdRole).toLongLong(); id > 0)
            emit showCommitment(id);
    });
    connect(&m_database.events(), &StoreEvents::changed, this, &DeadlinesPage::invalidate);
    retranslate();
}

DeadlinesPage::~DeadlinesPage()
{
    BackgroundLoader::releaseLater(std::move(m_commitments));
}

void DeadlinesPage::retranslate()
{
    m_ui->deadlineMonthsLabel->setText(tr("Months ahead:"));
    m_candidates->setText(tr("Include commitments awaiting review"));
    m_closeHistory->setText(tr("Close History of This Agreement…"));
    m_closeHistory->setToolTip(tr("Set every period of the selected agreement that ended before it was tracked "
                                  "to one status, with one note."));
    AccessHint::apply(m_closeHistory, m_database.access(), StoreAction::SetStatus, m_closeHistory->isEnabled());
    m_tree->setHeaderLabels(
        { tr("Due"), tr("Commitment"), tr("Responsible"), tr("Status"), tr("Agreement"), tr("Clause") });
    HeaderFit::titles(m_tree->header());
    invalidate();
}

void DeadlinesPage::setIncludeCandidates(bool include)
{
    m_candidates->setChecked(include);
}

bool DeadlinesPage::isLoading() const
{
    return m_loader->isRunning();
}

void DeadlinesPage::load()
{
    const QString path = m_database.path();
    const Gazetteer& gazetteer = m_gazetteer;
    CommitmentFilter filter;
    filter.reviews = m_candidates->isChecked() ? QList<Review> { Review::Accepted, Review::Candidate }
                                               : QList<Review> { Review::Accepted };
    m_summary->setText(tr("Loading deadlines…"));
    // The schedule is built on the worker too: the window only makes the lines.
    const QDate today = m_clock.today();
    const QDate until = QDate(today.year(), today.month(), 1).addMonths(m_months->value()).addDays(-1);
    const auto read
        = [&gazetteer, today, until](const Database& db, const CommitmentFilter& narrowed) -> Result<Scheduled> {
        auto list = CommitmentStore(db, gazetteer).list(narrowed);
        if (!list)
            return list.error();
        Scheduled scheduled { std::move(list).value(), nullptr, narrowed.limit > 0 };
        scheduled.schedule = std::make_shared<DeadlineSchedule>(scheduled.commitments, today, until);
        return scheduled;
    };
    // As the board: the earliest due first (overdue ones, at the top of the screen), the whole schedule behind.
    CommitmentFilter first = filter;
    first.limit = FirstWindow;
    m_firstLoader->readStore<Scheduled>(
        path, [read, first](const Database& db) { return read(db, first); },
        [this](Result<Scheduled> result) {
            if (m_loader->isRunning() && result) // too late once the whole schedule is there
                showLoaded(std::move(result));
        });
    m_loader->readStore<Scheduled>(
        path, [read, filter](const Database& db) { return read(db, filter); },
        [this](Result<Scheduled> result) { showLoaded(std::move(result)); });
}

void DeadlinesPage::showLoaded(Result<Scheduled> result)
{
    m_tree->clear();
    if (!result) {
        m_summary->clear();
        MessageBox::critical(this, tr("Cannot read the deadlines"), result.error().toString());
        emit loaded();
        return;
    }
    const bool partial = result->partial;
    // The list it replaces is freed on a worker (100,000 commitments: a quarter of a second).
    BackgroundLoader::releaseLater(std::exchange(m_commitments, std::move(result->commitments)));
    BackgroundLoader::releaseLater(std::exchange(m_schedule, std::move(result->schedule)));
    const CommitmentTally& tally = m_schedule->tally();
    if (partial)
        m_summary->setText(tr("Showing the earliest deadlines; reading the rest…"));
    else
        m_summary->setText(tr("%n commitment(s)", nullptr, tally.total) + QStringLiteral(" (")
            + (m_candidates->isChecked() ? tr("accepted and awaiting review") : tr("accepted")) + QStringLiteral(") · ")
            + tr("overdue: %1").arg(tally.overdue) + QStringLiteral(" · ")
            + tr("due within 30 days: %1").arg(tally.dueWithin30) + QStringLiteral(" · ")
            + tr("status to confirm: %1").arg(tally.toConfirm));

    const QColor late = Tones::late();
    const QColor grey = Tones::muted();
    for (const DeadlineGroup& group : m_schedule->groups()) {
        auto* heading = new QTreeWidgetItem(m_tree);
        const int n = int(group.deadlines.size());
        switch (group.kind) {
        case DeadlineGroup::Overdue:
            heading->setText(0, partial ? tr("Overdue (…)") : tr("Overdue (%n)", nullptr, n));
            heading->setForeground(0, late);
            break;
        case DeadlineGroup::ToConfirm:
            heading->setText(0,
                partial ? tr("Status to confirm: due before tracking started (…)")
                        : tr("Status to confirm: due before tracking started (%n)", nullptr, n));
            break;
        case DeadlineGroup::Month:
            heading->setText(0,
                DisplayNames::month(group.month) + (partial ? QStringLiteral(" (…)") : QStringLiteral(" (%1)").arg(n)));
            break;
        case DeadlineGroup::History:
            heading->setText(0,
                partial ? tr("Before tracking started, still open (…)")
                        : tr("Before tracking started, still open (%n)", nullptr, n));
            heading->setForeground(0, grey);
            break;
        }
        heading->setFirstColumnSpanned(true);
        for (const Deadline& d : group.deadlines.mid(0, ShownPerGroup)) {
            const StoredCommitment& c = m_commitments[d.commitment];
            auto* item = new QTreeWidgetItem(heading,
                { DisplayNames::date(d.due), DisplayNames::summary(c),
                    DisplayNames::partyKeys(c.found.responsible, m_gazetteer), DisplayNames::status(d.status),
                    DisplayNames::agreementTitle(c), DisplayNames::clauseLabel(c.found) });
            item->setData(0, IdRole, c.id);
            item->setData(0, AgreementRole, c.agreementId);
            item->setData(0, HistoryRole, group.kind == DeadlineGroup::History);
            item->setToolTip(CommitmentColumn, c.found.vi + QStringLiteral("\n") + c.found.zh);
            for (const int column : { ResponsibleColumn, AgreementColumn })
                item->setToolTip(column, item->text(column));
            if (group.kind == DeadlineGroup::Overdue)
                item->setForeground(DueColumn, late);
            if (group.kind == DeadlineGroup::History) {
                for (int column = 0; column < m_tree->columnCount(); ++column)
                    item->setForeground(column, grey);
            }
        }
        if (n > ShownPerGroup) {
            auto* more = new QTreeWidgetItem(
                heading, { tr("… and %n more (the Commitments screen lists them all)", nullptr, n - ShownPerGroup) });
            more->setFirstColumnSpanned(true);
            more->setForeground(0, grey);
        }
    }
    if (m_tree->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_tree, { tr("Nothing falls due in this period.") });
    m_tree->expandAll();
    m_closeHistory->setEnabled(false);
    if (!partial)
        emit loaded();
}

void DeadlinesPage::askCloseHistory()
{
    QTreeWidgetItem* item = m_tree->currentItem();
    if (!item || !item->data(0, HistoryRole).toBool())
        return;
    const qint64 agreement = item->data(0, AgreementRole).toLongLong();
    CloseHistoryDialog dialog(item->text(AgreementColumn), this);
    if (dialog.exec() == QDialog::Accepted)
        closeHistory(agreement, dialog.status(), dialog.note());
}

bool DeadlinesPage::closeHistory(qint64 agreementId, CommitmentStatus status, const QString& note)
{
    const auto closed
        = CommitmentTracker(m_database, m_gazetteer).closeHistory(agreementId, status, note, m_clock.now());
    if (!closed) {
        MessageBox::warning(this, tr("Cannot close the history"), closed.error().message);
        return false;
    }
    return true;
}

void DeadlinesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    LazyPage::changeEvent(event);
}

} // namespace concord
