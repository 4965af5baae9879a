// Lectern's German catalogue and Qt's own German strings load from the locale.
#include "extract/taxonomy.h"
#include "i18n/translators.h"
#include "import/importjob.h"
#include "import/reextraction.h"
#include "query/query.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTest>
#include <QTranslator>

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void germanLoadsFromTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        lectern::installTranslators(*QCoreApplication::instance());
        const QString translated = QCoreApplication::translate("lectern::PaperTableModel", "Authors");
        QVERIFY2(translated != QLatin1String("Authors") && !translated.isEmpty(), qPrintable(translated));
        if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm")))
            QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
        else
            QFAIL("Qt's German translations (qt6-translations-l10n) are missing");
    }

    // Messages made outside any QObject (the query parser, reports, taxonomy edits) are found under the context
    // lupdate files them in, so they are German too.
    void germanReachesMessagesOutsideWidgets()
    {
        const auto messages = [] {
            lectern::Taxonomy taxonomy = lectern::Taxonomy::builtIn();
            QString taxonomyError;
            taxonomy.renameNode(QStringLiteral("pruning"), QString(), &taxonomyError);
            lectern::ImportReport cancelled;
            cancelled.file = QStringLiteral("f.txt");
            cancelled.failed = cancelled.cancelled = true;
            return QStringList{lectern::Query::parse(QStringLiteral("year:abc")).errorMessage(),
                               lectern::ReextractionReport{}.toText(), taxonomyError, cancelled.toText()};
        };
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(t);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QStringList english = messages();
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        lectern::installTranslators(*QCoreApplication::instance());
        const QStringList german = messages();
        for (int i = 0; i < english.size(); ++i) {
            QVERIFY(!english[i].isEmpty());
            QVERIFY2(german[i] != english[i], qPrintable(english[i]));
        }
    }

    void englishPluralsElsewhere()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(t);
        lectern::installTranslators(*QCoreApplication::instance());
        QCOMPARE(QCoreApplication::translate("lectern::TechniqueMatrixModel", "%1 × %2: %n paper(s)", nullptr, 1),
                 QStringLiteral("%1 × %2: 1 paper"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
