#pragma once

#include <QString>

namespace concord {

/// Text of the store or of a file name as the command line prints it: one record per line, tab-separated, so a
/// control character inside a value (a newline or tab in a note, a terminal escape sequence in a file name) is
/// written as a visible escape (\n, \r, \t, \x1b, \u2028) instead of breaking the line or driving the terminal.
class TerminalText
{
public:
    static QString escape(const QString& text);
};

} // namespace concord
