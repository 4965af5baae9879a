#pragma once

#include <QString>
#include <QStringList>

namespace lectern::test {

// The shared data folder (../shared: seeds, eval, tools), from LECTERN_SHARED_DIR. Returns an empty string
// when it is missing; then requireSharedDir() skips the test with a clear message, except under CI=true,
// where a missing folder fails it.
QString sharedDir();
// The seed listings of the shared folder (seeds/*.txt), in name order; empty without the folder.
QStringList seedFiles();
// Our own fixtures in tests/data.
QString testDataPath(const QString &relative);

} // namespace lectern::test

// Use at the top of a test function that needs ../shared.
#define LECTERN_REQUIRE_SHARED_DIR()                                                                                   \
    do {                                                                                                               \
        if (lectern::test::sharedDir().isEmpty()) {                                                                    \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                                                   \
                QFAIL("CI=true but the shared data folder (LECTERN_SHARED_DIR) is missing");                           \
            QSKIP("shared data folder (LECTERN_SHARED_DIR, default ../shared) not found");                             \
        }                                                                                                              \
    } while (false)
