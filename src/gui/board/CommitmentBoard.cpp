#include "gui/board/CommitmentBoard.h"

#include "gui/AccessHint.h"
#include "gui/BackgroundLoader.h"
#include "gui/DisplayNames.h"
#include "gui/FilterChoices.h"
#include "gui/HeaderFit.h"
#include "gui/MessageBox.h"
#include "gui/Tones.h"
#include "gui/board/CommitmentModel.h"
#include "gui/board/ReviewDialog.h"
#include "gui/board/StatusDelegate.h"
#include "import/Gazetteer.h"
#include "model/Clock.h"
#include "store/CommitmentTracker.h"
#include "store/Database.h"
#include "store/PartyDirectory.h"
#include "text/DateText.h"
#include "ui_CommitmentBoard.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDataStream>
#include <QDateEdit>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeWidget>

namespace concord {

namespace {
const QDate NoDate(2000, 1, 1); // the date edits' minimum, shown as "—": no limit

} // namespace

CommitmentBoard::CommitmentBoard(Database& database, const Gazetteer& gazetteer, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CommitmentBoard>())
    , m_database(database)
    , m_gazetteer(gazetteer)
    , m_clock(clock)
    , m_model(new CommitmentModel(this))
    , m_loader(new BackgroundLoader(this))
    , m_firstLoader(new BackgroundLoader(this))
{
    m_ui->setupUi(this);
    m_party = m_ui->boardParty;
    m_status = m_ui->boardStatus;
    m_review = m_ui->boardReview;
    m_agreement = m_ui->boardAgreement;
    m_from = m_ui->boardDueFrom;
    m_to = m_ui->boardDueTo;
    for (QDateEdit* edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(DateText::editFormat());
        edit->setMinimumDate(NoDate);
        edit->setSpecialValueText(QStringLiteral("—"));
        edit->setDate(NoDate);
    }
    m_overdue = m_ui->boardOverdue;
    m_summary = m_ui->boardSummary;
    m_view = m_ui->commitmentView;
    m_details = m_ui->commitmentDetails;
    m_accept = m_ui->acceptButton;
    m_edit = m_ui->editButton;
    m_reject = m_ui->rejectButton;
    m_note = m_ui->noteEdit;
    m_addNote = m_ui->addNoteButton;
    m_history = m_ui->historyView;
    FilterChoices::compact(this);
    m_summary->setWordWrap(true);
    // When, what and the change size to their text; a note, what the history is read for, goes on a line of its
    // own under its entry across the whole panel, wrapped (a fourth column was pushed off a narrow panel).
    m_history->setColumnCount(3);
    m_history->header()->setStretchLastSection(false);
    for (int column = 0; column < 3; ++column)
        m_history->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_history->setWordWrap(true);
    m_history->setUniformRowHeights(false);
    m_splitter = m_ui->boardSplitter;
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 2);

    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(CommitmentModel::StatusColumn, new StatusDelegate(m_view));
    m_view->horizontalHeader()->setSortIndicator(CommitmentModel::DueColumn, Qt::AscendingOrder);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() * 2 + 8);
    m_view->horizontalHeader()->setSectionResizeMode(CommitmentModel::SummaryColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setMinimumSectionSize(40);

    for (QComboBox* box : { m_party, m_status, m_review, m_agreement })
        connect(box, &QComboBox::currentIndexChanged, this, &CommitmentBoard::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &CommitmentBoard::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &CommitmentBoard::reload);
    connect(m_overdue, &QCheckBox::toggled, this, &CommitmentBoard::reload);
    connect(&m_database.events(), &StoreEvents::changed, this, &CommitmentBoard::storeChanged);
    connect(m_model, &CommitmentModel::statusEdited, this, &CommitmentBoard::setStatus);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CommitmentBoard::showDetails);
    connect(m_accept, &QPushButton::clicked, this, [this] { accept(currentId()); });
    connect(m_edit, &QPushButton::clicked, this, &CommitmentBoard::editAndAccept);
    connect(m_reject, &QPushButton::clicked, this, [this] { reject(currentId()); });
    connect(m_addNote, &QPushButton::clicked, this, [this] {
        if (addNote(currentId(), m_note->text()))
            m_note->clear();
    });
    connect(m_note, &QLineEdit::returnPressed, m_addNote, &QPushButton::click);
    retranslate();
    reload();
}

CommitmentBoard::~CommitmentBoard() = default;

