#pragma once

#include <QFile>
#include <QStringList>
#include <QTextStream>

#include <optional>

// The filter states of ../shared/eval/typing.txt (one per line, '#' lines are comments; an empty line is the
// cleared filter), or nullopt when the file cannot be read.
inline std::optional<QStringList> readTypingStates(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    QStringList states;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (!line.startsWith(QLatin1Char('#')))
            states.append(line);
    }
    return states;
}
