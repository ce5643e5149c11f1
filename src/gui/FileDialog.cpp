#include "gui/FileDialog.h"

#include <QFileDialog>

namespace concord {

std::optional<QString> FileDialog::s_nextFileName;

void FileDialog::setNextFileName(const QString& fileName)
{
    s_nextFileName = fileName;
}

QString FileDialog::getOpenFileName(
    QWidget* parent, const QString& caption, const QString& filter, const QString& start)
{
    if (s_nextFileName)
        return std::exchange(s_nextFileName, std::nullopt).value();
    return QFileDialog::getOpenFileName(parent, caption, start, filter);
}

QString FileDialog::getSaveFileName(
    QWidget* parent, const QString& caption, const QString& filter, const QString& start)
{
    if (s_nextFileName)
        return std::exchange(s_nextFileName, std::nullopt).value();
    return QFileDialog::getSaveFileName(parent, caption, start, filter);
}

QStringList FileDialog::getOpenFileNames(QWidget* parent, const QString& caption, const QString& filter)
{
    if (s_nextFileName)
        return std::exchange(s_nextFileName, std::nullopt).value().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return QFileDialog::getOpenFileNames(parent, caption, QString(), filter);
}

} // namespace concord
