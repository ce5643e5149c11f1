#pragma once

#include "import/ZipArchive.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace concord::test {

/// One cell of an Excel worksheet as the file stores it.
struct Cell
{
    QString value;
    QString type; ///< "s": shared string; "": number
    QString style;
};

/// The cells of worksheet \a sheet (1-based) by reference ("F2"), with shared strings resolved; the autofilter
/// range and whether the header row is frozen.
QHash<QString, Cell> readSheet(
    const ZipArchive& zip, int sheet, const QStringList& strings, QString* autoFilter, bool* frozen);
/// The workbook's shared strings, in order.
QStringList sharedStrings(const ZipArchive& zip);

/// The text of a PDF as poppler's pdftotext reads it in content order, page footers ("2 / 11") removed;
/// \a pages receives the page count the footers give.
QString pdfText(const QString& path, int* pages = nullptr);

} // namespace concord::test
