#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace concord {

/// CSV as Excel and LibreOffice read it: UTF-8 with a byte-order mark (without it Excel guesses a
/// legacy code page and mangles Vietnamese), RFC 4180 quoting, CRLF line ends, and text cells that a
/// spreadsheet would run as a formula (starting with = + - @, tab or CR) neutralised with a leading '.
class CsvWriter
{
public:
    CsvWriter();

    /// Appends a row of text cells; each is escaped and neutralised.
    void addRow(const QStringList& cells);
    /// The whole file so far, BOM first.
    const QByteArray& data() const { return m_data; }

    /// One cell as it appears in the file.
    static QString escapeCell(const QString& cell);
    /// True when a spreadsheet would treat \a cell as a formula.
    static bool isFormulaLike(const QString& cell);

private:
    QByteArray m_data;
};

} // namespace concord
