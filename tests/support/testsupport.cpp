#include "testsupport.h"

#include <QDir>
#include <QFileInfo>

namespace lectern::test {

QString sharedDir()
{
    const QString dir = qEnvironmentVariable("LECTERN_SHARED_DIR");
    if (dir.isEmpty() || !QFileInfo(dir + QStringLiteral("/seeds")).isDir())
        return {};
    return QDir(dir).absolutePath();
}

QStringList seedFiles()
{
    const QString shared = sharedDir();
    if (shared.isEmpty())
        return {};
    const QDir seeds(shared + QStringLiteral("/seeds"));
    QStringList files;
    for (const QString &name : seeds.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        files.append(seeds.filePath(name));
    return files;
}

QString testDataPath(const QString &relative)
{
    return qEnvironmentVariable("LECTERN_TEST_DATA") + QLatin1Char('/') + relative;
}

} // namespace lectern::test
