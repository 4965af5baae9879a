// The Export dialog, offscreen, over a library of the seed listings: formats, the off-thread preview following
// format and scope, the selection's count following the table, writing a file and failing to.
#include "export/exportjob.h"
#include "export/exportregistry.h"
#include "exportdialog.h"
#include "filterbar.h"
#include "import/importqueue.h"
#include "itemmodels/papertablemodel.h"
#include "mainwindow.h"
#include "papertableview.h"
#include "store/library.h"
#include "testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

namespace {

// What a QPlainTextEdit gives back for a text it was given: it has no carriage returns and no no-break spaces.
QString asShown(QString text)
{
    text.remove(QLatin1Char('\r'));
    text.replace(QChar::Nbsp, QLatin1Char(' '));
    return text;
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_libraryPath;

    // The export of the whole `scope` in `format`, written by an ExportJob of the test's own.
    QString reference(const QString &formatId, const ExportScope &scope, const ExportContext &context, int maxPapers,
                      qint64 *total = nullptr)
    {
        Library library(m_libraryPath, Library::Access::Read);
        ExportJob job(library.db(), m_window->taxonomy());
        return job.preview(*ExportRegistry::instance().byId(formatId), scope, context, maxPapers, total);
    }

    ExportDialog *openDialog(bool selection = false)
    {
        m_window->exportPapers(selection);
        auto *dialog = m_window->findChild<ExportDialog *>();
        if (dialog)
            [&] { QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPreviewPending(), 10000); }();
        return dialog;
    }

    void closeDialog(ExportDialog *dialog)
    {
        QPointer<ExportDialog> guard(dialog);
        dialog->reject();
        QTRY_VERIFY(guard.isNull());
    }

