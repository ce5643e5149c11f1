#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace concord {

/// One line of a paragraph with its markup removed, and its number in the source file (1-based).
struct SourceLine
{
    QString text;
    int number = 0;
};

/// A paragraph as a reader found it: the source lines it spans with markup removed, and what the markup
/// said (bold, heading level, struck-out text, HTML) so that the structure parser can use it.
struct Paragraph
{
    QList<SourceLine> lines;
    int heading = 0; ///< Markdown heading level (1–6), 0 for none
    bool bold = false; ///< the whole paragraph is bold
    bool html = false; ///< carried HTML tags (stamp blocks in converted files)
    QStringList struck; ///< text that was struck out (~~…~~): kept out of the paragraph's text
    /// A table of data (TableCells::isDataTable): its rows' cells, the header row first; lines has one line per
    /// row (its cells joined by " | "). Empty for any other paragraph.
    QList<QStringList> rows;

    bool isTable() const { return !rows.isEmpty(); }

    int line() const { return lines.isEmpty() ? 0 : lines.front().number; }
    int lastLine() const { return lines.isEmpty() ? 0 : lines.back().number; }

    /// The lines joined: by a space between Latin words, by nothing between Han characters. Linear in the
    /// paragraph's length, however many lines it has.
    QString text() const;

    /// Joins two pieces of one sentence the same way.
    static QString join(const QString& left, const QString& right);
    /// Appends \a right to \a left in place, joined the same way (no copy of \a left).
    static void append(QString& left, const QString& right);
};

} // namespace concord
