#include "gui/ReportDialog.h"

#include "gui/BackgroundLoader.h"
#include "gui/DisplayNames.h"
#include "gui/FileDialog.h"
#include "gui/MessageBox.h"
#include "gui/PreferencesDialog.h"
#include "gui/ProgressEnd.h"
#include "import/Gazetteer.h"
#include "model/Clock.h"
#include "report/CsvReport.h"
#include "report/HtmlReport.h"
#include "report/IcsReport.h"
#include "report/PdfReport.h"
#include "report/StatusReport.h"
#include "report/XlsxReport.h"
#include "store/AppSettings.h"
#include "store/Database.h"
#include "store/OutputFile.h"
#include "store/PartyDirectory.h"
#include "text/DateText.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QVBoxLayout>

#include <poppler-qt6.h>

namespace concord {

namespace {
/// The preview's pages, made on a worker thread.
struct Preview
{
    std::optional<Error> failure;
    QList<QImage> pages; ///< the first MaxPreviewPages pages
    int total = 0;
    int counted = 0; ///< the report's commitments
    int overdue = 0;
    int awaiting = 0; ///< awaiting review, listed apart
};

/// Pages rendered for the preview: enough to judge the report, not the 500 pages of a large one.
constexpr int MaxPreviewPages = 30;

} // namespace

namespace {
enum ScopeKind { AllScope, PartyScope, AgreementScope };
} // namespace

ReportDialog::ReportDialog(Database& database, const Gazetteer& gazetteer, const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_gazetteer(gazetteer)
    , m_clock(clock)
    , m_loader(new BackgroundLoader(this))
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
    const QDate today = m_clock.today();
    m_from = new QDateEdit(QDate(today.year(), 1, 1), this);
    m_to = new QDateEdit(QDate(today.year(), 12, 31), this);
    m_asOf = new QDateEdit(today, this);
    m_includeCandidates = new QCheckBox(this);
    m_includeCandidates->setObjectName(QStringLiteral("reportIncludeCandidates"));
    for (QDateEdit* edit : { m_from, m_to, m_asOf }) {
        edit->setCalendarPopup(true);
    }
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    m_format = new QComboBox(this);
    m_labels = new QComboBox(this);
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("reportNumber"));
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
    for (int i = 0; i < 7; ++i)
        m_formLabels.append(new QLabel(this));
    form->addRow(m_formLabels[0], scopeRow);
    form->addRow(m_formLabels[1], period);
    form->addRow(m_formLabels[2], m_asOf);
    form->addRow(m_formLabels[5], m_includeCandidates);
    form->addRow(m_formLabels[3], m_format);
    form->addRow(m_formLabels[4], m_labels);
    form->addRow(m_formLabels[6], m_number);
    m_issuerHint = new QLabel(this);
    m_issuerHint->setObjectName(QStringLiteral("reportIssuerHint"));
    m_issuerHint->setWordWrap(true);
    m_issuerHint->setTextFormat(Qt::RichText);
    form->addRow(m_issuerHint);
    connect(m_issuerHint, &QLabel::linkActivated, this, [this] {
        if (!m_settings)
            return;
        PreferencesDialog preferences(*m_settings, this);
        if (preferences.exec() == QDialog::Accepted)
            setIssuer(m_settings->reportIssuer());
    });

    m_previewButton = new QPushButton(this);
    m_previewArea = new QScrollArea(this);
    m_previewArea->setWidgetResizable(true);
    auto* pages = new QWidget(m_previewArea);
    m_pages = new QVBoxLayout(pages);
    m_pages->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_previewArea->setWidget(pages);
    m_previewArea->setMinimumSize(420, 200); // the dialog fits a 1024 × 700 screen; larger, the preview grows
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
    // As large as the window it belongs to allows (a 1024 × 700 screen holds it whole), at most 760 × 720.
    const QWidget* window = parent ? parent->window() : nullptr;
    const QRect room = window ? window->geometry() : QRect(0, 0, 760, 720);
    resize(std::min(760, room.width() - 20), std::min(720, room.height() - 20));
}

