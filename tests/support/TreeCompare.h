#pragma once

#include "import/DocumentParser.h"

#include <QStringList>

namespace concord::test {

/// A parsed file as comparable lines, one per unit: document, language, kind, label, value, depth and the
/// unit's text with all white space removed (readers may break lines differently; the characters must be
/// the same), and the metadata. Two readers of the same agreement must give equal lists.
QStringList treeOf(const ParsedFile& file);

/// Parses \a path and fails the test when it cannot be parsed.
ParsedFile parseOrFail(const QString& path);

} // namespace concord::test
