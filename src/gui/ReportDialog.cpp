#include "gui/ReportDialog.h"

#include "gui/FileDialog.h"
#include "gui/MessageBox.h"
#include "import/Gazetteer.h"
#include "report/CsvReport.h"
#include "report/HtmlReport.h"
#include "report/IcsReport.h"
#include "report/PdfReport.h"
#include "report/StatusReport.h"
#include "report/XlsxReport.h"
#include "store/Database.h"
#include "store/PartyDirectory.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QEventLoop>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <poppler-qt6.h>

namespace concord {

namespace {
/// The preview's pages, made on a worker thread.
struct Preview
{
    std::optional<Error> failure;
    QList<QImage> pages; ///< the first MaxPreviewPages pages
    int total = 0;
};

/// Pages rendered for the preview: enough to judge the report, not the 500 pages of a large one.
constexpr int MaxPreviewPages = 30;

/// Runs \a work on a worker thread and waits for it with the event loop turning (the window repaints); a busy
/// progress dialog shows when it takes longer than half a second.
template <typename T, typename F>
T inBackground(QWidget* parent, const QString& label, F&& work)
{
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(std::forward<F>(work)));
    if (!watcher.isFinished()) {
        QProgressDialog progress(label, QString(), 0, 0, parent);
        progress.setObjectName(QStringLiteral("reportProgress"));
        progress.setWindowModality(Qt::WindowModal);
        progress.setCancelButton(nullptr);
        progress.setMinimumDuration(500);
        loop.exec();
    }
    return watcher.result();
}
} // namespace

namespace {
enum ScopeKind { AllScope, PartyScope, AgreementScope };
} // namespace

ReportDialog::ReportDialog(Database& database, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("reportDialog"));
    auto* form = new QFormLayout;
    m_scope = new QComboBox(this);
    m_party = new QComboBox(this);
    m_agreement = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("reportScope"));
    m_party->setObjectName(QStringLiteral("reportParty"));
    m_agreement->setObjectName(QStringLiteral("reportAgreement"));
    m_limitPeriod = new QCheckBox(this);
    m_from = new QDateEdit(QDate(QDate::currentDate().year(), 1, 1), this);
    m_to = new QDateEdit(QDate(QDate::currentDate().year(), 12, 31), this);
    m_asOf = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit* edit : { m_from, m_to, m_asOf }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    m_format = new QComboBox(this);
    m_labels = new QComboBox(this);
    auto* period = new QHBoxLayout;
    period->addWidget(m_limitPeriod);
    period->addWidget(m_from);
    period->addWidget(new QLabel(QStringLiteral("–"), this));
    period->addWidget(m_to);
    period->addStretch();
    auto* scopeRow = new QHBoxLayout;
    scopeRow->addWidget(m_scope);
    scopeRow->addWidget(m_party, 1);
    scopeRow->addWidget(m_agreement, 1);
    for (int i = 0; i < 5; ++i)
        m_formLabels.append(new QLabel(this));
    form->addRow(m_formLabels[0], scopeRow);
    form->addRow(m_formLabels[1], period);
    form->addRow(m_formLabels[2], m_asOf);
    form->addRow(m_formLabels[3], m_format);
    form->addRow(m_formLabels[4], m_labels);

    m_previewButton = new QPushButton(this);
    m_previewArea = new QScrollArea(this);
    m_previewArea->setWidgetResizable(true);
    auto* pages = new QWidget(m_previewArea);
    m_pages = new QVBoxLayout(pages);
    m_pages->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_previewArea->setWidget(pages);
    m_previewArea->setMinimumSize(520, 420);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    // Buttons of our own: a standard button box resets its standard buttons' texts on a language change, to
    // Qt's own translations (which Debian lacks for Vietnamese).
    m_buttons = new QDialogButtonBox(this);
    m_saveButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_closeButton = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto* previewRow = new QHBoxLayout;
    previewRow->addWidget(m_previewButton);
    previewRow->addStretch();
    layout->addLayout(previewRow);
    layout->addWidget(m_previewArea, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    fillScopes();
    retranslate();
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_party->setVisible(index == PartyScope);
        m_agreement->setVisible(index == AgreementScope);
    });
    m_party->setVisible(false);
    m_agreement->setVisible(false);
    connect(m_limitPeriod, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_limitPeriod, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_format, &QComboBox::currentIndexChanged, this,
        [this] { m_previewButton->setEnabled(format() == Format::Pdf); });
    connect(m_previewButton, &QPushButton::clicked, this, [this] { refreshPreview(); });
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 720);
}

void ReportDialog::fillScopes()
{
    const PartyDirectory directory(m_database, Gazetteer::builtIn());
    for (const PartyRecord& party : directory.parties()) {
        m_party->addItem(
            party.nameZh.isEmpty() ? party.nameVi : party.nameVi + QStringLiteral(" / ") + party.nameZh, party.key);
    }
    for (const Agreement& a : m_database.agreements()) {
        const QString title = a.titleVi.isEmpty() ? a.titleZh : a.titleVi;
        m_agreement->addItem(title.left(90), a.id);
    }
}

void ReportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ReportDialog::retranslate()
{
    setWindowTitle(tr("Export status report"));
    const int scope = std::max(0, m_scope->currentIndex());
    m_scope->clear();
    m_scope->addItems({ tr("All commitments"), tr("One party"), tr("One agreement") });
    m_scope->setCurrentIndex(scope);
    m_limitPeriod->setText(tr("Only commitments due between"));
    const int formatIndex = std::max(0, m_format->currentIndex());
    m_format->clear();
    m_format->addItems({ tr("PDF document"), tr("Excel workbook"), tr("CSV table"), tr("Web page (HTML)"),
        tr("Calendar (iCalendar)") });
    m_format->setCurrentIndex(formatIndex);
    const int labels = m_labels->currentIndex() < 0 ? 2 : m_labels->currentIndex();
    m_labels->clear();
    m_labels->addItems({ tr("Vietnamese"), tr("Chinese"), tr("Vietnamese and Chinese") });
    m_labels->setCurrentIndex(labels);
    const QStringList names { tr("Scope:"), tr("Period:"), tr("As of:"), tr("Format:"), tr("Labels:") };
    for (int i = 0; i < m_formLabels.size(); ++i)
        m_formLabels[i]->setText(names[i]);
    m_previewButton->setText(tr("Preview"));
    m_saveButton->setText(tr("Save…"));
    m_saveButton->setShortcut(QKeySequence::Save);
    m_closeButton->setText(tr("Close"));
}

void ReportDialog::setFormat(Format format)
{
    m_format->setCurrentIndex(int(format));
}

void ReportDialog::setAsOf(const QDate& day)
{
    m_asOf->setDate(day);
}

ReportDialog::Format ReportDialog::format() const
{
    return static_cast<Format>(std::max(0, m_format->currentIndex()));
}

LabelLanguage ReportDialog::labelLanguage() const
{
    switch (m_labels->currentIndex()) {
    case 0:
        return LabelLanguage::Vietnamese;
    case 1:
        return LabelLanguage::Chinese;
    default:
        return LabelLanguage::Bilingual;
    }
}

ReportScope ReportDialog::scope() const
{
    ReportScope scope;
    scope.asOf = m_asOf->date();
    if (m_scope->currentIndex() == PartyScope)
        scope.party = m_party->currentData().toString();
    if (m_scope->currentIndex() == AgreementScope)
        scope.agreementId = m_agreement->currentData().toLongLong();
    if (m_limitPeriod->isChecked()) {
        scope.from = m_from->date();
        scope.to = m_to->date();
    }
    return scope;
}

void ReportDialog::clearPreview()
{
    while (QLayoutItem* item = m_pages->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

int ReportDialog::refreshPreview()
{
    clearPreview();
    const auto report = StatusReport::build(m_database, Gazetteer::builtIn(), scope());
    if (!report) {
        MessageBox::critical(this, tr("The report cannot be made"), report.error().toString());
        return 0;
    }
    // Laying out a long report takes seconds (about 1.5 s per 1,000 commitments): it runs on a worker
    // thread, and the pages come back as images.
    const LabelLanguage language = labelLanguage();
    const Preview preview = inBackground<Preview>(this, tr("Making the report…"), [data = report.value(), language] {
        Preview result;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("preview.pdf"));
        result.failure = PdfReport::write(data, ReportLabels(language), path);
        if (result.failure)
            return result;
        const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
        result.total = document ? document->numPages() : 0;
        for (int i = 0; i < std::min(result.total, MaxPreviewPages); ++i) {
            const std::unique_ptr<Poppler::Page> page = document->page(i);
            result.pages.append(page ? page->renderToImage(72, 72) : QImage());
        }
        return result;
    });
    if (preview.failure) {
        MessageBox::critical(this, tr("The report cannot be made"), preview.failure->toString());
        return 0;
    }
    for (const QImage& image : preview.pages) {
        auto* label = new QLabel(m_previewArea->widget());
        label->setPixmap(QPixmap::fromImage(image));
        label->setFrameShape(QFrame::Box);
        m_pages->addWidget(label);
    }
    const int shown = int(preview.pages.size());
    QString status = tr("%n page(s); %1 commitments, %2 overdue.", nullptr, preview.total)
                         .arg(report->commitmentCount())
                         .arg(report->overdueCount);
    if (preview.total > shown)
        status += QLatin1Char(' ') + tr("The preview shows the first %1.").arg(shown);
    m_status->setText(status);
    return shown;
}

bool ReportDialog::save()
{
    static const QStringList suffixes { QStringLiteral("pdf"), QStringLiteral("xlsx"), QStringLiteral("csv"),
        QStringLiteral("html"), QStringLiteral("ics") };
    const QString suffix = suffixes[int(format())];
    QString path
        = FileDialog::getSaveFileName(this, tr("Save the report"), tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    const auto report = StatusReport::build(m_database, Gazetteer::builtIn(), scope());
    std::optional<Error> failure;
    if (!report) {
        failure = report.error();
    } else {
        const LabelLanguage language = labelLanguage();
        const Format chosen = format();
        failure = inBackground<std::optional<Error>>(
            this, tr("Writing the report…"), [data = report.value(), language, chosen, path]() -> std::optional<Error> {
                const ReportLabels labels(language);
                switch (chosen) {
                case Format::Pdf:
                    return PdfReport::write(data, labels, path);
                case Format::Xlsx:
                    return XlsxReport::write(data, labels, path);
                default: {
                    const QByteArray bytes = chosen == Format::Csv ? CsvReport::write(data, labels)
                        : chosen == Format::Html                   ? HtmlReport::write(data, labels)
                                                                   : IcsReport::write(data, labels);
                    QSaveFile file(path);
                    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
                        return Error { path, 0, -1, file.errorString() };
                    return std::nullopt;
                }
                }
            });
    }
    if (failure) {
        MessageBox::critical(this, tr("The report cannot be saved"), failure->toString());
        return false;
    }
    m_status->setText(tr("Saved %1 (%2 commitments).").arg(path).arg(report->commitmentCount()));
    return true;
}

} // namespace concord