    void setFilter(const QString &text)
    {
        m_window->filterBar()->setText(text);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->tableModel()->isLoading() && m_window->tableModel()->totalCount() >= 0,
                                 10000);
    }

    void selectRows(const QList<int> &rows)
    {
        // One change, as a click or a shift-click makes it.
        QItemSelection selection;
        for (int row : rows)
            selection.select(m_window->tableModel()->index(row, 0), m_window->tableModel()->index(row, 0));
        m_window->table()->selectionModel()->select(selection,
                                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English));
        LECTERN_REQUIRE_SHARED_DIR();
        QVERIFY(!ExportRegistry::instance().formats().empty());
        m_libraryPath = m_dir.filePath(QStringLiteral("lib.sqlite"));
        m_window = std::make_unique<MainWindow>(m_libraryPath);
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        const QStringList files = test::seedFiles();
        QSignalSpy idle(m_window->importQueue(), &ImportQueue::idle);
        m_window->importFiles(files);
        QVERIFY(idle.wait(60000));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->tableModel()->totalCount(), 241, 10000);
    }

    void init()
    {
        setFilter(QString());
        m_window->table()->selectionModel()->clearSelection();
    }

    void showsTheFormatsInRegistryOrder()
    {
        QAction *action = m_window->findChild<QAction *>(QStringLiteral("actionExport"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        action->trigger();
        auto *dialog = m_window->findChild<ExportDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("exportFormat"));
        QVERIFY(combo);
        const auto &formats = ExportRegistry::instance().formats();
        QCOMPARE(combo->count(), int(formats.size()));
        for (int i = 0; i < combo->count(); ++i) {
            QCOMPARE(combo->itemData(i).toString(), formats[size_t(i)]->id());
            QVERIFY(combo->itemText(i).contains(formats[size_t(i)]->displayName()));
        }
        // Without a filter the whole library is exported; the filter's button says there is none.
        QCOMPARE(dialog->scope(), ExportDialog::Scope::Library);
        QVERIFY(!dialog->findChild<QRadioButton *>(QStringLiteral("scopeFilter"))->isEnabled());
        QVERIFY(!dialog->findChild<QRadioButton *>(QStringLiteral("scopeSelection"))->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog->findChild<QRadioButton *>(QStringLiteral("scopeLibrary"))->text().contains(QStringLiteral("241")),
            10000);
        closeDialog(dialog);
    }

    void rememberTheLastFormat()
    {
        ExportDialog *dialog = openDialog();
        QVERIFY(dialog);
        const QString last = ExportRegistry::instance().formats().back()->id();
        dialog->setFormatId(last);
        closeDialog(dialog);
        dialog = openDialog();
        QCOMPARE(dialog->formatId(), last);
        dialog->setFormatId(ExportRegistry::instance().formats().front()->id());
        closeDialog(dialog);
    }

    void previewFollowsTheFormat_data()
    {
        QTest::addColumn<QString>("format");
        for (const auto &format : ExportRegistry::instance().formats())
            QTest::newRow(qPrintable(format->id())) << format->id();
    }

    void previewFollowsTheFormat()
    {
        QFETCH(QString, format);
        ExportDialog *dialog = openDialog();
        QVERIFY(dialog);
        dialog->setFormatId(format);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPreviewPending(), 10000);
        ExportScope scope;
        scope.order = m_window->tableModel()->sortOrder();
        qint64 total = 0;
        const QString expected = reference(format, scope, {}, ExportDialog::previewPapers, &total);
        QCOMPARE(total, 241);
        QCOMPARE(dialog->previewText(), asShown(expected));
        auto *more = dialog->findChild<QLabel *>(QStringLiteral("exportPreviewMore"));
        QCOMPARE(more->text(), QStringLiteral("… and 221 more"));
        closeDialog(dialog);
    }

    void formatsPreviewDifferently()
    {
        ExportDialog *dialog = openDialog();
        QSet<QString> previews;
        for (const auto &format : ExportRegistry::instance().formats()) {
            dialog->setFormatId(format->id());
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPreviewPending(), 10000);
            previews.insert(dialog->previewText());
        }
        QCOMPARE(previews.size(), qsizetype(ExportRegistry::instance().formats().size()));
        closeDialog(dialog);
    }

    void previewFollowsTheScope()
    {
        setFilter(QStringLiteral("speculat"));
        const qint64 matching = m_window->tableModel()->totalCount();
        QVERIFY(matching > 0 && matching < 241);
        ExportDialog *dialog = openDialog();
        QVERIFY(dialog);
        dialog->setFormatId(QStringLiteral("bibtex"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPreviewPending(), 10000);
        // With a filter the dialog starts on the filter's papers, and says which filter.
        QCOMPARE(dialog->scope(), ExportDialog::Scope::Filter);
        auto *filterButton = dialog->findChild<QRadioButton *>(QStringLiteral("scopeFilter"));
        QVERIFY(filterButton->isEnabled());
        QVERIFY2(filterButton->text().contains(QStringLiteral("speculat")), qPrintable(filterButton->text()));
        QTRY_VERIFY_WITH_TIMEOUT(filterButton->text().contains(QLocale().toString(matching)), 10000);

        ExportScope scope;
        scope.query = m_window->tableModel()->query();
        scope.order = m_window->tableModel()->sortOrder();
        const QString filtered = asShown(
            reference(QStringLiteral("bibtex"), scope, {QStringLiteral("speculat")}, ExportDialog::previewPapers));
        QCOMPARE(dialog->previewText(), filtered);
        auto *more = dialog->findChild<QLabel *>(QStringLiteral("exportPreviewMore"));
        const QString filteredMore = more->text();
        // (Plural forms come from the English catalogue, which tests do not load: compare the numbers.)
        if (matching > ExportDialog::previewPapers)
            QCOMPARE(filteredMore, QStringLiteral("… and %1 more").arg(matching - ExportDialog::previewPapers));
        else
            QVERIFY2(filteredMore.startsWith(QString::number(matching) + QLatin1Char(' ')), qPrintable(filteredMore));

        dialog->setScope(ExportDialog::Scope::Library);
        QVERIFY(dialog->isPreviewPending());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPreviewPending(), 10000);
        QVERIFY(dialog->previewText() != filtered);
        QCOMPARE(more->text(), QStringLiteral("… and 221 more"));

        dialog->setScope(ExportDialog::Scope::Filter);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPreviewPending(), 10000);
        QCOMPARE(dialog->previewText(), filtered);
        closeDialog(dialog);
    }

    void newestPreviewWins()
    {
        // Requests made faster than the reader answers: only the last one is shown.
        ExportDialog *dialog = openDialog();
        const auto &formats = ExportRegistry::instance().formats();
        QSignalSpy updated(dialog, &ExportDialog::previewUpdated);
        for (int round = 0; round < 3; ++round) {
            for (const auto &format : formats) {
                dialog->setFormatId(format->id());
                QCoreApplication::processEvents(); // lets the request go out before the next one
            }
        }
        dialog->setFormatId(QStringLiteral("ris"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPreviewPending(), 10000);
        ExportScope scope;
        scope.order = m_window->tableModel()->sortOrder();
        QCOMPARE(dialog->previewText(),
                 asShown(reference(QStringLiteral("ris"), scope, {}, ExportDialog::previewPapers)));
        QVERIFY(updated.count() >= 1);
        closeDialog(dialog);
    }

    void selectionCountFollowsTheTable()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_window->tableModel()->rowCount() >= 10, 10000);
        selectRows({4, 1, 7});
        const QList<qint64> selected = m_window->table()->selectedPaperIds();
        QCOMPARE(selected.size(), 3);
        // In the table's order, whichever order the rows were selected in.
        QCOMPARE(selected.first(), m_window->tableModel()->paperId(1));
        QCOMPARE(selected.last(), m_window->tableModel()->paperId(7));

        ExportDialog *dialog = openDialog(true);
        QVERIFY(dialog);
        auto *button = dialog->findChild<QRadioButton *>(QStringLiteral("scopeSelection"));
        QVERIFY(button->isEnabled());
        QCOMPARE(dialog->scope(), ExportDialog::Scope::Selection);
        QCOMPARE(button->text(), QStringLiteral("Selected papers (3)"));
        QCOMPARE(dialog->scopeCount(ExportDialog::Scope::Selection), 3);
        dialog->setFormatId(QStringLiteral("bibtex"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPreviewPending(), 10000);
        ExportScope scope;
        scope.papers = selected;
        QCOMPARE(dialog->previewText(), asShown(reference(QStringLiteral("bibtex"), scope, {}, 20)));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("exportPreviewMore"))->text().startsWith(u"3 "));

        selectRows({0, 1, 2, 3, 5});
        QCOMPARE(button->text(), QStringLiteral("Selected papers (5)"));
        QVERIFY(dialog->isPreviewPending());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPreviewPending(), 10000);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("exportPreviewMore"))->text().startsWith(u"5 "));

        // No selection: the button is disabled and the dialog falls back to the library.
        m_window->table()->selectionModel()->clearSelection();
        QVERIFY(!button->isEnabled());
        QCOMPARE(dialog->scope(), ExportDialog::Scope::Library);
        closeDialog(dialog);
    }

    void exportWritesTheFile_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("start"); // how a file of the format begins
        QTest::newRow("bibtex") << QStringLiteral("bibtex") << QStringLiteral("@");
        QTest::newRow("ris") << QStringLiteral("ris") << QStringLiteral("TY  - ");
        QTest::newRow("csljson") << QStringLiteral("csljson") << QStringLiteral("[");
    }

    void exportWritesTheFile()
    {
        QFETCH(QString, format);
        QFETCH(QString, start);
        if (!ExportRegistry::instance().byId(format))
            QSKIP("format not registered");
        setFilter(QStringLiteral("quantization"));
        const qint64 matching = m_window->tableModel()->totalCount();
        QVERIFY(matching > 0);
        ExportDialog *dialog = openDialog();
        QPointer<ExportDialog> guard(dialog);
        dialog->setFormatId(format);
        QCOMPARE(dialog->scope(), ExportDialog::Scope::Filter);
        const QString path = m_dir.filePath(QStringLiteral("out-") + format);
        QSignalSpy exported(dialog, &ExportDialog::exported);
        dialog->exportTo(path);
        QVERIFY(dialog->isExporting());
        QVERIFY(exported.wait(20000));
        QCOMPARE(exported.first().at(0).toString(), path);
        QCOMPARE(exported.first().at(1).toLongLong(), matching);
        QTRY_VERIFY(guard.isNull()); // a finished export closes the dialog

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString written = QString::fromUtf8(file.readAll());
        QVERIFY2(written.trimmed().startsWith(start), qPrintable(written.left(80)));
        ExportScope scope;
        scope.query = m_window->tableModel()->query();
        scope.order = m_window->tableModel()->sortOrder();
        QCOMPARE(written, reference(format, scope, {QStringLiteral("quantization")}, int(matching)));

        auto *status = m_window->statusBar()->findChild<QLabel *>(QStringLiteral("statusMessage"));
        QVERIFY(status);
        QVERIFY2(status->text().startsWith(QString::number(matching) + QLatin1Char(' '))
                     && status->text().endsWith(QStringLiteral(" written to ") + QDir::toNativeSeparators(path)),
                 qPrintable(status->text()));
    }

    void anUnwritablePathFailsAndWritesNothing()
    {
        // Running as root ignores directory permissions; a path through a plain file fails for everyone.
        const QString blocker = m_dir.filePath(QStringLiteral("not-a-directory"));
        {
            QFile file(blocker);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("x");
        }
        const QString path = blocker + QStringLiteral("/papers.bib");
        ExportDialog *dialog = openDialog();
        dialog->setFormatId(QStringLiteral("bibtex"));
        QSignalSpy failed(dialog, &ExportDialog::exportFailed);
        QSignalSpy exported(dialog, &ExportDialog::exported);
        dialog->exportTo(path);
        QVERIFY(failed.wait(20000));
        QCOMPARE(exported.count(), 0);
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!dialog->isExporting());
        // The dialog stays open, with a message box naming the file.
        QVERIFY(dialog->isVisible());
        auto *box = dialog->findChild<QMessageBox *>(QStringLiteral("exportFailed"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY2(box->text().contains(QDir::toNativeSeparators(path)), qPrintable(box->text()));
        QVERIFY(!box->informativeText().isEmpty());
        box->accept();
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());
        closeDialog(dialog);
    }

    void stoppingAnExportNeverLeavesAPartialFile_data()
    {
        QTest::addColumn<bool>("closeDialog"); // false: Escape (cancel), true: the dialog goes away mid-export
        QTest::newRow("cancel") << false;
        QTest::newRow("close") << true;
    }

    void stoppingAnExportNeverLeavesAPartialFile()
    {
        QFETCH(bool, closeDialog);
        ExportDialog *dialog = openDialog();
        QPointer<ExportDialog> guard(dialog);
        dialog->setFormatId(QStringLiteral("bibtex"));
        const QString path = m_dir.filePath(QStringLiteral("stopped-%1.bib").arg(closeDialog));
        QSignalSpy exported(dialog, &ExportDialog::exported);
        dialog->exportTo(path);
        QVERIFY(dialog->isExporting());
        if (closeDialog) {
            delete dialog; // waits for the export thread to stop
        } else {
            QTest::keyClick(dialog, Qt::Key_Escape);
            QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isExporting(), 20000);
        }
        // The export may have finished before it was told to stop; either way the file is whole or absent.
        if (QFileInfo::exists(path)) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            ExportScope scope;
            scope.order = m_window->tableModel()->sortOrder();
            QCOMPARE(QString::fromUtf8(file.readAll()), reference(QStringLiteral("bibtex"), scope, {}, 241));
        } else {
            QCOMPARE(exported.count(), 0);
            if (!closeDialog) {
                // Escape stopped the export, not the dialog, which says so.
                QVERIFY(guard && guard->isVisible());
                QVERIFY(guard->findChild<QLabel *>(QStringLiteral("exportPreviewMore"))->text().contains(u"cancelled"));
                this->closeDialog(guard);
            }
        }
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("stopped-*")}, QDir::Files | QDir::Hidden).size() <= 1);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
