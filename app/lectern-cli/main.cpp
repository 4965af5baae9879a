#include "cli/cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral(LECTERN_APP_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(LECTERN_VERSION));
    return lectern::cli::run(QCoreApplication::arguments());
}
