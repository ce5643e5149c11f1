#pragma once

class QHeaderView;

namespace concord {

/// Column headers are never cut: widens every section of \a header narrower than its title (in the interface
/// language, so call it after a language change); sections that size themselves get the title as their least width.
class HeaderFit
{
public:
    static void titles(QHeaderView* header);
};

} // namespace concord
