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

QString testDataPath(const QString &relative)
{
    return qEnvironmentVariable("LECTERN_TEST_DATA") + QLatin1Char('/') + relative;
}

} // namespace lectern::test
