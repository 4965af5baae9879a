// Lectern's German catalogue and Qt's own German strings load from the locale.
#include "i18n/translators.h"

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
