#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace concord::cli {

/// The words of one concord-cli call: the command, its options and its positional arguments.
/// Parsing is strict: an option the command does not take, or one missing its value, is an error.
struct CommandLine
{
    QString command;
    QHash<QString, QString> options; ///< "--db" → "path"; flags map to an empty string
    QStringList positional;

    bool has(const QString& option) const { return options.contains(option); }
    QString value(const QString& option) const { return options.value(option); }

    /// The options one command accepts.
    struct Spec
    {
        QSet<QString> flags; ///< options without a value, e.g. --json
        QSet<QString> valued; ///< options followed by a value, e.g. --db PATH
    };

    /// Parses \a args (after the command word) against \a spec. On failure returns nullopt and
    /// sets \a error to a one-line explanation.
    static std::optional<CommandLine> parse(
        const QString& command, const QStringList& args, const Spec& spec, QString* error);
};

} // namespace concord::cli
