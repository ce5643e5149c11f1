#include "gui/agreements/ImportRunner.h"

#include "store/AgreementStore.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace concord {

ImportRunner::ImportRunner(Database& database, const Gazetteer& gazetteer)
    : m_database(database)
    , m_gazetteer(gazetteer)
{ }

QList<ImportResult> ImportRunner::run(const QStringList& paths, QWidget* parent)
{
    QList<ImportResult> results;
    QProgressDialog progress(tr("Importing…"), tr("Cancel"), 0, int(paths.size()), parent);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(paths.size() > 1 ? 0 : 800);
    progress.setValue(0);
    AgreementStore store(m_database, m_gazetteer);
    for (qsizetype i = 0; i < paths.size() && !progress.wasCanceled(); ++i) {
        const QString path = paths[i];
        progress.setLabelText(
            tr("Importing %1 (%2 of %3)…").arg(QFileInfo(path).fileName()).arg(i + 1).arg(paths.size()));
        const Gazetteer& gazetteer = m_gazetteer;
        QFutureWatcher<Result<ImportPlan>> watcher;
        QEventLoop loop;
        QObject::connect(&watcher, &QFutureWatcher<Result<ImportPlan>>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(QtConcurrent::run([path, &gazetteer]() -> Result<ImportPlan> {
            auto parsed = DocumentParser::parseFile(path);
            if (!parsed)
                return parsed.error();
            return AgreementStore::plan(std::move(parsed).value(), gazetteer);
        }));
        if (!watcher.isFinished())
            loop.exec();
        const Result<ImportPlan> planned = watcher.result();

        ImportResult result;
        result.path = path;
        if (!planned) {
            result.error = planned.error();
            results.append(result);
            progress.setValue(int(i + 1));
            continue;
        }
        const ImportPlan& plan = planned.value();
        const auto written = store.write(plan);
        if (!written) {
            result.error = written.error();
        } else {
            result.alreadyImported = written->alreadyImported;
            result.agreementIds = written->agreementIds;
            for (qsizetype d = 0; d < plan.file.documents.size(); ++d) {
                const ParsedDocument& document = plan.file.documents[d];
                const Agreement& h = document.metadata.header;
                result.titles.append(h.titleVi.isEmpty() ? h.titleZh : h.titleVi);
                result.warnings.append(document.metadata.warnings);
                if (const auto& alignment = plan.alignments.value(d))
                    result.pairs += int(alignment->pairs.size());
                for (const CommitmentCandidate& c : plan.commitments.value(d)) {
                    ++result.commitments;
                    for (const QString& warning : c.warnings)
                        result.warnings.append(QStringLiteral("%1: %2").arg(c.label, warning));
                }
            }
        }
        results.append(result);
        progress.setValue(int(i + 1));
    }
    return results;
}

QString ImportRunner::summary(const QList<ImportResult>& results)
{
    QStringList lines;
    for (const ImportResult& r : results) {
        const QString name = QFileInfo(r.path).fileName();
        if (r.error) {
            lines.append(tr("✗ %1: not imported. %2").arg(name, r.error->toString()));
            continue;
        }
        if (r.alreadyImported) {
            lines.append(tr("• %1: already imported; nothing was added.").arg(name));
            continue;
        }
        lines.append(tr("✓ %1: %n agreement(s) — %2", nullptr, int(r.agreementIds.size()))
                         .arg(name, r.titles.join(QStringLiteral("; "))));
        lines.append(tr("    %n aligned pair(s), %1", nullptr, r.pairs)
                         .arg(tr("%n commitment(s) found for review", nullptr, r.commitments)));
        for (const QString& warning : r.warnings)
            lines.append(QStringLiteral("    ⚠ ") + warning);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace concord