void ReportDialog::fillScopes()
{
    const auto parties = PartyDirectory(m_database, m_gazetteer).parties();
    const auto agreements = m_database.agreements();
    for (const auto* failure : { parties ? nullptr : &parties.error(), agreements ? nullptr : &agreements.error() }) {
        if (failure)
            MessageBox::critical(this, tr("The report cannot be made"), failure->toString());
    }
    for (const PartyRecord& party : parties ? parties.value() : QList<PartyRecord>()) {
        m_party->addItem(DisplayNames::party(party), party.key); // the interface language's name first
    }
    for (const Agreement& a : agreements ? agreements.value() : QList<Agreement>()) {
        m_agreement->addItem(DisplayNames::title(a.titleVi, a.titleZh).left(90), a.id);
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
    const QStringList names { tr("Scope:"), tr("Period:"), tr("As of:"), tr("Format:"), tr("Labels:"), tr("Review:"),
        tr("Report number:") };
    m_number->setPlaceholderText(tr("e.g. 15/BC-SNgV (printed at the head of the PDF)"));
    m_includeCandidates->setText(tr("Count commitments awaiting review with the accepted ones"));
    m_includeCandidates->setToolTip(tr("Unchecked, candidates nobody has reviewed are listed apart and not counted."));
    for (int i = 0; i < m_formLabels.size(); ++i)
        m_formLabels[i]->setText(names[i]);
    for (QDateEdit* edit : { m_from, m_to, m_asOf })
        edit->setDisplayFormat(DateText::editFormat());
    m_previewButton->setText(tr("Preview"));
    m_saveButton->setText(tr("Save…"));
    m_saveButton->setShortcut(QKeySequence::Save);
    m_closeButton->setText(tr("Close"));
    retranslateIssuerHint();
}

void ReportDialog::setFormat(Format format)
{
    m_format->setCurrentIndex(int(format));
}

void ReportDialog::applyPreset(Preset preset)
{
    const QDate today = m_clock.today();
    m_overdueOnly = preset == Preset::OverdueOnly;
    m_scope->setCurrentIndex(preset == Preset::ByParty ? PartyScope
            : preset == Preset::ByAgreement            ? AgreementScope
                                                       : AllScope);
    m_limitPeriod->setChecked(preset == Preset::ThisQuarter || preset == Preset::ThisYear);
    if (preset == Preset::ThisQuarter) {
        const QDate start(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
        m_from->setDate(start);
        m_to->setDate(start.addMonths(3).addDays(-1));
    } else if (preset == Preset::ThisYear) {
        m_from->setDate(QDate(today.year(), 1, 1));
        m_to->setDate(QDate(today.year(), 12, 31));
    }
    m_asOf->setDate(today);
}

void ReportDialog::setIssuer(const ReportIssuer& issuer)
{
    m_issuer = issuer;
    retranslateIssuerHint();
}

void ReportDialog::useSettings(AppSettings& settings)
{
    m_settings = &settings;
    setIssuer(settings.reportIssuer());
}

bool ReportDialog::tellsOfficeMissing() const
{
    return !m_issuerHint->isHidden();
}

void ReportDialog::retranslateIssuerHint()
{
    const bool missing = m_issuer.officeVi.trimmed().isEmpty() && m_issuer.officeZh.trimmed().isEmpty();
    m_issuerHint->setHidden(!missing);
    const QString where = m_settings
        ? QStringLiteral("<a href=\"preferences\">%1</a>").arg(tr("Set them in Preferences…").toHtmlEscaped())
        : tr("Set them in Edit ▸ Preferences (Ctrl+,).").toHtmlEscaped();
    m_issuerHint->setText(
        QStringLiteral("<i>%1 %2</i>")
            .arg(tr("The issuing office and the signer are not set: the report leaves them blank (………) to fill in "
                    "by hand.")
                     .toHtmlEscaped(),
                where));
}

void ReportDialog::setAsOf(const QDate& day)
{
    m_asOf->setDate(day);
}

void ReportDialog::setIncludeCandidates(bool include)
{
    m_includeCandidates->setChecked(include);
}

bool ReportDialog::isBusy() const
{
    return m_loader->isRunning();
}

void ReportDialog::showBusy(const QString& label)
{
    if (!m_progress) {
        m_progress = new QProgressDialog(this);
        m_progress->setObjectName(QStringLiteral("reportProgress"));
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setCancelButton(nullptr);
        m_progress->setRange(0, 0);
        m_progress->setMinimumDuration(500);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
    }
    m_progress->setLabelText(label);
    m_progress->setValue(0);
    setEnabled(false);
}

void ReportDialog::hideBusy()
{
    endProgress(m_progress);
    setEnabled(true);
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
    scope.includeCandidates = m_includeCandidates->isChecked();
    scope.overdueOnly = m_overdueOnly;
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

void ReportDialog::refreshPreview()
{
    clearPreview();
    // Reading the commitments (a quarter of a second for 5,000) and laying out a long report (seconds) both run on
    // a worker thread with its own connection; the pages come back as images.
    const LabelLanguage language = labelLanguage();
    showBusy(tr("Making the report…"));
    const Gazetteer& gazetteer = m_gazetteer;
    m_loader->readStore<Preview>(
        m_database.path(),
        [&gazetteer, scope = scope(), language, issuer = issuer()](const Database& db) -> Result<Preview> {
            const auto report = StatusReport::build(db, gazetteer, scope);
            if (!report)
                return report.error();
            Preview result;
            result.counted = report->commitmentCount();
            result.overdue = report->overdueCount;
            result.awaiting = int(report->awaitingReview.size());
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("preview.pdf"));
            result.failure = PdfReport::write(report.value(), ReportLabels(language), path, issuer);
            if (result.failure)
                return result;
            const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
            result.total = document ? document->numPages() : 0;
            for (int i = 0; i < std::min(result.total, MaxPreviewPages); ++i) {
                const std::unique_ptr<Poppler::Page> page = document->page(i);
                result.pages.append(page ? page->renderToImage(72, 72) : QImage());
            }
            return result;
        },
        [this](Result<Preview> read) {
            hideBusy();
            if (!read || read->failure) {
                MessageBox::critical(
                    this, tr("The report cannot be made"), (read ? *read->failure : read.error()).toString());
                emit previewShown(0);
                return;
            }
            const Preview& preview = read.value();
            for (const QImage& image : preview.pages) {
                auto* label = new QLabel(m_previewArea->widget());
                label->setPixmap(QPixmap::fromImage(image));
                label->setFrameShape(QFrame::Box);
                m_pages->addWidget(label);
            }
            const int shown = int(preview.pages.size());
            QString status = tr("%n page(s); %1 commitments, %2 overdue.", nullptr, preview.total)
                                 .arg(preview.counted)
                                 .arg(preview.overdue);
            if (preview.awaiting > 0)
                status += QLatin1Char(' ') + tr("%n awaiting review, listed apart.", nullptr, preview.awaiting);
            if (preview.total > shown)
                status += QLatin1Char(' ') + tr("The preview shows the first %1.").arg(shown);
            m_status->setText(status);
            emit previewShown(shown);
        });
}

ReportIssuer ReportDialog::issuer() const
{
    ReportIssuer issuer = m_issuer;
    issuer.number = m_number->text().trimmed();
    return issuer;
}

QString ReportDialog::suggestedPath(const QString& suffix) const
{
    // "Báo cáo tình hình thực hiện cam kết 2026-12-01.pdf" in the documents folder (ISO days sort).
    const ReportLabels labels(
        labelLanguage() == LabelLanguage::Chinese ? LabelLanguage::Chinese : LabelLanguage::Vietnamese);
    QString name = labels.text(ReportLabels::Label::Title);
    if (m_scope->currentIndex() == PartyScope && !m_party->currentText().isEmpty())
        name += QStringLiteral(" - ") + m_party->currentText().section(QStringLiteral(" / "), 0, 0);
    name += QLatin1Char(' ') + m_asOf->date().toString(Qt::ISODate) + QLatin1Char('.') + suffix;
    name.replace(QRegularExpression(QStringLiteral(R"([/\\:*?"<>|])")), QStringLiteral("-"));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name);
}

bool ReportDialog::save()
{
    static const QStringList suffixes { QStringLiteral("pdf"), QStringLiteral("xlsx"), QStringLiteral("csv"),
        QStringLiteral("html"), QStringLiteral("ics") };
    const QString suffix = suffixes[int(format())];
    QString path = FileDialog::getSaveFileName(
        this, tr("Save the report"), tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix), suggestedPath(suffix));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    const LabelLanguage language = labelLanguage();
    const Format chosen = format();
    showBusy(tr("Writing the report…"));
    const Gazetteer& gazetteer = m_gazetteer;
    // Read and written on a worker thread, with its own connection: the number of commitments saved comes back.
    m_loader->readStore<int>(
        m_database.path(),
        [&gazetteer, scope = scope(), language, chosen, path, issuer = issuer()](const Database& db) -> Result<int> {
            // Never over the store the report reads (nor its journal or backups).
            if (const auto refused = OutputFile::refusal(path, db.path()))
                return *refused;
            // Never over the store the report reads (nor its journal or backups).
            if (const auto refused = OutputFile::refusal(path, db.path()))
                return *refused;
            const auto report = StatusReport::build(db, gazetteer, scope);
            if (!report)
                return report.error();
            const StatusReport& data = report.value();
            const ReportLabels labels(language);
            std::optional<Error> failure;
            switch (chosen) {
            case Format::Pdf:
                failure = PdfReport::write(data, labels, path, issuer);
                break;
            case Format::Xlsx:
                failure = XlsxReport::write(data, labels, path, issuer);
                break;
            default: {
                const QByteArray bytes = chosen == Format::Csv ? CsvReport::write(data, labels)
                    : chosen == Format::Html                   ? HtmlReport::write(data, labels)
                                                               : IcsReport::write(data, labels);
                failure = OutputFile::write(path, bytes);
            }
            }
            if (failure)
                return *failure;
            return data.commitmentCount();
        },
        [this, path](Result<int> counted) {
            hideBusy();
            if (!counted) {
                MessageBox::critical(this, tr("The report cannot be saved"), counted.error().toString());
                emit saved(false);
                return;
            }
            m_status->setText(tr("Saved %1 (%2 commitments).").arg(path).arg(counted.value()));
            emit savedTo(path);
            emit saved(true);
        });
    return true;
}

} // namespace concord
