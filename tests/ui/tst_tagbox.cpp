// The tag box, offscreen: normalizing what the user typed, completing hierarchical names by any part of the
// path, several tags separated by commas, Enter and Esc, and the Remove mode.
#include "tagbox.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace lectern;

namespace {

const QStringList libraryTags{QStringLiteral("compression/quantization/ptq"), QStringLiteral("compression/pruning"),
                              QStringLiteral("Vision/Detection"), QStringLiteral("compression"),
                              QStringLiteral("compression/quantization")};

} // namespace

class TestTagBox : public QObject
{
    Q_OBJECT

    QWidget m_window;

    // A box as the window shows it with Ctrl+T.
    std::unique_ptr<TagBox> openBox(TagBox::Mode mode, int papers, const QStringList &tags)
    {
        auto box = std::make_unique<TagBox>(&m_window);
        box->setMode(mode, papers);
        box->setTags(tags);
        box->popupOver(&m_window);
        return box;
    }

    static QStringList completions(const TagBox &box)
    {
        QStringList result;
        QAbstractItemModel *model = box.completer()->completionModel();
        for (int row = 0; row < model->rowCount(); ++row)
            result.append(model->index(row, 0).data().toString());
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English));
        m_window.resize(800, 600);
        m_window.show();
    }

    void normalizes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("tags");
        QTest::newRow("one") << QStringLiteral("reading") << QStringList{QStringLiteral("reading")};
        QTest::newRow("levels trimmed") << QStringLiteral("  compression /  quantization / ptq ")
                                        << QStringList{QStringLiteral("compression/quantization/ptq")};
        QTest::newRow("empty levels dropped") << QStringLiteral("/a//b/") << QStringList{QStringLiteral("a/b")};
        QTest::newRow("inner spaces collapsed") << QStringLiteral("Model   Compression/Post  Training")
                                                << QStringList{QStringLiteral("Model Compression/Post Training")};
        QTest::newRow("commas split") << QStringLiteral("a, b/c ,d")
                                      << QStringList{QStringLiteral("a"), QStringLiteral("b/c"), QStringLiteral("d")};
        QTest::newRow("empty names dropped") << QStringLiteral(", ,a,, / ,") << QStringList{QStringLiteral("a")};
        QTest::newRow("duplicates dropped, first kept")
            << QStringLiteral("a/b, A / B, c, a/b") << QStringList{QStringLiteral("a/b"), QStringLiteral("c")};
        QTest::newRow("nothing") << QStringLiteral("  ") << QStringList();
    }
    void normalizes()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, tags);
        QCOMPARE(normalizedTagList(text), tags);
    }

    void titleCountsPapers()
    {
        auto box = openBox(TagBox::Mode::Add, 3, libraryTags);
        QVERIFY(box->title().startsWith(QStringLiteral("Add tags to 3 paper")));
        box->setMode(TagBox::Mode::Remove, 1);
        QVERIFY(box->title().startsWith(QStringLiteral("Remove tags from 1 paper")));
        QCOMPARE(box->mode(), TagBox::Mode::Remove);
    }

    void completesByAMiddlePart_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("offered");
        QTest::newRow("middle level") << QStringLiteral("quant")
                                      << QStringList{QStringLiteral("compression/quantization"),
                                                     QStringLiteral("compression/quantization/ptq")};
        QTest::newRow("last level") << QStringLiteral("ptq")
                                    << QStringList{QStringLiteral("compression/quantization/ptq")};
        QTest::newRow("case-insensitive")
            << QStringLiteral("DETECT") << QStringList{QStringLiteral("Vision/Detection")};
        QTest::newRow("across levels") << QStringLiteral("n/pru") << QStringList{QStringLiteral("compression/pruning")};
        QTest::newRow("after a comma: only the tag being typed")
            << QStringLiteral("compression, prun") << QStringList{QStringLiteral("compression/pruning")};
    }
    void completesByAMiddlePart()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, offered);
        auto box = openBox(TagBox::Mode::Add, 2, libraryTags);
        QTest::keyClicks(box->lineEdit(), typed);
        QCOMPARE(completions(*box), offered);
        QTRY_VERIFY(box->completer()->popup()->isVisible());
    }

    void choosingACompletionReplacesOnlyTheCurrentTag()
    {
        auto box = openBox(TagBox::Mode::Add, 2, libraryTags);
        QSignalSpy accepted(box.get(), &TagBox::accepted);
        QTest::keyClicks(box->lineEdit(), QStringLiteral("vision / detection, prun"));
        QTRY_VERIFY(box->completer()->popup()->isVisible());
        QAbstractItemView *popup = box->completer()->popup();
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Tab);
        QCOMPARE(box->lineEdit()->text(), QStringLiteral("vision / detection, compression/pruning"));
        QVERIFY(box->isVisible());
        QCOMPARE(accepted.count(), 0);

        QTest::keyClick(box->lineEdit(), Qt::Key_Return);
        QCOMPARE(accepted.count(), 1);
        // The library's spelling of a name typed in another case.
        QCOMPARE(accepted.at(0).at(0).toStringList(),
                 (QStringList{QStringLiteral("Vision/Detection"), QStringLiteral("compression/pruning")}));
        QVERIFY(!box->isVisible());
    }

    void enterOnAHighlightedCompletionAppliesIt()
    {
        auto box = openBox(TagBox::Mode::Add, 2, libraryTags);
        QSignalSpy accepted(box.get(), &TagBox::accepted);
        QTest::keyClicks(box->lineEdit(), QStringLiteral("new/tag,ptq"));
        QTRY_VERIFY(box->completer()->popup()->isVisible());
        QTest::keyClick(box->completer()->popup(), Qt::Key_Down);
        QTest::keyClick(box->completer()->popup(), Qt::Key_Return);
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(accepted.at(0).at(0).toStringList(),
                 (QStringList{QStringLiteral("new/tag"), QStringLiteral("compression/quantization/ptq")}));
    }

    void enterAppliesWhatWasTyped()
    {
        auto box = openBox(TagBox::Mode::Add, 2, libraryTags);
        QSignalSpy accepted(box.get(), &TagBox::accepted);
        QTest::keyClicks(box->lineEdit(), QStringLiteral(" brand new / idea , brand new/idea,"));
        if (box->completer()->popup()->isVisible())
            QTest::keyClick(box->completer()->popup(), Qt::Key_Return);
        else
            QTest::keyClick(box->lineEdit(), Qt::Key_Return);
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(accepted.at(0).at(0).toStringList(), QStringList{QStringLiteral("brand new/idea")});
        QVERIFY(!box->isVisible());
    }

    void escapeEmitsNothing()
    {
        auto box = openBox(TagBox::Mode::Add, 2, libraryTags);
        QSignalSpy accepted(box.get(), &TagBox::accepted);
        QTest::keyClicks(box->lineEdit(), QStringLiteral("something"));
        QVERIFY(!box->completer()->popup()->isVisible());
        QTest::keyClick(box->lineEdit(), Qt::Key_Escape);
        QVERIFY(!box->isVisible());
        QCOMPARE(accepted.count(), 0);

        // With completions showing, the first Esc closes them, the second the box.
        box->popupOver(&m_window);
        QTest::keyClicks(box->lineEdit(), QStringLiteral("comp"));
        QTRY_VERIFY(box->completer()->popup()->isVisible());
        QTest::keyClick(box->completer()->popup(), Qt::Key_Escape);
        QVERIFY(!box->completer()->popup()->isVisible());
        QVERIFY(box->isVisible());
        QTest::keyClick(box->lineEdit(), Qt::Key_Escape);
        QVERIFY(!box->isVisible());
        QCOMPARE(accepted.count(), 0);
    }

    void enterOnAnEmptyLineEmitsNothing()
    {
        auto box = openBox(TagBox::Mode::Add, 2, libraryTags);
        QSignalSpy accepted(box.get(), &TagBox::accepted);
        QTest::keyClicks(box->lineEdit(), QStringLiteral(" , / "));
        QTest::keyClick(box->lineEdit(), Qt::Key_Return);
        QCOMPARE(accepted.count(), 0);
        QVERIFY(!box->isVisible());
    }

    void removeModeOffersOnlyTheGivenTags()
    {
        const QStringList onPapers{QStringLiteral("compression/pruning"), QStringLiteral("reading/later")};
        auto box = openBox(TagBox::Mode::Remove, 3, onPapers);
        QCOMPARE(box->tags(), onPapers);
        QTest::keyClicks(box->lineEdit(), QStringLiteral("quant"));
        QCOMPARE(completions(*box), QStringList());
        QVERIFY(!box->completer()->popup()->isVisible());
        box->lineEdit()->clear();
        QTest::keyClicks(box->lineEdit(), QStringLiteral("r"));
        QCOMPARE(completions(*box), onPapers);
    }

    void popupUnderAnAnchor()
    {
        auto box = std::make_unique<TagBox>(&m_window);
        box->setMode(TagBox::Mode::Add, 1);
        const QRect anchor(m_window.mapToGlobal(QPoint(40, 50)), QSize(200, 24));
        box->popupUnder(anchor);
        QVERIFY(box->isVisible());
        QCOMPARE(box->geometry().top(), anchor.bottom() + 1);
        QCOMPARE(box->geometry().left(), anchor.left());
        QVERIFY(box->lineEdit()->hasFocus());
    }
};

QTEST_MAIN(TestTagBox)
#include "tst_tagbox.moc"