void CommitmentBoard::fitColumns()
{
    // Fixed widths (measuring 100,000 rows to fit them would freeze the window); the summary takes the rest. Each
    // short column as wide as the longest text it can show in the interface language (a status to confirm, a due
    // day with its overdue icon), the agreement and party columns narrow (whole in the tooltip), the commitment the
    // rest. Again after a language or font change.
    const QFontMetrics metrics(m_view->font());
    const auto widest = [&](const QStringList& texts) { return HeaderFit::widest(metrics, texts); };
    QStringList statuses;
    for (const CommitmentStatus status : DisplayNames::statuses()) {
        statuses.append(CommitmentModel::statusText(status, false));
        statuses.append(CommitmentModel::statusText(status, true));
    }
    QStringList recurrences;
    for (const Recurrence r :
        { Recurrence::Monthly, Recurrence::Quarterly, Recurrence::Semiannual, Recurrence::Yearly })
        recurrences.append(DisplayNames::recurrence(r));
    QStringList reviews;
    for (const Review review : { Review::Candidate, Review::Accepted, Review::Rejected })
        reviews.append(DisplayNames::review(review));
    const int icon = m_view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_view) + 8;
    const int cellMargins = m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) * 2 + 4;
    const QList<std::pair<int, int>> widths { { CommitmentModel::AgreementColumn, metrics.averageCharWidth() * 12 },
        { CommitmentModel::ClauseColumn, widest({ QStringLiteral("Điều 10."), QStringLiteral("第十条") }) },
        { CommitmentModel::ResponsibleColumn, metrics.averageCharWidth() * 12 },
        { CommitmentModel::LeadAgencyColumn, metrics.averageCharWidth() * 14 },
        { CommitmentModel::DueColumn, HeaderFit::dateWidth(metrics) + icon + cellMargins },
        { CommitmentModel::RecurrenceColumn, HeaderFit::twoLines(metrics, recurrences) + cellMargins },
        { CommitmentModel::StatusColumn, HeaderFit::twoLines(metrics, statuses) + cellMargins },
        { CommitmentModel::ReviewColumn, widest(reviews) + cellMargins } };
    for (const auto& [column, width] : widths)
        m_view->horizontalHeader()->resizeSection(column, width);
}

void CommitmentBoard::retranslate()
{
    for (QDateEdit* edit : { m_from, m_to })
        edit->setDisplayFormat(DateText::editFormat());
    m_overdue->setText(tr("Overdue today"));
    m_from->setToolTip(tr("Due from"));
    m_to->setToolTip(tr("Due until"));
    m_accept->setText(tr("Accept"));
    m_edit->setText(tr("Edit and Accept…"));
    m_reject->setText(tr("Reject"));
    m_note->setPlaceholderText(tr("Add a note (what was done, a document number, a link)…"));
    m_addNote->setText(tr("Add Note"));
    m_history->setHeaderLabels({ tr("When"), tr("What"), tr("Change") });
    fitColumns();
    HeaderFit::titles(m_history->header());
    HeaderFit::titles(m_view->horizontalHeader());
    m_model->setStatusEditable(
        m_database.access().allows(StoreAction::SetStatus), m_database.access().refusal(StoreAction::SetStatus));
    fillChoices();
    showSummary();
    showDetails();
}

void CommitmentBoard::fillChoices()
{
    Choices parties { { tr("All parties"), QString() } };
    const auto directory = PartyDirectory(m_database, m_gazetteer).parties();
    if (!directory)
        MessageBox::critical(this, tr("Cannot read the parties"), directory.error().toString());
    for (const PartyRecord& party : directory ? directory.value() : QList<PartyRecord>()) {
        if (party.agreements > 0)
            parties.append({ DisplayNames::party(party), party.nameVi.isEmpty() ? party.key : party.nameVi });
    }
    FilterChoices::refill(m_party, parties);
    Choices statuses { { tr("All statuses"), -1 } };
    for (const CommitmentStatus status : DisplayNames::statuses())
        statuses.append({ DisplayNames::status(status), int(status) });
    FilterChoices::refill(m_status, statuses);
    // The review filter: a bit set of Review values.
    const auto bits = [](std::initializer_list<Review> reviews) {
        int mask = 0;
        for (const Review review : reviews)
            mask |= 1 << int(review);
        return mask;
    };
    FilterChoices::refill(m_review,
        { { tr("Accepted and to review"), bits({ Review::Accepted, Review::Candidate }) },
            { DisplayNames::review(Review::Accepted), bits({ Review::Accepted }) },
            { DisplayNames::review(Review::Candidate), bits({ Review::Candidate }) },
            { DisplayNames::review(Review::Rejected), bits({ Review::Rejected }) } });
    Choices agreements { { tr("All agreements"), qint64(0) } };
    const auto stored = m_database.agreements();
    if (!stored)
        MessageBox::critical(this, tr("Cannot read the agreements"), stored.error().toString());
    for (const Agreement& a : stored ? stored.value() : QList<Agreement>())
        agreements.append({ DisplayNames::title(a.titleVi, a.titleZh), a.id });
    FilterChoices::refill(m_agreement, agreements);
}

