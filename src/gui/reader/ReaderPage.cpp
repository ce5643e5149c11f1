#include "gui/reader/ReaderPage.h"

#include "gui/AccessHint.h"
#include "gui/BackgroundLoader.h"
#include "gui/DisplayNames.h"
#include "gui/MessageBox.h"
#include "gui/Tones.h"
#include "gui/reader/AlignmentCommand.h"
#include "gui/reader/PairDelegate.h"
#include "gui/reader/PairModel.h"
#include "gui/reader/ScanPanel.h"
#include "import/Gazetteer.h"
#include "model/Clock.h"
#include "store/CommitmentTracker.h"
#include "store/Database.h"
#include "store/PartyDirectory.h"
#include "text/DateText.h"
#include "text/TextQuality.h"
#include "ui_ReaderPage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDataStream>
#include <QDateEdit>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>
#include <functional>

namespace concord {

ReaderPage::ReaderPage(Database& database, const Gazetteer& gazetteer, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReaderPage>())
    , m_session(database, gazetteer, clock)
    , m_clock(clock)
    , m_database(database)
    , m_gazetteer(gazetteer)
    , m_model(new PairModel(this))
    , m_undo(new QUndoStack(this))
{
    m_ui->setupUi(this);
    m_header = m_ui->readerHeader;
    m_ui->readerTrackedFrom->setDisplayFormat(DateText::editFormat());
    connect(m_ui->readerTrackedFrom, &QDateEdit::dateChanged, this, [this](const QDate& day) {
        m_ui->readerTrackedFromApply->setEnabled(m_session.isOpen() && day != m_session.agreement().header.trackedFrom);
    });
    connect(m_ui->readerTrackedFromApply, &QPushButton::clicked, this,
        [this] { setTrackedFrom(m_ui->readerTrackedFrom->date()); });
    connect(&m_database.events(), &StoreEvents::changed, this, &ReaderPage::storeChanged);
    m_header->setBackgroundRole(QPalette::AlternateBase);
    m_search = m_ui->readerSearch;
    m_previous = m_ui->previousHit;
    m_next = m_ui->nextHit;
    m_hits = m_ui->hitCount;
    m_view = m_ui->pairView;
    m_commitments = m_ui->pairCommitments;
    m_splitter = m_ui->readerSplitter;
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);

    m_preparing = new BackgroundLoader(this);
    m_model->setGazetteer(&m_gazetteer);
    m_view->setModel(m_model);
    connect(m_model, &PairModel::highlightsChanged, m_view->viewport(), qOverload<>(&QWidget::update));
    m_view->setItemDelegate(new PairDelegate(m_view->header(), m_view));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(PairModel::LabelColumn, QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(PairModel::VietnameseColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(PairModel::ChineseColumn, QHeaderView::Stretch);
    // Wide enough for the widest score text, "⚠ ✓ 0.00" (rows size their cells to the column, so the
    // column cannot size itself to its rows).
    m_view->header()->setSectionResizeMode(PairModel::ScoreColumn, QHeaderView::Fixed);
    m_view->header()->resizeSection(
        PairModel::ScoreColumn, m_view->fontMetrics().horizontalAdvance(QStringLiteral("⚠\u00A0✓ 0.00")) + 16);
    m_view->header()->resizeSection(PairModel::LabelColumn, 90);
    // Word-wrapped rows change height with their column's width.
    connect(m_view->header(), &QHeaderView::sectionResized, m_view, [this] { m_view->doItemsLayout(); });

    connect(m_search, &QLineEdit::textChanged, this, &ReaderPage::setSearch);
    connect(m_search, &QLineEdit::returnPressed, this, &ReaderPage::nextHit);
    connect(m_next, &QToolButton::clicked, this, &ReaderPage::nextHit);
    connect(m_previous, &QToolButton::clicked, this, &ReaderPage::previousHit);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReaderPage::refreshCommitments);
    m_scan = new ScanPanel(m_database, m_model, this);
    m_beside = new QSplitter(Qt::Horizontal, this);
    m_beside->setObjectName(QStringLiteral("readerScanSplitter"));
    m_splitter->insertWidget(0, m_beside);
    m_beside->addWidget(m_view);
    m_beside->addWidget(m_scan);
    m_beside->setStretchFactor(0, 3);
    m_beside->setStretchFactor(1, 2);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, m_scan,
        [this](const QModelIndex& current) { m_scan->showPair(current.isValid() ? current.row() : -1); });
    connect(m_view, &QWidget::customContextMenuRequested, this, &ReaderPage::showContextMenu);

