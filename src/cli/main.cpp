#include "cli/CliApp.h"
#include "model/Clock.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <memory>

namespace {
/// The first Ctrl+C lets the file being stored finish (or roll back) and stops the batch; a second one ends at once.
extern "C" void onInterrupt(int)
{
    concord::cli::CliApp::requestStop();
    std::signal(SIGINT, SIG_DFL);
}
} // namespace

int main(int argc, char* argv[])
{
    std::signal(SIGINT, onInterrupt);
    // Laying out a PDF report needs fonts, that is a QGuiApplication; it runs on the offscreen platform so
    // that the command line needs no display. Every other command stays a plain QCoreApplication.
    bool needsFonts = false;
    for (int i = 1; i + 1 < argc; ++i)
        needsFonts = needsFonts || (std::strcmp(argv[i], "--format") == 0 && std::strcmp(argv[i + 1], "pdf") == 0);
    std::unique_ptr<QCoreApplication> app;
    if (needsFonts) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Concord"));
    QCoreApplication::setApplicationName(QStringLiteral("concord"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONCORD_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
    const concord::SystemClock clock;
    concord::cli::CliApp cli(out, err, clock);
    const int status = cli.run(QCoreApplication::arguments().mid(1));
    out.flush();
    err.flush();
    return status;
}
