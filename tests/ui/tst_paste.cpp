// Edit ▸ Paste Papers, offscreen: the clipboard's text is imported like a file, its format detected from the
// content; an empty clipboard imports nothing and says so.
#include "import/importqueue.h"
#include "itemmodels/papertablemodel.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestPaste : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    QAction *pasteAction() const { return m_window->findChild<QAction *>(QStringLiteral("actionPastePapers")); }
    QLabel *statusMessage() const
    {
        return m_window->statusBar()->findChild<QLabel *>(QStringLiteral("statusMessage"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English));
        m_window = std::make_unique<MainWindow>(m_dir.filePath(QStringLiteral("lib.sqlite")));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get())); // shortcuts reach the active window
        QVERIFY(pasteAction());
        QCOMPARE(pasteAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
        QVERIFY(statusMessage());
    }

    void anEmptyClipboardImportsNothing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral(" \n\t\n");
    }

    void anEmptyClipboardImportsNothing()
    {
        QFETCH(QString, text);
        QGuiApplication::clipboard()->setText(text);
        pasteAction()->trigger();
        // Queuing an import makes the queue busy at once.
        QVERIFY(!m_window->importQueue()->isBusy());
        QCOMPARE(statusMessage()->text(), QStringLiteral("The clipboard holds no text to import."));
    }

    void pastedListingsImport_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("papers"); // -1: some

        QTest::newRow("title/abstract pairs") << readText(test::testDataPath(QStringLiteral("import/pairs.txt")))
                                              << QStringLiteral("title-abstract") << 3;
        if (!test::sharedDir().isEmpty()) {
            const QDir seeds(test::sharedDir() + QStringLiteral("/seeds"));
            // The daily-papers page as a browser copies it.
            QTest::newRow("daily-papers seed") << readText(seeds.filePath(QStringLiteral("003_a175915e9b0ee300.txt")))
                                               << QStringLiteral("daily-papers") << -1;
        }
    }

    void pastedListingsImport()
    {
        QFETCH(QString, text);
        QFETCH(QString, format);
        QFETCH(int, papers);
        QVERIFY(!text.isEmpty());
        PaperTableModel *model = m_window->tableModel();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->totalCount() >= 0, 10000);
        const qint64 before = model->totalCount();

        QGuiApplication::clipboard()->setText(text);
        QSignalSpy idle(m_window->importQueue(), &ImportQueue::idle);
        QSignalSpy finished(m_window->importQueue(), &ImportQueue::fileFinished);
        QTest::keyClick(m_window.get(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(m_window->importQueue()->isBusy());
        QVERIFY(idle.wait(30000));
        // Reported like a file's import (read at once: the window's next count update replaces it).
        QVERIFY2(statusMessage()->text().startsWith(QStringLiteral("Imported")), qPrintable(statusMessage()->text()));
        QVERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("importReport")));
        QCOMPARE(finished.count(), 1);
        const ImportReport report = finished.first().first().value<ImportReport>();
        QVERIFY2(!report.failed, qPrintable(report.toText()));
        QCOMPARE(report.file, QStringLiteral("Clipboard"));
        QCOMPARE(report.format, format);
        if (papers >= 0)
            QCOMPARE(report.papersAdded, papers);
        else
            QVERIFY(report.papersAdded > 0);
        QTRY_COMPARE_WITH_TIMEOUT(model->totalCount(), before + report.papersAdded, 10000);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestPaste)
#include "tst_paste.moc"
