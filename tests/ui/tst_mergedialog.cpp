// The Merge Papers dialog, offscreen: both papers' fields side by side, the choice of the kept paper both ways
// (radio buttons and clicks on a paper's values), the fields the kept paper takes over, and the buttons.
#include "mergedialog.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace lectern;

namespace {

Paper first()
{
    Paper p;
    p.id = 11;
    p.title = QStringLiteral("Deep Compression");
    p.authors = {QStringLiteral("Song Han"), QStringLiteral("Huizi Mao"), QStringLiteral("William J. Dally")};
    p.year = 2016;
    p.venue = QStringLiteral("ICLR");
    p.arxivId = QStringLiteral("1510.00149");
    p.citationKey = QStringLiteral("han2016");
    p.tags = {QStringLiteral("compression/pruning"), QStringLiteral("compression/quantization")};
    p.note = QStringLiteral("Three stages:\n\n- prune\n- quantize\n- Huffman code");
    return p;
}

Paper second()
{
    Paper p;
    p.id = 42;
    p.title = QStringLiteral("Deep compression: compressing deep neural networks");
    p.authors = {QStringLiteral("S. Han")};
    p.year = 2015;
    p.doi = QStringLiteral("10.48550/arxiv.1510.00149");
    p.citationKey = QStringLiteral("han2015deep");
    return p;
}

int rowOf(const MergeDialog &dialog, const QString &name)
{
    return int(dialog.fieldNames().indexOf(name));
}

} // namespace

class TestMergeDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void showsBothPapers()
    {
        MergeDialog dialog(first(), 3, second(), 1);
        dialog.show();
        const Paper a = first(), b = second();
        const QList<std::array<QString, 3>> rows{
            {QStringLiteral("Title"), a.title, b.title},
            {QStringLiteral("Authors"), QStringLiteral("Song Han, Huizi Mao, William J. Dally"),
             QStringLiteral("S. Han")},
            {QStringLiteral("Year"), QStringLiteral("2016"), QStringLiteral("2015")},
            {QStringLiteral("arXiv"), a.arxivId, QStringLiteral("1510.00149 (filled in from the other paper)")},
            {QStringLiteral("Citation key"), a.citationKey, b.citationKey},
            {QStringLiteral("Sources"), QStringLiteral("3 source(s)"), QStringLiteral("1 source(s)")},
            {QStringLiteral("Tags"), QStringLiteral("compression/pruning, compression/quantization"),
             QStringLiteral("\u2014")},
            {QStringLiteral("Note"), QStringLiteral("Three stages: - prune - quantize - Huffman code"),
             QStringLiteral("\u2014")},
        };
        // Paper 1 is kept at first: it lacks the DOI, which it will take from paper 2.
        QCOMPARE(dialog.keptId(), a.id);
        QCOMPARE(dialog.shownValue(rowOf(dialog, QStringLiteral("DOI")), 0),
                 b.doi + QStringLiteral(" (filled in from the other paper)"));
        QCOMPARE(dialog.shownValue(rowOf(dialog, QStringLiteral("DOI")), 1), b.doi);
        QCOMPARE(dialog.shownValue(rowOf(dialog, QStringLiteral("Venue")), 1), QStringLiteral("\u2014"));
        for (const auto &[name, valueA, valueB] : rows) {
            const int row = rowOf(dialog, name);
            QVERIFY2(row >= 0, qPrintable(name));
            QCOMPARE(dialog.shownValue(row, 0), valueA);
            if (name != QStringLiteral("arXiv"))
                QCOMPARE(dialog.shownValue(row, 1), valueB);
        }
        // The arXiv id of paper 1 shows under paper 2 only when paper 2 is kept.
        QCOMPARE(dialog.shownValue(rowOf(dialog, QStringLiteral("arXiv")), 1), QStringLiteral("\u2014"));
        dialog.keepButton(1)->click();
        QCOMPARE(dialog.shownValue(rowOf(dialog, QStringLiteral("arXiv")), 1),
                 QStringLiteral("1510.00149 (filled in from the other paper)"));
        QCOMPARE(dialog.shownValue(rowOf(dialog, QStringLiteral("DOI")), 0), QStringLiteral("\u2014"));
        // The kept paper keeps its key: it is never filled in, and the tags and note move rather than fill.
        QCOMPARE(dialog.shownValue(rowOf(dialog, QStringLiteral("Tags")), 1), QStringLiteral("\u2014"));
    }

    void choosesTheKeptPaper_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<qint64>("kept");
        QTest::addColumn<qint64>("absorbed");
        QTest::newRow("default: the first") << QString() << qint64(11) << qint64(42);
        QTest::newRow("radio: the second") << QStringLiteral("radio 2") << qint64(42) << qint64(11);
        QTest::newRow("radio: back to the first") << QStringLiteral("radio 2,radio 1") << qint64(11) << qint64(42);
        QTest::newRow("click on the second's values") << QStringLiteral("click 2") << qint64(42) << qint64(11);
        QTest::newRow("keyboard: Alt+2") << QStringLiteral("alt 2") << qint64(42) << qint64(11);
        QTest::newRow("by id") << QStringLiteral("id 42") << qint64(42) << qint64(11);
        QTest::newRow("unknown id ignored") << QStringLiteral("id 7") << qint64(11) << qint64(42);
    }
    void choosesTheKeptPaper()
    {
        QFETCH(QString, how);
        QFETCH(qint64, kept);
        QFETCH(qint64, absorbed);
        MergeDialog dialog(first(), 3, second(), 1);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList steps = how.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &step : steps) {
            const QString what = step.section(QLatin1Char(' '), 0, 0);
            const qint64 arg = step.section(QLatin1Char(' '), 1).toLongLong();
            if (what == QStringLiteral("radio")) {
                QTest::mouseClick(dialog.keepButton(int(arg) - 1), Qt::LeftButton);
            } else if (what == QStringLiteral("click")) {
                // The label showing the second paper's title.
                const QString title = second().title;
                QLabel *label = nullptr;
                const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
                for (QLabel *l : labels) {
                    if (l->text() == title)
                        label = l;
                }
                QVERIFY(label);
                QTest::mouseClick(label, Qt::LeftButton);
            } else if (what == QStringLiteral("alt")) {
                QApplication::setActiveWindow(&dialog);
                QVERIFY(QTest::qWaitForWindowActive(&dialog));
                QTest::keyClick(&dialog, Qt::Key(Qt::Key_0 + arg), Qt::AltModifier);
                // A mnemonic clicks the button after a short animation.
                QTRY_COMPARE(dialog.keptId(), kept);
            } else if (what == QStringLiteral("id")) {
                dialog.setKeptId(arg);
            }
        }
        QCOMPARE(dialog.keptId(), kept);
        QCOMPARE(dialog.absorbedId(), absorbed);
        const QString keptKey = kept == 11 ? first().citationKey : second().citationKey;
        const QString otherKey = kept == 11 ? second().citationKey : first().citationKey;
        QVERIFY2(dialog.explanation().contains(keptKey), qPrintable(dialog.explanation()));
        QVERIFY(!dialog.explanation().contains(otherKey));
        QVERIFY(dialog.explanation().contains(QStringLiteral("You can undo this.")));

        dialog.mergeButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.keptId(), kept);
    }

    void mergeIsTheDefaultAndCancelRejects()
    {
        MergeDialog dialog(first(), 3, second(), 1);
        dialog.show();
        QVERIFY(dialog.mergeButton()->isDefault());
        QCOMPARE(dialog.mergeButton()->text(), QStringLiteral("&Merge"));
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        MergeDialog cancelled(first(), 3, second(), 1);
        cancelled.show();
        QTest::keyClick(&cancelled, Qt::Key_Escape);
        QCOMPARE(cancelled.result(), int(QDialog::Rejected));
        QVERIFY(!cancelled.isVisible());
    }
};

QTEST_MAIN(TestMergeDialog)
#include "tst_mergedialog.moc"
