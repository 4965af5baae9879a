#include "import/textdecoding.h"
#include "testsupport.h"

#include <QTest>

using namespace lectern;

class TestTextDecoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data();
    void decode();
    void messageText();
    void invalidSequencesBecomeReplacementCharacters_data();
    void invalidSequencesBecomeReplacementCharacters();
    void manyBadLinesAreSummedUp();
    void largeCleanInputIsUnchanged();
    void binaryGarbageNeverFails();
};

namespace {

QList<int> messageLines(const DecodedText &decoded)
{
    QList<int> lines;
    for (const ImportMessage &message : decoded.messages)
        lines.append(message.line);
    return lines;
}

} // namespace

void TestTextDecoding::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("messageLines");

    QTest::newRow("empty") << QByteArray() << QString() << QList<int>{};
    QTest::newRow("plain ASCII") << QByteArray("Title\nAbstract.") << QStringLiteral("Title\nAbstract.")
                                 << QList<int>{};
    QTest::newRow("UTF-8") << QByteArray("M\xc3\xbcller \xe2\x80\x93 na\xc3\xafve \xf0\x9f\x98\x80")
                           << QStringLiteral(u"Müller – naïve 😀") << QList<int>{};
    QTest::newRow("BOM stripped") << QByteArray("\xef\xbb\xbfTitle\n") << QStringLiteral("Title\n") << QList<int>{};
    QTest::newRow("only a BOM") << QByteArray("\xef\xbb\xbf") << QString() << QList<int>{};
    QTest::newRow("CRLF") << QByteArray("a\r\nb\r\n") << QStringLiteral("a\nb\n") << QList<int>{};
    QTest::newRow("CR") << QByteArray("a\rb\r") << QStringLiteral("a\nb\n") << QList<int>{};
    QTest::newRow("mixed breaks") << QByteArray("a\r\nb\rc\nd\r\r\ne") << QStringLiteral("a\nb\nc\nd\n\ne")
                                  << QList<int>{};
    QTest::newRow("invalid byte on line 2")
        << QByteArray("ok\nbad \xff here\nok") << QStringLiteral(u"ok\nbad \uFFFD here\nok") << QList<int>{2};
    QTest::newRow("several invalid bytes, one message per line")
        << QByteArray("\xff x \xfe\nfine\n\x80") << QStringLiteral(u"\uFFFD x \uFFFD\nfine\n\uFFFD")
        << QList<int>{1, 3};
    QTest::newRow("truncated sequence at the end")
        << QByteArray("abc\xc3") << QStringLiteral(u"abc\uFFFD") << QList<int>{1};
    QTest::newRow("truncated sequence before a break")
        << QByteArray("a\xe2\x80\nb") << QStringLiteral(u"a\uFFFD\uFFFD\nb") << QList<int>{1};
    QTest::newRow("invalid UTF-8 with CRLF lines")
        << QByteArray("a\r\nb\xfe\r\nc") << QStringLiteral(u"a\nb\uFFFD\nc") << QList<int>{2};
    QTest::newRow("invalid UTF-8 with CR lines")
        << QByteArray("a\rb\rc\xfe") << QStringLiteral(u"a\nb\nc\uFFFD") << QList<int>{3};
    QTest::newRow("BOM then invalid") << QByteArray("\xef\xbb\xbf\xff") << QStringLiteral(u"\uFFFD") << QList<int>{1};
    QTest::newRow("NUL removed") << QByteArray("a\0b\nc", 5) << QStringLiteral("ab\nc") << QList<int>{1};
    QTest::newRow("NUL on line 3 of CR text")
        << QByteArray("x\ry\rz\0\0z", 8) << QStringLiteral("x\ny\nzz") << QList<int>{3};
    QTest::newRow("NUL and invalid on one line")
        << QByteArray("ok\n\0\xff", 5) << QStringLiteral(u"ok\n\uFFFD") << QList<int>{2, 2};
    QTest::newRow("UTF-16LE with BOM") << QByteArray("\xff\xfe"
                                                     "a\0\r\0\n\0b\0",
                                                     10)
                                       << QStringLiteral("a\nb") << QList<int>{};
    QTest::newRow("UTF-16BE with BOM") << QByteArray("\xfe\xff\0a\0\n\0\xe9", 8) << QStringLiteral(u"a\né")
                                       << QList<int>{};
}

