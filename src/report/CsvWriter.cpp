#include "report/CsvWriter.h"

namespace concord {

CsvWriter::CsvWriter()
    : m_data("\xEF\xBB\xBF")
{ }

bool CsvWriter::isFormulaLike(const QString& cell)
{
    if (cell.isEmpty())
        return false;
    switch (cell.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

QString CsvWriter::escapeCell(const QString& cell)
{
    QString text = isFormulaLike(cell) ? QLatin1Char('\'') + cell : cell;
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!quote)
        return text;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

void CsvWriter::addRow(const QStringList& cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += escapeCell(cells[i]);
    }
    line += QStringLiteral("\r\n");
    m_data += line.toUtf8();
}

} // namespace concord