    m_fontPoints = m_view->font().pointSize();
    createActions();
    retranslate();
}

ReaderPage::~ReaderPage()
{
    // The commands refer to the session: they go first.
    m_undo->clear();
}

void ReaderPage::createActions()
{
    struct Spec
    {
        const char* name;
        QKeySequence key;
        std::function<void()> run;
    };
    const QList<Spec> specs {
        { "actionConfirmPair", QKeySequence(Qt::CTRL | Qt::Key_Return),
            [this] {
                const int p = currentPair();
                if (p < 0)
                    return;
                const bool confirmed = m_session.versions().alignment.pairs[p].confirmed;
                edit(confirmed ? AlignmentEdit::unconfirm(p) : AlignmentEdit::confirm(p),
                    confirmed ? tr("Unconfirm pair") : tr("Confirm pair"));
            } },
        { "actionUnlinkPair", QKeySequence(Qt::CTRL | Qt::Key_U),
            [this] { edit(AlignmentEdit::unlink(currentPair()), tr("Unlink pair")); } },
        { "actionMergePair", QKeySequence(Qt::CTRL | Qt::Key_M),
            [this] { edit(AlignmentEdit::mergeWithNext(currentPair()), tr("Merge with next pair")); } },
        { "actionSplitVietnamese", QKeySequence(Qt::CTRL | Qt::Key_T),
            [this] { splitSelected(Language::Vietnamese); } },
        { "actionSplitChinese", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
            [this] { splitSelected(Language::Chinese); } },
        { "actionShiftVietnameseDown", QKeySequence(Qt::ALT | Qt::Key_Down),
            [this] {
                edit(AlignmentEdit::shiftDown(currentPair(), Language::Vietnamese), tr("Move Vietnamese unit down"));
            } },
        { "actionShiftVietnameseUp", QKeySequence(Qt::ALT | Qt::Key_Up),
            [this] {
                edit(AlignmentEdit::shiftUp(currentPair(), Language::Vietnamese), tr("Move Vietnamese unit up"));
            } },
        { "actionShiftChineseDown", QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down),
            [this] {
                edit(AlignmentEdit::shiftDown(currentPair(), Language::Chinese), tr("Move Chinese unit down"));
            } },
        { "actionShiftChineseUp", QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up),
            [this] { edit(AlignmentEdit::shiftUp(currentPair(), Language::Chinese), tr("Move Chinese unit up")); } },
        { "actionCopyPair", QKeySequence::Copy, [this] { copyPair(); } },
        { "actionFindInAgreement", QKeySequence::Find,
            [this] {
                m_search->setFocus();
                m_search->selectAll();
            } },
        { "actionNextHit", QKeySequence::FindNext, [this] { nextHit(); } },
        { "actionPreviousHit", QKeySequence::FindPrevious, [this] { previousHit(); } },
        { "actionZoomIn", QKeySequence::ZoomIn, [this] { zoom(+1); } },
        { "actionZoomOut", QKeySequence::ZoomOut, [this] { zoom(-1); } },
    };
    for (const Spec& spec : specs) {
        auto* action = new QAction(this);
        action->setObjectName(QString::fromLatin1(spec.name));
        action->setShortcut(spec.key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, spec.run);
        addAction(action);
        m_editActions.append(action);
    }
    // Undo and redo of our own (not QUndoStack's): their text names the edit in the interface language, also
    // after a language change, and each one is confirmed in the status bar.
    m_undoAction = new QAction(this);
    m_undoAction->setObjectName(QStringLiteral("actionUndoAlignment"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = new QAction(this);
    m_redoAction->setObjectName(QStringLiteral("actionRedoAlignment"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    for (QAction* action : { m_undoAction, m_redoAction }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_undoAction, &QAction::triggered, this, [this] {
        if (!m_undo->canUndo())
            return;
        const QString what = m_undo->undoText();
        m_undo->undo();
        emit edited(tr("Undone: %1.").arg(what));
    });
    connect(m_redoAction, &QAction::triggered, this, [this] {
        if (!m_undo->canRedo())
            return;
        const QString what = m_undo->redoText();
        m_undo->redo();
        emit edited(tr("Redone: %1.").arg(what));
    });
    connect(m_undo, &QUndoStack::indexChanged, this, &ReaderPage::refreshUndoActions);
    refreshUndoActions();

    // What the reader shows (View menu): the header card, the commitments panel, the language columns' order.
    const auto toggle = [this](const char* name, bool checked) {
        auto* action = new QAction(this);
        action->setObjectName(QString::fromLatin1(name));
        action->setCheckable(true);
        action->setChecked(checked);
        return action;
    };
    m_showHeader = toggle("actionShowAgreementHeader", true);
    m_showCommitments = toggle("actionShowPairCommitments", true);
    m_swapColumns = toggle("actionSwapLanguageColumns", false);
    connect(m_showHeader, &QAction::toggled, m_header, &QWidget::setVisible);
    connect(m_showCommitments, &QAction::toggled, m_commitments, &QWidget::setVisible);
    connect(m_swapColumns, &QAction::toggled, this, [this](bool chineseLeft) {
        QHeaderView* header = m_view->header();
        const bool now
            = header->visualIndex(PairModel::ChineseColumn) < header->visualIndex(PairModel::VietnameseColumn);
        if (now != chineseLeft)
            header->swapSections(
                header->visualIndex(PairModel::VietnameseColumn), header->visualIndex(PairModel::ChineseColumn));
    });
}

QList<QAction*> ReaderPage::viewActions() const
{
    return { m_showHeader, m_showCommitments, m_swapColumns, m_scan->toggleAction() };
}

void ReaderPage::refreshUndoActions()
{
    AccessHint::apply(m_undoAction, m_database.access(), StoreAction::EditAlignment, m_undo->canUndo());
    m_undoAction->setText(m_undo->canUndo() ? tr("&Undo %1").arg(m_undo->undoText()) : tr("&Undo"));
    AccessHint::apply(m_redoAction, m_database.access(), StoreAction::EditAlignment, m_undo->canRedo());
    m_redoAction->setText(m_undo->canRedo() ? tr("&Redo %1").arg(m_undo->redoText()) : tr("&Redo"));
}

QList<QAction*> ReaderPage::editActions() const
{
    return m_editActions;
}

void ReaderPage::retranslate()
{
    m_ui->readerTrackedFrom->setDisplayFormat(DateText::editFormat());
    m_ui->readerTrackedFromLabel->setText(tr("Tracked from:"));
    m_ui->readerTrackedFrom->setToolTip(tr("Follow-up starts on this day: periods of recurring commitments that "
                                           "ended before it are history, not overdue."));
    m_ui->readerTrackedFromApply->setText(tr("Apply"));
    const QStringList texts { tr("Confirm / Unconfirm Pair"), tr("Unlink Pair"), tr("Merge with Next Pair"),
        tr("Split Vietnamese Unit at Next Sentence"), tr("Split Chinese Unit at Next Sentence"),
        tr("Move Last Vietnamese Unit to Next Pair"), tr("Move First Vietnamese Unit to Previous Pair"),
        tr("Move Last Chinese Unit to Next Pair"), tr("Move First Chinese Unit to Previous Pair"),
        tr("Copy Pair as Bilingual Text"), tr("Find in Agreement"), tr("Next Hit"), tr("Previous Hit"),
        tr("Larger Text"), tr("Smaller Text") };
    for (int i = 0; i < m_editActions.size(); ++i)
        m_editActions[i]->setText(texts.value(i));
    // The first nine change the alignment: an administrator's (StoreAccess).
    for (int i = 0; i < AlignmentEditActions && i < m_editActions.size(); ++i)
        AccessHint::apply(m_editActions[i], m_database.access(), StoreAction::EditAlignment);
    AccessHint::apply(m_ui->readerTrackedFrom, m_database.access(), StoreAction::SetTrackedFrom, m_session.isOpen());
    m_search->setPlaceholderText(tr("Search this agreement (Vietnamese with or without diacritics, Chinese)"));
    m_showHeader->setText(tr("Agreement &Header in the Reader"));
    m_showCommitments->setText(tr("&Commitments of the Pair in the Reader"));
    m_swapColumns->setText(tr("C&hinese Column on the Left"));
    m_previous->setToolTip(tr("Previous hit (Shift+F3)"));
    m_next->setToolTip(tr("Next hit (F3)"));
    refreshHeader();
    refreshHits();
    refreshCommitments();
    refreshUndoActions();
}

bool ReaderPage::openAgreement(qint64 id)
{
    m_model->setVersions(nullptr);
    if (const auto opened = m_session.open(id); !opened) {
        m_model->setVersions(m_session.isOpen() ? &m_session.versions() : nullptr);
        MessageBox::critical(this, tr("Cannot open agreement"), opened.error().toString());
        return false;
    }
    m_undo->clear();
    // A search belongs to the agreement it was typed for.
    {
        const QSignalBlocker quiet(m_search);
        m_search->clear();
    }
    m_model->setVersions(&m_session.versions());
    // A document in one language shows that language only, without scores.
    const bool vi = !m_session.versions().vi.units.isEmpty();
    const bool zh = !m_session.versions().zh.units.isEmpty();
    m_view->setColumnHidden(PairModel::VietnameseColumn, !vi && zh);
    m_view->setColumnHidden(PairModel::ChineseColumn, !zh && vi);
    m_view->setColumnHidden(PairModel::ScoreColumn, !(vi && zh));
    m_model->setQuery(m_search->text());
    m_scan->open(id, m_session.agreement().header.scanned);
    if (m_scan->isVisibleTo(this) && m_beside->sizes().value(1) == 0) {
        const int width = std::max(m_beside->width(), 600); // the scan takes two fifths the first time it shows
        m_beside->setSizes({ width * 3 / 5, width * 2 / 5 });
    }
    refreshHeader();
    refreshHits();
    if (m_model->rowCount() > 0)
        selectPair(0);
    refreshCommitments();
    prepareEdits();
    emit agreementChanged(id);
    return true;
}

void ReaderPage::prepareEdits()
{
    // Reading the features of every unit takes most of a second on a long agreement: done on a worker, so
    // that the first edit is as quick as the others.
    const qint64 id = m_session.agreementId();
    const AlignedVersions versions = m_session.versions();
    const Gazetteer& gazetteer = m_gazetteer;
    m_preparing->run<AlignmentScorer>(
        [versions, &gazetteer] { return AlignmentScorer(versions.vi, versions.zh, gazetteer); },
        [this, id, versions](AlignmentScorer scorer) { m_session.adoptScorer(id, versions, std::move(scorer)); });
}

bool ReaderPage::isPreparing() const
{
    return m_preparing->isRunning();
}

void ReaderPage::refreshHeader()
{
    if (!m_session.isOpen()) {
        m_header->setText(tr("No agreement open. Choose one in Agreements (double-click or Enter)."));
        return;
    }
    const Agreement& a = m_session.agreement().header;
    const QDate today = m_clock.today();
    QStringList lines;
    // In the interface language's order (Chinese first in the Chinese interface).
    for (const QString& title : DisplayNames::bothTitles(a.titleVi, a.titleZh).split(QLatin1Char('\n')))
        lines.append(QStringLiteral("<b style='font-size:large'>%1</b>").arg(title.toHtmlEscaped()));
    if (a.ocrText)
        lines.append(
            QStringLiteral("<span style='color:%1'>⚠ %2</span>").arg(Tones::soon().name(), TextQuality::ocrWarning()));
    QStringList facts { DisplayNames::kind(a.kind) };
    if (!a.reference.isEmpty())
        facts.append(tr("No. %1").arg(a.reference.toHtmlEscaped()));
    if (a.signedOn.isValid())
        facts.append(tr("signed %1").arg(DisplayNames::date(a.signedOn)));
    if (!a.place.isEmpty())
        facts.append(tr("at %1").arg(DisplayNames::place(a.place).toHtmlEscaped()));
    lines.append(facts.join(QStringLiteral(" · ")));

    QString validity = DisplayNames::validity(a.validityOn(today));
    if (a.validFrom.isValid() || a.validTo.isValid())
        validity += QStringLiteral(" (%1 – %2)").arg(DisplayNames::date(a.validFrom), DisplayNames::date(a.validTo));
    if (const auto days = a.daysRemaining(today); days && *days >= 0)
        validity += QLatin1Char(' ') + tr("%n day(s) remaining", nullptr, int(*days));
    const QString binding = !a.binding ? tr("not stated") : (*a.binding ? tr("yes") : tr("no"));
    lines.append(tr("Validity: %1 · Binding: %2").arg(validity, binding));

    QStringList parties;
    const auto own = PartyDirectory(m_database, m_gazetteer).partiesOf(a.id);
    if (!own)
        MessageBox::critical(this, tr("Cannot read the parties"), own.error().toString());
    for (const PartyRecord& party : own ? own.value() : QList<PartyRecord>())
        parties.append(DisplayNames::party(party).toHtmlEscaped());
    if (!parties.isEmpty())
        lines.append(tr("Parties: %1").arg(parties.join(QStringLiteral("; "))));
    QStringList signers;
    QStringList signersInFull;
    for (const SignatureBlock& s : m_session.agreement().signatories) {
        const QString person = s.person.isEmpty() ? s.office : s.person;
        if (!person.isEmpty())
            signers.append(person.toHtmlEscaped());
        signersInFull.append(QStringList({ s.person, s.personAlternate, s.office, s.party })
                                 .filter(QRegularExpression(QStringLiteral("\\S")))
                                 .join(QStringLiteral(", ")));
    }
    if (!signers.isEmpty())
        lines.append(tr("Signed by: %1").arg(signers.join(QStringLiteral("; "))));
    m_header->setToolTip(signersInFull.join(QLatin1Char('\n')));
    m_header->setText(lines.join(QStringLiteral("<br>")));
    const QSignalBlocker blocker(m_ui->readerTrackedFrom);
    AccessHint::apply(m_ui->readerTrackedFrom, m_database.access(), StoreAction::SetTrackedFrom);
    m_ui->readerTrackedFrom->setDate(a.trackedFrom.isValid() ? a.trackedFrom : today);
    m_ui->readerTrackedFromApply->setEnabled(false);
}

bool ReaderPage::setTrackedFrom(const QDate& day)
{
    if (!m_session.isOpen())
        return false;
    const auto done
        = CommitmentTracker(m_database, m_gazetteer)
              .setTrackedFrom(m_session.agreementId(), day, m_clock.now(), m_session.agreement().header.version);
    if (!done) {
        MessageBox::warning(this, tr("Cannot change the tracked-from day"), done.error().message);
        if (done.error().code == QLatin1String(AlignmentStore::StaleCode))
            storeChanged(StoreChange { StoreChange::TrackedFrom, { m_session.agreementId() }, {}, true });
        return false;
    }
    return true;
}

void ReaderPage::storeChanged(const StoreChange& change)
{
    // This reader's own alignment edits are already on screen; another officer's (on a server store) are read
    // again, and this reader's undo steps, made on the alignment as it was, are dropped.
    if (!m_session.isOpen() || !change.agreements.contains(m_session.agreementId())
        || (change.kind == StoreChange::AlignmentEdited && !change.remote))
        return;
    if (change.kind == StoreChange::Deleted || change.kind == StoreChange::AlignmentEdited)
        m_undo->clear();
    if (change.kind == StoreChange::Deleted) {
        m_model->setVersions(nullptr);
        m_session.close();
        refreshHeader();
        refreshCommitments();
        return;
    }
    // A review, status, note or tracked-from day elsewhere: the header and the commitments panel read again.
    const int pair = currentPair();
    if (const auto opened = m_session.open(m_session.agreementId()); !opened) {
        MessageBox::critical(this, tr("Cannot open agreement"), opened.error().toString());
        return;
    }
    m_model->setVersions(&m_session.versions());
    refreshHeader();
    if (pair >= 0)
        selectPair(pair);
    refreshCommitments();
}

int ReaderPage::currentPair() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ReaderPage::selectPair(int pair)
{
    if (pair < 0)
        return;
    m_model->fetchUpTo(pair);
    const QModelIndex index = m_model->index(pair, PairModel::VietnameseColumn);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void ReaderPage::setSearch(const QString& query)
{
    if (m_search->text() != query)
        m_search->setText(query); // comes back here through textChanged
    m_model->setQuery(query);
    refreshHits();
}

void ReaderPage::refreshHits()
{
    const bool searching = !m_model->query().trimmed().isEmpty();
    m_hits->setText(searching ? tr("%n hit(s)", nullptr, m_model->hitCount()) : QString());
    m_next->setEnabled(!m_model->hitRows().isEmpty());
    m_previous->setEnabled(!m_model->hitRows().isEmpty());
}

void ReaderPage::nextHit()
{
    const QList<int>& rows = m_model->hitRows();
    if (rows.isEmpty())
        return;
    const auto after = std::upper_bound(rows.cbegin(), rows.cend(), currentPair());
    selectPair(after == rows.cend() ? rows.first() : *after);
}

void ReaderPage::previousHit()
{
    const QList<int>& rows = m_model->hitRows();
    if (rows.isEmpty())
        return;
    const auto before = std::lower_bound(rows.cbegin(), rows.cend(), currentPair());
    selectPair(before == rows.cbegin() ? rows.last() : *(before - 1));
}

bool ReaderPage::edit(const AlignmentEdit& change, const QString& description)
{
    if (!m_session.isOpen() || currentPair() < 0)
        return false;
    const int keep = currentPair();
    const auto inverse = m_session.apply(change, m_database.userName());
    if (!inverse) {
        refused(inverse.error());
        return false;
    }
    afterChange();
    selectPair(std::min(keep, m_model->rowCount() - 1));
    // "Merge with next pair (6)": the pair it was made at, as the reader numbers rows.
    const QString named = QStringLiteral("%1 (%2)").arg(description).arg(keep + 1);
    m_undo->push(new AlignmentCommand(
        m_session, inverse.value(), m_database.userName(), named, [this](const Error& error) { refused(error); },
        [this] {
            const int row = currentPair();
            afterChange();
            selectPair(std::min(std::max(row, 0), m_model->rowCount() - 1));
        }));
    emit edited(
        tr("%1: saved. %2 undoes it.").arg(named, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    return true;
}

void ReaderPage::refused(const Error& error)
{
    MessageBox::warning(this, tr("Cannot change the alignment"), error.message);
    // Another officer changed the agreement since it was opened here: read it again, without the undo steps made
    // on the old one.
    // (Queued: an undo step may be what failed, and the undo stack is not cleared from within its own step.)
    if (error.code == QLatin1String(AlignmentStore::StaleCode)) {
        QMetaObject::invokeMethod(
            this,
            [this, id = m_session.agreementId()] {
                storeChanged(StoreChange { StoreChange::AlignmentEdited, { id }, {}, true });
            },
            Qt::QueuedConnection);
    }
}

void ReaderPage::afterChange()
{
    m_model->pairsReplaced(m_session.versions(), m_session.lastChange());
    refreshHits();
    refreshCommitments();
    emit agreementChanged(m_session.agreementId());
}

void ReaderPage::splitSelected(Language side)
{
    const int p = currentPair();
    if (p < 0)
        return;
    const AlignedPair& pair = m_session.versions().alignment.pairs[p];
    const LanguageVersion& version = side == Language::Chinese ? m_session.versions().zh : m_session.versions().vi;
    for (const int u : side == Language::Chinese ? pair.zh : pair.vi) {
        if (const auto at = AlignmentEdits::sentenceStart(version.units[u], side, 1)) {
            edit(AlignmentEdit::splitUnit(side, u, *at),
                side == Language::Chinese ? tr("Split Chinese unit") : tr("Split Vietnamese unit"));
            return;
        }
    }
    MessageBox::information(
        this, tr("Nothing to split"), tr("The selected pair has no unit of more than one sentence in that language."));
}

QString ReaderPage::pairText(int pair) const
{
    const QString label = m_model->index(pair, PairModel::LabelColumn).data().toString();
    QStringList parts;
    if (!label.isEmpty())
        parts.append(label.section(QLatin1Char('\n'), 0, 0));
    parts.append(m_model->sideText(pair, Language::Vietnamese));
    parts.append(m_model->sideText(pair, Language::Chinese));
    return parts.join(QLatin1Char('\n'));
}

void ReaderPage::copyPair()
{
    if (currentPair() >= 0)
        QApplication::clipboard()->setText(pairText(currentPair()));
}

void ReaderPage::zoom(int steps)
{
    m_fontPoints = std::clamp(m_fontPoints + steps, 7, 32);
    QFont font = m_view->font();
    font.setPointSize(m_fontPoints);
    m_view->setFont(font);
    m_view->doItemsLayout();
}

QByteArray ReaderPage::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << qint32(3) << qint32(m_fontPoints) << m_splitter->saveState() << m_view->header()->saveState()
        << m_showHeader->isChecked() << m_showCommitments->isChecked() << m_scan->toggleAction()->isChecked()
        << m_beside->saveState();
    return state;
}

void ReaderPage::restoreState(const QByteArray& state)
{
    QDataStream in(state);
    qint32 version = 0, points = 0;
    QByteArray splitter, header;
    in >> version >> points >> splitter >> header;
    if (in.status() != QDataStream::Ok || version < 1 || version > 3)
        return;
    bool showHeader = true;
    bool showCommitments = true;
    if (version >= 2)
        in >> showHeader >> showCommitments;
    bool showScan = true;
    QByteArray beside;
    if (version >= 3)
        in >> showScan >> beside;
    m_scan->toggleAction()->setChecked(showScan);
    if (!beside.isEmpty())
        m_beside->restoreState(beside);
    m_splitter->restoreState(splitter);
    m_view->header()->restoreState(header);
    zoom(points - m_fontPoints);
    m_showHeader->setChecked(showHeader);
    m_showCommitments->setChecked(showCommitments);
    m_swapColumns->setChecked(m_view->header()->visualIndex(PairModel::ChineseColumn)
        < m_view->header()->visualIndex(PairModel::VietnameseColumn));
}

void ReaderPage::refreshCommitments()
{
    const int p = currentPair();
    if (!m_session.isOpen() || p < 0) {
        m_commitments->setHtml(QString());
        return;
    }
    const QList<StoredCommitment> list = m_session.commitmentsOf(p);
    if (list.isEmpty()) {
        m_commitments->setHtml(tr("<i>No commitment was drawn from this pair.</i>"));
        return;
    }
    QString html = QStringLiteral("<b>%1</b><ul>").arg(tr("Commitments drawn from this pair").toHtmlEscaped());
    for (const StoredCommitment& c : list) {
        const QDate due = c.nextDue();
        html += QStringLiteral("<li>%1 — %2 · %3%4<br><small>%5</small></li>")
                    .arg(c.found.vi.toHtmlEscaped(), DisplayNames::status(c.currentStatus()),
                        DisplayNames::review(c.review),
                        due.isValid() ? QStringLiteral(" · ") + tr("due %1").arg(DisplayNames::date(due)) : QString(),
                        c.found.zh.toHtmlEscaped());
    }
    m_commitments->setHtml(html + QStringLiteral("</ul>"));
}

void ReaderPage::showContextMenu(const QPoint& at)
{
    if (!m_view->indexAt(at).isValid())
        return;
    QMenu menu(this);
    for (int i = 0; i < 10; ++i) {
        menu.addAction(m_editActions[i]);
        if (i == 2 || i == 4 || i == 8)
            menu.addSeparator();
    }
    menu.exec(m_view->viewport()->mapToGlobal(at));
}

void ReaderPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The screen opens to be read and searched: the search takes the keyboard, not the first field in the tab
    // order (the tracked-from day) where Qt moves the focus from the screen that was hidden. The focus stays where
    // the person put it outside the reader (the navigation list, walked with the arrow keys).
    QTimer::singleShot(0, this, [this] {
        QWidget* focus = QApplication::focusWidget();
        if (isVisible() && (!focus || (isAncestorOf(focus) && focus != m_search)))
            m_search->setFocus(Qt::OtherFocusReason);
    });
}

void ReaderPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace concord
