#include "gui/FileDialog.h"

#include <QFileDialog>

namespace concord {

std::optional<QString> FileDialog::s_nextFileName;
QString FileDialog::s_lastStart;
QString FileDialog::s_lastFilter;

namespace {
/// Qt's own dialog, not the desktop's: it speaks the interface language (the desktop's speaks the system's).
constexpr QFileDialog::Options Options = QFileDialog::DontUseNativeDialog;
} // namespace

QString FileDialog::lastStart()
{
    return s_lastStart;
}

QString FileDialog::lastFilter()
{
    return s_lastFilter;
}

void FileDialog::setNextFileName(const QString& fileName)
{
    s_nextFileName = fileName;
}

QString FileDialog::getOpenFileName(
    QWidget* parent, const QString& caption, const QString& filter, const QString& start)
{
    s_lastStart = start;
    s_lastFilter = filter;
    if (s_nextFileName)
        return std::exchange(s_nextFileName, std::nullopt).value();
    return QFileDialog::getOpenFileName(parent, caption, start, filter, nullptr, Options);
}

QString FileDialog::getSaveFileName(
    QWidget* parent, const QString& caption, const QString& filter, const QString& start)
{
    s_lastStart = start;
    s_lastFilter = filter;
    if (s_nextFileName)
        return std::exchange(s_nextFileName, std::nullopt).value();
    return QFileDialog::getSaveFileName(parent, caption, start, filter, nullptr, Options);
}

QStringList FileDialog::getOpenFileNames(QWidget* parent, const QString& caption, const QString& filter)
{
    s_lastFilter = filter;
    if (s_nextFileName)
        return std::exchange(s_nextFileName, std::nullopt).value().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return QFileDialog::getOpenFileNames(parent, caption, QString(), filter, nullptr, Options);
}

} // namespace concord
