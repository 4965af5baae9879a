#include "i18n/translators.h"
#include "mainwindow.h"
#include "store/library.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral(LECTERN_APP_NAME));
    QApplication::setApplicationDisplayName(QStringLiteral("Lectern"));
    QApplication::setApplicationVersion(QStringLiteral(LECTERN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.lectern.Lectern"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/lectern/icons/lectern.svg")));

    lectern::installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Lectern, a desktop literature explorer"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption libraryOption(QStringLiteral("library"),
                                           QApplication::translate("main", "Open the library file PATH."),
                                           QStringLiteral("PATH"));
    parser.addOption(libraryOption);
    parser.addPositionalArgument(QStringLiteral("files"), QApplication::translate("main", "Files to import."),
                                 QStringLiteral("[FILE...]"));
    parser.process(app);

    const QString path = parser.isSet(libraryOption) ? parser.value(libraryOption) : lectern::Library::defaultPath();
    try {
        // Open (and migrate) once up front, so a library we cannot use is reported before any window opens.
        lectern::Library check(path);
    } catch (const lectern::DatabaseError &e) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Lectern"), e.message());
        return 1;
    }
    lectern::MainWindow window(path);
    window.show();
    window.importFiles(parser.positionalArguments());
    return app.exec();
}
