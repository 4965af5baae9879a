#pragma once

#include <QStringList>

class QTextStream;

namespace lectern::cli {

// Exit codes of lectern-cli.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

// Runs lectern-cli with `arguments` (arguments[0] is the program name), writing to stdout and stderr.
int run(const QStringList &arguments);
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace lectern::cli