CommitmentFilter CommitmentBoard::currentFilter() const
{
    CommitmentFilter filter;
    filter.party = m_party->currentData().toString();
    if (m_status->currentData().toInt() >= 0)
        filter.statuses = { static_cast<CommitmentStatus>(m_status->currentData().toInt()) };
    filter.agreementId = m_agreement->currentData().toLongLong();
    filter.reviews.clear();
    for (const Review review : { Review::Candidate, Review::Accepted, Review::Rejected }) {
        if (m_review->currentData().toInt() & (1 << int(review)))
            filter.reviews.append(review);
    }
    if (m_from->date() > NoDate)
        filter.dueFrom = m_from->date();
    if (m_to->date() > NoDate)
        filter.dueTo = m_to->date();
    if (m_overdue->isChecked())
        filter.overdueAsOf = m_clock.today();
    return filter;
}

void CommitmentBoard::setPartyFilter(const QString& party)
{
    m_party->setCurrentIndex(std::max(0, m_party->findData(party)));
}

void CommitmentBoard::setAgreementFilter(qint64 agreementId)
{
    m_agreement->setCurrentIndex(std::max(0, m_agreement->findData(agreementId)));
}

void CommitmentBoard::setReviewFilter(const QList<Review>& reviews)
{
    int mask = 0;
    for (const Review review : reviews)
        mask |= 1 << int(review);
    m_review->setCurrentIndex(std::max(0, m_review->findData(mask)));
}

void CommitmentBoard::reload()
{
    m_summary->setText(tr("Loading commitments…"));
    if (!m_loader->isRunning())
        QApplication::setOverrideCursor(Qt::BusyCursor);
    const QString path = m_database.path();
    const CommitmentFilter filter = currentFilter();
    const Gazetteer& gazetteer = m_gazetteer;
    // Two readers at once: the first window (a few hundred rows, shown within a blink) and the whole list.
    CommitmentFilter first = filter;
    first.limit = FirstWindow;
    const QDate today = m_clock.today();
    const auto read = [&gazetteer, today](const Database& db, const CommitmentFilter& narrowed) -> Result<Listed> {
        auto rows = CommitmentStore(db, gazetteer).list(narrowed);
        if (!rows)
            return rows.error();
        Listed listed { std::move(rows).value(), CommitmentTally(today) };
        for (const StoredCommitment& c : listed.rows)
            listed.tally.add(c);
        return listed;
    };
    m_firstLoader->readStore<Listed>(
        path, [first, read](const Database& db) { return read(db, first); },
        [this](Result<Listed> result) { showFirst(std::move(result)); });
    m_loader->readStore<Listed>(
        path, [filter, read](const Database& db) { return read(db, filter); },
        [this](Result<Listed> result) { showLoaded(std::move(result)); });
}

bool CommitmentBoard::isLoading() const
{
    return m_loader->isRunning();
}

void CommitmentBoard::storeChanged(const StoreChange& change)
{
    // An alignment edit moves commitments between pairs but changes nothing the board shows or counts: reading
    // 100,000 commitments again after every merge in the reader would be wasted work.
    if (change.kind == StoreChange::AlignmentEdited)
        return;
    // The choices (parties, agreements) follow imports and deletions; every other change reloads the list.
    if (change.kind == StoreChange::Imported || change.kind == StoreChange::Deleted) {
        const QSignalBlocker blockParty(m_party), blockAgreement(m_agreement);
        fillChoices();
    }
    reload();
}

void CommitmentBoard::showFirst(Result<Listed> result)
{
    // Too late when the whole list is already there; a failure is said when the whole list fails too.
    if (!m_loader->isRunning() || !result)
        return;
    const int shown = int(result->rows.size());
    if (!showRows(std::move(result->rows)))
        return;
    m_summary->setText(tr("Showing the first %n commitment(s) by due date; reading the rest…", nullptr, shown));
}

void CommitmentBoard::showLoaded(Result<Listed> result)
{
    QApplication::restoreOverrideCursor();
    if (!result) {
        MessageBox::critical(this, tr("Cannot read the commitments"), result.error().toString());
        return;
    }
    m_tally = result->tally;
    if (!showRows(std::move(result->rows)))
        return;
    showSummary();
    showDetails();
    emit loaded();
}

