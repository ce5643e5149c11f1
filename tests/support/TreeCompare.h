#pragma once

#include "import/DocumentParser.h"

#include <QStringList>

namespace concord::test {

/// A parsed file as comparable lines, one per unit: document, language, kind, label, value, depth and the
/// unit's text with all white space removed (readers may break lines differently; the characters must be
/// the same), and the metadata. Two readers of the same agreement must give equal lists.
QStringList treeOf(const ParsedFile& file);

/// The same without the units' text: kind, label, value and depth of each unit, and the metadata — what a scan
/// must give exactly although a few of its characters are misread.
QStringList skeletonOf(const ParsedFile& file);

/// Parses \a path and fails the test when it cannot be parsed.
ParsedFile parseOrFail(const QString& path);

} // namespace concord::test
