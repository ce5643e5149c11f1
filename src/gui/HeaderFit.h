#pragma once

#include <QStringList>

class QFontMetrics;
class QHeaderView;

namespace concord {

/// Column headers are never cut: widens every section of \a header narrower than its title (in the interface
/// language, so call it after a language change); sections that size themselves get the title as their least width.
class HeaderFit
{
public:
    static void titles(QHeaderView* header);
    /// A column as wide as the widest of \a texts (the longest entries it shows, in every language), with margins.
    static int widest(const QFontMetrics& metrics, const QStringList& texts);
    /// A column as narrow as the widest of \a texts needs to show each in at most two lines, wrapped at a space (the
    /// rows of the tables are two lines high); a text's own line breaks are kept.
    static int twoLines(const QFontMetrics& metrics, const QStringList& texts);
    /// A column as wide as a date in every language's style (DateText).
    static int dateWidth(const QFontMetrics& metrics);
};

} // namespace concord