bool CommitmentBoard::showRows(QList<StoredCommitment> rows)
{
    const qint64 selected = currentId();
    QHash<QString, PartyRecord> parties;
    const auto directory = PartyDirectory(m_database, m_gazetteer).parties();
    if (!directory) {
        MessageBox::critical(this, tr("Cannot read the parties"), directory.error().toString());
        return false;
    }
    for (const PartyRecord& party : directory.value())
        parties.insert(party.key, party);
    m_model->setCommitments(std::move(rows), parties, m_clock.today());
    // Agencies come from implementation plans: a board of agreements without one keeps the room for the text.
    m_view->setColumnHidden(CommitmentModel::LeadAgencyColumn, !m_model->anyLeadAgency());
    const int column = m_view->horizontalHeader()->sortIndicatorSection();
    if (column != CommitmentModel::DueColumn || m_view->horizontalHeader()->sortIndicatorOrder() != Qt::AscendingOrder)
        m_model->sort(column, m_view->horizontalHeader()->sortIndicatorOrder());
    if (selected > 0)
        selectCommitment(selected);
    return true;
}

QByteArray CommitmentBoard::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << qint32(2) << m_splitter->saveState() << m_view->horizontalHeader()->saveState();
    return state;
}

void CommitmentBoard::restoreState(const QByteArray& state)
{
    QDataStream in(state);
    qint32 version = 0;
    QByteArray splitter, header;
    in >> version >> splitter >> header;
    if (in.status() != QDataStream::Ok || version != 2) // 1 had no lead-agency column
        return;
    m_splitter->restoreState(splitter);
    m_view->horizontalHeader()->restoreState(header); // sorts again through the sort indicator
}

void CommitmentBoard::showSummary()
{
    if (isLoading())
        return;
    const CommitmentTally& counts = m_tally;
    // Say what is counted: the review states the filter shows.
    QStringList parts { tr("%n commitment(s)", nullptr, m_model->total()) + QStringLiteral(" (")
        + m_review->currentText() + QLatin1Char(')') };
    for (const CommitmentStatus status : DisplayNames::statuses())
        parts.append(QStringLiteral("%1: %2").arg(DisplayNames::status(status)).arg(counts.byStatus.value(status)));
    parts.append(tr("overdue: %1").arg(counts.overdue));
    parts.append(tr("due within 30 days: %1").arg(counts.dueWithin30));
    if (counts.toConfirm > 0)
        parts.append(tr("status to confirm: %1").arg(counts.toConfirm));
    parts.append(tr("to review: %1").arg(counts.candidates));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

qint64 CommitmentBoard::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(CommitmentModel::IdRole).toLongLong() : 0;
}

