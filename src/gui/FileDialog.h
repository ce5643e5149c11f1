#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace concord {

/// Every file chooser Concord shows goes through here, so that a test can supply the file name:
/// setNextFileName() makes the next call return that name at once (an empty name means "cancelled").
class FileDialog
{
public:
    /// \a start: the folder (or, when saving, the suggested file) the dialog opens at.
    static QString getOpenFileName(
        QWidget* parent, const QString& caption, const QString& filter, const QString& start = QString());
    static QString getSaveFileName(
        QWidget* parent, const QString& caption, const QString& filter, const QString& start = QString());
    /// Several files to open; a queued name may hold several separated by '\n'.
    static QStringList getOpenFileNames(QWidget* parent, const QString& caption, const QString& filter);

    static void setNextFileName(const QString& fileName);
    /// The folder or file the last dialog was to open at (what a test checks of a suggested name).
    static QString lastStart();
    /// The file-type filter the last dialog offered ("Agreements (*.txt …);;All files (*)").
    static QString lastFilter();

private:
    static std::optional<QString> s_nextFileName;
    static QString s_lastStart;
    static QString s_lastFilter;
};

} // namespace concord
