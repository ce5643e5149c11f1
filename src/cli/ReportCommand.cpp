#include "cli/ReportCommand.h"

#include "cli/CommandLine.h"
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
#include "text/DateText.h"

namespace concord::cli {

ReportCommand::ReportCommand(
    QTextStream& out, QTextStream& err, UsageError usageError, OpenStore openStore, const Clock& clock)
    : m_out(out)
    , m_err(err)
    , m_usageError(std::move(usageError))
    , m_openStore(std::move(openStore))
    , m_clock(clock)
{ }

int ReportCommand::run(const QStringList& args)
{
    QString error;
    const auto line = CommandLine::parse(QStringLiteral("report"), args,
        { { QStringLiteral("--include-candidates"), QStringLiteral("--overdue-only") },
            { QStringLiteral("--format"), QStringLiteral("--out"), QStringLiteral("--db"), QStringLiteral("--party"),
                QStringLiteral("--from"), QStringLiteral("--to"), QStringLiteral("--as-of"),
                QStringLiteral("--agreement"), QStringLiteral("--labels"), QStringLiteral("--number"),
                QStringLiteral("--office-vi"), QStringLiteral("--office-zh"), QStringLiteral("--signer"),
                QStringLiteral("--signer-title") } },
        &error);
    if (!line)
        return m_usageError(error);
    if (!line->positional.isEmpty())
        return m_usageError(QStringLiteral("'report' takes no arguments, got '%1'").arg(line->positional.front()));
    const QString format = line->value(QStringLiteral("--format"));
    const QString out = line->value(QStringLiteral("--out"));
    if (format.isEmpty() || out.isEmpty())
        return m_usageError(QStringLiteral("'report' needs --format and --out"));
    static const QStringList formats { QStringLiteral("pdf"), QStringLiteral("xlsx"), QStringLiteral("csv"),
        QStringLiteral("html"), QStringLiteral("ics") };
    if (!formats.contains(format))
        return m_usageError(QStringLiteral("unknown --format '%1' (pdf, xlsx, csv, html, ics)").arg(format));

    ReportScope scope;
    scope.party = line->value(QStringLiteral("--party"));
    for (const auto& [option, target] : { std::pair { QStringLiteral("--from"), &scope.from },
             std::pair { QStringLiteral("--to"), &scope.to }, std::pair { QStringLiteral("--as-of"), &scope.asOf } }) {
        if (!line->has(option))
            continue;
        *target = DateText::isoDay(line->value(option));
        if (!target->isValid())
            return m_usageError(
                QStringLiteral("%1 needs a date as YYYY-MM-DD, got '%2'").arg(option, line->value(option)));
    }
    if (!scope.asOf.isValid())
        scope.asOf = m_clock.today();
    scope.includeCandidates = line->has(QStringLiteral("--include-candidates"));
    scope.overdueOnly = line->has(QStringLiteral("--overdue-only"));
    if (line->has(QStringLiteral("--agreement"))) {
        bool ok = false;
        scope.agreementId = line->value(QStringLiteral("--agreement")).toLongLong(&ok);
        if (!ok || scope.agreementId <= 0)
            return m_usageError(QStringLiteral("--agreement needs an agreement id"));
    }
    LabelLanguage language = LabelLanguage::Bilingual;
    const QString labels = line->value(QStringLiteral("--labels"));
    if (labels == QLatin1String("vi"))
        language = LabelLanguage::Vietnamese;
    else if (labels == QLatin1String("zh"))
        language = LabelLanguage::Chinese;
    else if (!labels.isEmpty() && labels != QLatin1String("both"))
        return m_usageError(QStringLiteral("--labels takes vi, zh or both"));

    const auto db = m_openStore(line->value(QStringLiteral("--db")));
    if (!db)
        return 1;
    if (const auto refused = OutputFile::refusal(out, db->path())) {
        m_err << "concord-cli: " << refused->toString() << "\n";
        return 1;
    }
    const auto report = StatusReport::build(*db, Gazetteer::builtIn(), scope);
    if (!report) {
        m_err << "concord-cli: " << report.error().toString() << "\n";
        return 1;
    }
    const ReportLabels wording(language);
    // The issuer as set in Preferences, each part replaceable on the command line.
    ReportIssuer issuer = AppSettings().reportIssuer();
    for (const auto& [option, target] : { std::pair { QStringLiteral("--office-vi"), &issuer.officeVi },
             std::pair { QStringLiteral("--office-zh"), &issuer.officeZh },
             std::pair { QStringLiteral("--signer"), &issuer.signer },
             std::pair { QStringLiteral("--signer-title"), &issuer.signerTitle },
             std::pair { QStringLiteral("--number"), &issuer.number } }) {
        if (line->has(option))
            *target = line->value(option);
    }
    if (format == QLatin1String("pdf") || format == QLatin1String("xlsx")) {
        const auto failure = format == QLatin1String("pdf") ? PdfReport::write(report.value(), wording, out, issuer)
                                                            : XlsxReport::write(report.value(), wording, out, issuer);
        if (failure) {
            m_err << "concord-cli: " << failure->toString() << "\n";
            return 1;
        }
        if (issuer.officeVi.trimmed().isEmpty() && issuer.officeZh.trimmed().isEmpty())
            m_err << "concord-cli: "
                  << "note: the issuing office is not set (Preferences in the window, or --office-vi and "
                     "--office-zh): the report leaves it blank to fill in by hand."
                  << "\n";
    } else {
        const QByteArray data = format == QLatin1String("csv") ? CsvReport::write(report.value(), wording)
            : format == QLatin1String("html")                  ? HtmlReport::write(report.value(), wording)
                                                               : IcsReport::write(report.value(), wording);
        // Written whole or not at all: a failed write leaves an existing file as it was.
        if (const auto failure = OutputFile::write(out, data)) {
            m_err << "concord-cli: " << failure->toString() << "\n";
            return 1;
        }
    }
    m_out << out << '\t' << report->commitmentCount() << " commitments, " << report->overdueCount << " overdue";
    if (!report->awaitingReview.isEmpty())
        m_out << ", " << report->awaitingReview.size() << " awaiting review (not counted)";
    m_out << "\n";
    return 0;
}

} // namespace concord::cli