void CommitmentBoard::selectCommitment(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    while (row >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    m_view->setCurrentIndex(m_model->index(row, CommitmentModel::SummaryColumn));
    m_view->scrollTo(m_view->currentIndex());
}

void CommitmentBoard::showDetails()
{
    const StoredCommitment* c = m_model->commitment(m_view->currentIndex().row());
    const bool any = c != nullptr && m_view->currentIndex().isValid();
    const StoreAccess& access = m_database.access();
    AccessHint::apply(m_accept, access, StoreAction::Review, any && c->review != Review::Accepted);
    AccessHint::apply(m_edit, access, StoreAction::Review, any);
    AccessHint::apply(m_reject, access, StoreAction::Review, any && c->review != Review::Rejected);
    AccessHint::apply(m_addNote, access, StoreAction::AddNote, any);
    AccessHint::apply(m_note, access, StoreAction::AddNote);
    m_history->clear();
    if (!any) {
        m_details->setHtml(tr("<i>Select a commitment to see where it comes from and its history.</i>"));
        return;
    }
    QString html = QStringLiteral("<p><b>%1</b> %2</p><p>%3</p><p>%4</p>")
                       .arg(c->found.label.toHtmlEscaped(), DisplayNames::agreementTitle(*c).toHtmlEscaped(),
                           c->found.vi.toHtmlEscaped(), c->found.zh.toHtmlEscaped());
    const QList<std::pair<QString, Evidence>> evidence { { tr("Action"), c->found.action },
        { tr("Responsible"), c->found.actorEvidence }, { tr("Due"), c->found.dueEvidence },
        { tr("Quantity"), c->found.quantityEvidence }, { tr("Recurrence"), c->found.recurrenceEvidence } };
    html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Evidence").toHtmlEscaped());
    for (const auto& [what, phrases] : evidence) {
        if (!phrases.isEmpty()) {
            const QString both = QStringList({ phrases.vi, phrases.zh }).join(QStringLiteral(" · "));
            html += QStringLiteral("<li>%1: <i>%2</i></li>").arg(what, both.toHtmlEscaped());
        }
    }
    html += QStringLiteral("</ul>");
    for (const QString& warning : c->found.warnings)
        html += QStringLiteral("<p style='color:%1'>⚠ %2</p>").arg(Tones::late().name(), warning.toHtmlEscaped());
    m_details->setHtml(html);

    const auto history = CommitmentStore(m_database, m_gazetteer).history(c->id);
    if (!history)
        return;
    for (const CommitmentEvent& e : history.value()) {
        auto* item = new QTreeWidgetItem(m_history,
            { DisplayNames::moment(e.at), DisplayNames::historyField(e.field), DisplayNames::historyChange(e) });
        for (int column = 1; column < 3; ++column)
            item->setToolTip(column, item->text(column));
        const QString note = e.link.isEmpty() ? e.note : e.note + QLatin1Char(' ') + e.link;
        if (!note.isEmpty()) {
            auto* line = new QTreeWidgetItem(item, { note });
            line->setFirstColumnSpanned(true);
            line->setToolTip(0, note);
        }
    }
    m_history->expandAll();
}

void CommitmentBoard::refreshOne(qint64 id)
{
    // The row at once; the store's change signal then reloads the list (a rejected one leaves it).
    if (const auto updated = CommitmentStore(m_database, m_gazetteer).get(id))
        m_model->update(updated.value());
    showSummary();
    showDetails();
    emit commitmentsChanged();
}

bool CommitmentBoard::track(
    qint64 id, const QString& failureTitle, const std::function<Result<void>(std::optional<qint64>)>& change)
{
    const int row = m_model->rowOf(id);
    const StoredCommitment* shown = row >= 0 ? m_model->commitment(row) : nullptr;
    Result<void> done = change(shown ? std::optional(shown->version) : std::nullopt);
    if (!done && done.error().code == QLatin1String(CommitmentTracker::StaleCode)) {
        // Another officer changed it after this board read it: theirs is not undone unseen.
        if (!MessageBox::question(this, tr("Changed by someone else"),
                done.error().message + QStringLiteral("\n\n")
                    + tr("Apply your change anyway? No shows the commitment as it is now."))) {
            refreshOne(id);
            return false;
        }
        done = change(std::nullopt);
    }
    if (!done) {
        MessageBox::warning(this, failureTitle, done.error().message);
        return false;
    }
    refreshOne(id);
    return true;
}

bool CommitmentBoard::setStatus(qint64 id, CommitmentStatus status)
{
    return track(id, tr("Cannot change the status"), [&](std::optional<qint64> seen) {
        return CommitmentTracker(m_database, m_gazetteer).setStatus(id, status, QString(), m_clock.now(), {}, seen);
    });
}

bool CommitmentBoard::addNote(qint64 id, const QString& note)
{
    if (id <= 0 || note.trimmed().isEmpty())
        return false;
    // A note adds to the history and changes nothing anybody decided on: no version to compare.
    return track(id, tr("Cannot add the note"), [&](std::optional<qint64>) {
        return CommitmentTracker(m_database, m_gazetteer).addNote(id, note.trimmed(), QString(), m_clock.now());
    });
}

bool CommitmentBoard::accept(qint64 id)
{
    return track(id, tr("Cannot accept the commitment"), [&](std::optional<qint64> seen) {
        return CommitmentTracker(m_database, m_gazetteer).accept(id, {}, QString(), m_clock.now(), seen);
    });
}

bool CommitmentBoard::reject(qint64 id)
{
    return track(id, tr("Cannot reject the commitment"), [&](std::optional<qint64> seen) {
        return CommitmentTracker(m_database, m_gazetteer).reject(id, QString(), m_clock.now(), seen);
    });
}

void CommitmentBoard::editAndAccept()
{
    const StoredCommitment* c = m_model->commitment(m_view->currentIndex().row());
    if (!c)
        return;
    const QString responsible
        = m_model->index(m_view->currentIndex().row(), CommitmentModel::ResponsibleColumn).data().toString();
    ReviewDialog dialog(*c, responsible, m_clock, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 id = c->id;
    track(id, tr("Cannot accept the commitment"), [&](std::optional<qint64> seen) {
        return CommitmentTracker(m_database, m_gazetteer)
            .accept(id, dialog.edits(), dialog.note(), m_clock.now(), seen);
    });
}

void CommitmentBoard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    } else if (event->type() == QEvent::FontChange) {
        fitColumns(); // "Larger Text": the short columns grow with their text
    }
    QWidget::changeEvent(event);
}

} // namespace concord