void TestTextDecoding::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QList<int>, messageLines);

    const DecodedText decoded = decodeFileText(bytes);
    QCOMPARE(decoded.text, text);
    QCOMPARE(::messageLines(decoded), messageLines);
    for (const ImportMessage &message : decoded.messages)
        QCOMPARE(message.severity, ImportMessage::Severity::Warning);
}

void TestTextDecoding::messageText()
{
    QByteArray bytes;
    for (int line = 1; line < 12; ++line)
        bytes += "clean line\n";
    bytes += QByteArray("caf\xe9\n\0\n", 7);
    const DecodedText decoded = decodeFileText(bytes);
    QCOMPARE(decoded.messages.size(), 2);
    QCOMPARE(decoded.messages[0].text, QStringLiteral("line 12: invalid UTF-8 replaced by U+FFFD"));
    QCOMPARE(decoded.messages[1].line, 13);
    QVERIFY2(decoded.messages[1].text.startsWith(QStringLiteral("line 13: NUL")), qPrintable(decoded.messages[1].text));
}

void TestTextDecoding::invalidSequencesBecomeReplacementCharacters_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("overlong slash") << QByteArray("a\xc0\xaf"
                                                  "b");
    QTest::newRow("encoded surrogate") << QByteArray("a\xed\xa0\x80"
                                                     "b");
    QTest::newRow("beyond U+10FFFF") << QByteArray("a\xf4\x90\x80\x80"
                                                   "b");
    QTest::newRow("lone continuation") << QByteArray("a\x80\x80"
                                                     "b");
    QTest::newRow("Latin-1 text") << QByteArray("a\xe9t\xe9 b");
}

void TestTextDecoding::invalidSequencesBecomeReplacementCharacters()
{
    QFETCH(QByteArray, bytes);
    const DecodedText decoded = decodeFileText(bytes);
    QVERIFY(decoded.text.startsWith(u'a'));
    QVERIFY(decoded.text.endsWith(u'b'));
    QVERIFY(decoded.text.contains(QChar(0xFFFD)));
    QCOMPARE(::messageLines(decoded), QList<int>{1});
}

void TestTextDecoding::manyBadLinesAreSummedUp()
{
    QByteArray bytes;
    for (int line = 0; line < 500; ++line)
        bytes += "\xff\n";
    const DecodedText decoded = decodeFileText(bytes);
    QCOMPARE(decoded.text.count(QChar(0xFFFD)), 500);
    QCOMPARE(decoded.messages.size(), 101);
    QCOMPARE(decoded.messages[99].line, 100);
    QCOMPARE(decoded.messages.last().line, 101);
    QVERIFY2(decoded.messages.last().text.contains(QStringLiteral("400 more lines")),
             qPrintable(decoded.messages.last().text));
}

void TestTextDecoding::largeCleanInputIsUnchanged()
{
    const QString line = QStringLiteral(u"Ünïcödé line with an abstract-sized amount of text in it, more or less.\n");
    QString expected;
    for (int i = 0; i < 20000; ++i)
        expected += line;
    const DecodedText decoded = decodeFileText(expected.toUtf8());
    QCOMPARE(decoded.text, expected);
    QVERIFY(decoded.messages.isEmpty());
}

void TestTextDecoding::binaryGarbageNeverFails()
{
    QByteArray bytes(1 << 20, Qt::Uninitialized);
    quint32 state = 12345;
    for (char &byte : bytes) {
        state = state * 1664525u + 1013904223u; // fixed LCG: the same garbage on every run
        byte = char(state >> 24);
    }
    const DecodedText decoded = decodeFileText(bytes);
    QVERIFY(!decoded.text.contains(QChar(0)));
    QVERIFY(!decoded.text.contains(u'\r'));
    QVERIFY(!decoded.messages.isEmpty());
    QVERIFY(decoded.messages.size() <= 202);
}

QTEST_GUILESS_MAIN(TestTextDecoding)
#include "tst_textdecoding.moc"
