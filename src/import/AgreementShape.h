#pragma once

#include "import/DocumentParser.h"

#include <QCoreApplication>
#include <QString>

namespace concord {

/// Whether a parsed file looks like an agreement at all: a title that names a kind of agreement, a signing date,
/// numbered or signed parts, or named parties.
/// A file with none of them (a note, a list, a page of junk that decoded as text) is not imported unless a person
/// says it is one (ImportOptions::evenWithoutStructure).
class AgreementShape
{
    Q_DECLARE_TR_FUNCTIONS(concord::AgreementShape)

public:
    /// The machine-readable reason (Error::code) of a refusal for want of structure.
    static inline const QString NoStructure = QStringLiteral("no-structure");

    static bool recognisable(const ParsedDocument& document);
    /// Empty when some document of \a file is recognisable; otherwise the refusal, naming the file.
    static std::optional<Error> refusal(const ParsedFile& file);
};

} // namespace concord
