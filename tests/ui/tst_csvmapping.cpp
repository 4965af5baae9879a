// The CSV column-mapping dialog, offscreen: guesses from column names, first values, Import enabled only with a
// Title or Abstract column, the preview following the mapping, and the window importing a file with the mapping
// the user chose.
#include "csvmappingdialog.h"
#include "filterbar.h"
#include "import/importqueue.h"
#include "itemmodels/papertablemodel.h"
#include "mainwindow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace lectern;

namespace {

// Six papers whose column names Lectern does not know, except "Link".
const char *const unknownColumns =
    "Paper,People,When,Blurb,Link\n"
    "Sparse Attention at Scale,\"Ada Lovelace; Alan Turing\",2021,"
    "\"We make attention sparse, and fast.\",https://example.org/1\n"
    "Quantized Adapters,Grace Hopper,2022,Adapters in four bits.,https://example.org/2\n"
    "\"Pruning, Revisited\",Edsger Dijkstra,2019,\"A \"\"simple\"\" method.\","
    "https://example.org/3\n"
    "Token Merging Again,Barbara Liskov,2023,Merging tokens doubles throughput.,"
    "https://example.org/4\n"
    "Distilled Transformers,Donald Knuth,2020,Small students learn from big "
    "teachers.,https://example.org/5\n"
    "Early Exit Networks,Frances Allen,2018,Exit early when sure.,https://example.org/6\n";

QComboBox *fieldCombo(CsvMappingDialog &dialog, int column)
{
    return dialog.findChild<QComboBox *>(QStringLiteral("csvField%1").arg(column));
}

void choose(CsvMappingDialog &dialog, int column, CsvField field)
{
    QComboBox *combo = fieldCombo(dialog, column);
    QVERIFY(combo);
    const int index = combo->findData(int(field));
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

QPushButton *importButton(QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

QStringList previewColumn(CsvMappingDialog &dialog, int column)
{
    QStringList texts;
    auto *preview = dialog.findChild<QTreeWidget *>(QStringLiteral("csvPreview"));
    for (int i = 0; i < preview->topLevelItemCount(); ++i)
        texts.append(preview->topLevelItem(i)->text(column));
    return texts;
}

} // namespace

class TestCsvMapping : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English));
        QVERIFY(m_dir.isValid());
    }

    void guessesFieldsFromColumnNames_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("separator");
        const QByteArray rows = "Title,Authors,Year,Notes,Shelf\n"
                                "Deep Compression,\"Song Han; Huizi Mao\",2016,classic,A\n"
                                "Distilling the Knowledge,Geoffrey Hinton,2015,,B\n";
        QTest::newRow("commas") << rows << QStringLiteral("commas");
        QByteArray semicolons = rows;
        semicolons.replace(',', ';');
        QTest::newRow("semicolons") << semicolons << QStringLiteral("semicolons");
        QByteArray tabs = rows;
        tabs.replace(',', '\t');
        QTest::newRow("tabs") << tabs << QStringLiteral("tabs");
    }

    void guessesFieldsFromColumnNames()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, separator);
        CsvMappingDialog dialog(writeFile(QStringLiteral("named.csv"), content));
        QCOMPARE(dialog.errorString(), QString());
        const QStringList columns = {QStringLiteral("Title"), QStringLiteral("Authors"), QStringLiteral("Year"),
                                     QStringLiteral("Notes"), QStringLiteral("Shelf")};
        QCOMPARE(dialog.columns(), columns);
        const QList<CsvField> expected = {CsvField::Title, CsvField::Authors, CsvField::Year, CsvField::Comment,
                                          CsvField::Ignore};
        QCOMPARE(dialog.mapping(), expected);
        QCOMPARE(dialog.mapping(), guessCsvMapping(columns));
        for (int column = 0; column < columns.size(); ++column)
            QCOMPARE(fieldCombo(dialog, column)->currentText(), csvFieldName(expected[column]));
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("csvColumns"));
        QCOMPARE(table->rowCount(), 5);
        QCOMPARE(table->item(2, 0)->text(), QStringLiteral("Year"));
        QCOMPARE(table->item(2, 1)->text(), QStringLiteral("2016  ·  2015"));
        QVERIFY(importButton(dialog)->isEnabled());
        QVERIFY2(dialog.findChild<QLabel *>(QStringLiteral("csvIntro"))->text().contains(separator),
                 qPrintable(separator));
        QCOMPARE(previewColumn(dialog, 0),
                 QStringList({QStringLiteral("Deep Compression"), QStringLiteral("Distilling the Knowledge")}));
        QCOMPARE(previewColumn(dialog, 1),
                 QStringList({QStringLiteral("Song Han, Huizi Mao"), QStringLiteral("Geoffrey Hinton")}));
        QCOMPARE(previewColumn(dialog, 2), QStringList({QStringLiteral("2016"), QStringLiteral("2015")}));
    }

    void samplesShowTheFirstValuesAsTheParserReadsThem()
    {
        CsvMappingDialog dialog(writeFile(QStringLiteral("unknown.csv"), unknownColumns));
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("csvColumns"));
        QCOMPARE(table->rowCount(), 5);
        // Quoted cells lose their quotes; a doubled quote is one quote; only the first three rows are sampled.
        QCOMPARE(table->item(0, 1)->text(),
                 QStringLiteral("Sparse Attention at Scale  ·  Quantized Adapters  ·  Pruning, Revisited"));
        QCOMPARE(table->item(3, 1)->text(), QStringLiteral("We make attention sparse, and fast.  ·  Adapters in four "
                                                           "bits.  ·  A \"simple\" method."));
        QCOMPARE(table->item(0, 1)->toolTip(),
                 QStringLiteral("Sparse Attention at Scale\nQuantized Adapters\nPruning, Revisited"));
    }

    void importNeedsATitleOrAnAbstract()
    {
        CsvMappingDialog dialog(writeFile(QStringLiteral("unknown.csv"), unknownColumns));
        QCOMPARE(dialog.mapping(), QList<CsvField>({CsvField::Ignore, CsvField::Ignore, CsvField::Ignore,
                                                    CsvField::Ignore, CsvField::Url}));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("csvStatus"));
        auto *preview = dialog.findChild<QTreeWidget *>(QStringLiteral("csvPreview"));
        QVERIFY(!importButton(dialog)->isEnabled());
        QVERIFY(status->text().contains(QStringLiteral("Title or Abstract")));
        QCOMPARE(preview->topLevelItemCount(), 0);

        // People and years alone make no paper.
        choose(dialog, 1, CsvField::Authors);
        choose(dialog, 2, CsvField::Year);
        QVERIFY(!importButton(dialog)->isEnabled());

        // An abstract alone does: the titles are made from it, and shown as stand-ins.
        choose(dialog, 3, CsvField::Abstract);
        QVERIFY(importButton(dialog)->isEnabled());
        QCOMPARE(preview->topLevelItemCount(), CsvMappingDialog::previewPapers);
        QVERIFY(preview->topLevelItem(0)->font(0).italic());
        QVERIFY(!preview->topLevelItem(0)->text(0).isEmpty());

        choose(dialog, 3, CsvField::Ignore);
        QVERIFY(!importButton(dialog)->isEnabled());
        QCOMPARE(preview->topLevelItemCount(), 0);

        choose(dialog, 0, CsvField::Title);
        QVERIFY(importButton(dialog)->isEnabled());
        QVERIFY(status->text().isEmpty());
        QCOMPARE(previewColumn(dialog, 0),
                 QStringList({QStringLiteral("Sparse Attention at Scale"), QStringLiteral("Quantized Adapters"),
                              QStringLiteral("Pruning, Revisited"), QStringLiteral("Token Merging Again"),
                              QStringLiteral("Distilled Transformers")}));
        QVERIFY(!preview->topLevelItem(0)->font(0).italic());
        QCOMPARE(previewColumn(dialog, 1).first(), QStringLiteral("Ada Lovelace, Alan Turing"));
        QCOMPARE(previewColumn(dialog, 2),
                 QStringList({QStringLiteral("2021"), QStringLiteral("2022"), QStringLiteral("2019"),
                              QStringLiteral("2023"), QStringLiteral("2020")}));
        QCOMPARE(dialog.mapping(), QList<CsvField>({CsvField::Title, CsvField::Authors, CsvField::Year,
                                                    CsvField::Ignore, CsvField::Url}));
    }

    void refusesWhatItCannotMap_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("missing file") << m_dir.filePath(QStringLiteral("no-such-file.csv"));
        QTest::newRow("no header line") << writeFile(QStringLiteral("numbers.csv"), "12,34\n56,78\n");
        QTest::newRow("empty file") << writeFile(QStringLiteral("empty.csv"), "");
    }

    void refusesWhatItCannotMap()
    {
        QFETCH(QString, path);
        CsvMappingDialog dialog(path);
        QVERIFY(!dialog.errorString().isEmpty());
        QVERIFY2(dialog.errorString().contains(QFileInfo(path).fileName()), qPrintable(dialog.errorString()));
    }

    void theWindowImportsWithTheChosenMapping()
    {
        MainWindow window(m_dir.filePath(QStringLiteral("lib.sqlite")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString path = writeFile(QStringLiteral("papers.csv"), unknownColumns);

        // Imported as it is, the file asks for a mapping instead of failing.
        QSignalSpy idle(window.importQueue(), &ImportQueue::idle);
        QSignalSpy finished(window.importQueue(), &ImportQueue::fileFinished);
        window.importFiles({path});
        QVERIFY(idle.wait(20000));
        QCOMPARE(finished.count(), 1);
        QVERIFY(finished.first().first().value<ImportReport>().needsColumnMapping);
        QPointer<CsvMappingDialog> dialog = window.findChild<CsvMappingDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->path(), path);
        QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("importReport")));
        QVERIFY(!importButton(*dialog)->isEnabled());

        choose(*dialog, 0, CsvField::Title);
        choose(*dialog, 1, CsvField::Authors);
        choose(*dialog, 2, CsvField::Year);
        choose(*dialog, 3, CsvField::Abstract);
        choose(*dialog, 4, CsvField::Ignore); // the links are left out
        QVERIFY(importButton(*dialog)->isEnabled());
        finished.clear();
        QTest::mouseClick(importButton(*dialog), Qt::LeftButton);
        QVERIFY(idle.wait(20000));
        QTRY_VERIFY(dialog.isNull());
        QCOMPARE(finished.count(), 1);
        const ImportReport report = finished.first().first().value<ImportReport>();
        QVERIFY2(!report.failed, qPrintable(report.toText()));
        QCOMPARE(report.format, QStringLiteral("csv"));
        QCOMPARE(report.papersAdded, 6);

        PaperTableModel *model = window.tableModel();
        window.filterBar()->setText(QStringLiteral("title:\"Pruning, Revisited\""));
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->totalCount() == 1, 10000);
        QCOMPARE(model->index(0, PaperTableModel::YearColumn).data().toString(), QStringLiteral("2019"));
        QCOMPARE(model->index(0, PaperTableModel::AuthorsColumn).data().toString(), QStringLiteral("Edsger Dijkstra"));
        window.filterBar()->setText(QString());
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->totalCount() == 6, 10000);
    }

    void theMenuImportsANamedFileWithChangedFields()
    {
        MainWindow window(m_dir.filePath(QStringLiteral("lib2.sqlite")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString path = writeFile(QStringLiteral("named-venues.csv"),
                                       "Title,Authors,Year,Venue\n"
                                       "Deep Compression,Song Han,2016,ICLR\n"
                                       "Distilling the Knowledge in a Neural Network,Geoffrey Hinton,2015,NIPS\n");
        window.importCsvWithMapping(path);
        QPointer<CsvMappingDialog> dialog = window.findChild<CsvMappingDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->mapping(),
                 QList<CsvField>({CsvField::Title, CsvField::Authors, CsvField::Year, CsvField::Venue}));
        choose(*dialog, 3, CsvField::Comment); // the user knows better: that column is a note
        QSignalSpy idle(window.importQueue(), &ImportQueue::idle);
        importButton(*dialog)->click();
        QVERIFY(idle.wait(20000));
        PaperTableModel *model = window.tableModel();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->totalCount() == 2, 10000);
        for (int row = 0; row < 2; ++row)
            QCOMPARE(model->index(row, PaperTableModel::VenueColumn).data().toString(), QString());
    }
};

QTEST_MAIN(TestCsvMapping)
#include "tst_csvmapping.moc"
