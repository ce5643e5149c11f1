#pragma once

#include "model/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace concord {

class Clock;

/// The sample agreements Concord ships (data/samples) and the default database they fill on first run.
class SampleLibrary
{
    Q_DECLARE_TR_FUNCTIONS(concord::SampleLibrary)

public:
    /// Where the samples are: $CONCORD_SAMPLES_DIR, else the installed copy
    /// (<prefix>/share/concord/samples next to the program), else the source tree's data/samples.
    static QString directory();
    static QStringList files();

    /// Creates the default database (Database::defaultPath()) with the samples imported, when it does not
    /// exist yet; does nothing when it does. The error names the sample that could not be imported.
    /// \a clock gives the import day, from which the samples are tracked.
    static std::optional<Error> ensureDefaultDatabase(const Clock& clock);
};

} // namespace concord
