#include "cli/CommandLine.h"

namespace concord::cli {

std::optional<CommandLine> CommandLine::parse(
    const QString& command, const QStringList& args, const Spec& spec, QString* error)
{
    CommandLine line;
    line.command = command;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (optionsEnded || !arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-")) {
            line.positional.append(arg);
            continue;
        }
        if (arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        QString name = arg;
        std::optional<QString> inlineValue;
        if (const qsizetype eq = arg.indexOf(QLatin1Char('=')); eq > 0) {
            name = arg.left(eq);
            inlineValue = arg.mid(eq + 1);
        }
        if (spec.flags.contains(name) && !inlineValue) {
            line.options.insert(name, QString());
        } else if (spec.valued.contains(name)) {
            if (inlineValue && inlineValue->isEmpty()) {
                *error = QStringLiteral("option %1 needs a value, not an empty one").arg(name);
                return std::nullopt;
            } else if (inlineValue) {
                line.options.insert(name, *inlineValue);
            } else if (i + 1 < args.size()) {
                if (args[i + 1].isEmpty()) {
                    *error = QStringLiteral("option %1 needs a value, not an empty one").arg(name);
                    return std::nullopt;
                }
                line.options.insert(name, args[++i]);
            } else {
                *error = QStringLiteral("option %1 needs a value").arg(name);
                return std::nullopt;
            }
        } else {
            *error = QStringLiteral("'%1' does not take option %2").arg(command, name);
            return std::nullopt;
        }
    }
    return line;
}

} // namespace concord::cli
