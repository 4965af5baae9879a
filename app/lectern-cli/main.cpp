#include "cli/cli.h"
#include "i18n/translators.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral(LECTERN_APP_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(LECTERN_VERSION));
    lectern::installTranslators(app);
    return lectern::cli::run(QCoreApplication::arguments());
}
