#include "parsertesting.h"

#include "import/normalize.h"
#include "import/textdecoding.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace lectern::test {

QString readDecodedFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return decodeFileText(file.readAll()).text;
}

QString readFixture(const QString &relative)
{
    return readDecodedFile(testDataPath(relative));
}

QString readImportFixture(const QString &name)
{
    return readFixture(QStringLiteral("import/") + name);
}

QStringList messageTexts(const ParseResult &result)
{
    QStringList texts;
    for (const ImportMessage &m : result.messages)
        texts.append(QLatin1String(m.severity == ImportMessage::Severity::Error ? "E " : "W ") + m.text);
    return texts;
}

QStringList messageSummary(const ParseResult &result)
{
    QStringList list;
    for (const ImportMessage &m : result.messages)
        list.append(QLatin1Char(m.severity == ImportMessage::Severity::Error ? 'E' : 'W') + QString::number(m.line));
    return list;
}

QStringList titles(const ParseResult &result)
{
    QStringList list;
    for (const RawRecord &record : result.records)
        list.append(record.paper.title);
    return list;
}

namespace {

QString abbreviated(const QString &text)
{
    return text.size() <= 90 ? text : text.first(50) + QStringLiteral(" … ") + text.last(30);
}

} // namespace

QString describeNormalized(const RawRecord &record)
{
    Paper p = record.paper;
    normalizePaper(p);
    QStringList parts{QStringLiteral("L%1").arg(record.line)};
    const auto add = [&parts](const char *name, const QString &value) {
        if (!value.isEmpty())
            parts.append(QLatin1String(name) + QLatin1Char('=') + value);
    };
    add("key", p.citationKey);
    add("type", p.type);
    add("title", p.title);
    add("authors", p.authors.join(QStringLiteral(" | ")));
    add("editors", p.editors.join(QStringLiteral(" | ")));
    add("year", p.year ? QString::number(*p.year) : QString());
    add("date", p.date);
    add("venue", p.venue);
    add("volume", p.volume);
    add("issue", p.issue);
    add("pages", p.pages);
    add("publisher", p.publisher);
    add("doi", p.doi);
    add("arxiv", p.arxivId);
    add("url", p.url);
    add("comment", p.comment);
    add("tags", p.tags.join(QStringLiteral(" | ")));
    add("abstract", abbreviated(p.abstract));
    return parts.join(QStringLiteral("\n"));
}

QStringList describeAllNormalized(const ParseResult &result)
{
    QStringList list;
    for (const RawRecord &record : result.records)
        list.append(describeNormalized(record));
    return list;
}

QString invariantViolation(QStringView text, const ParseResult &result, const RecordCheck &recordCheck, RawText rawText)
{
    qsizetype previousEnd = 0;
    int previousLine = 1; // the line of previousEnd, counted on from record to record: records are in file order
    for (qsizetype i = 0; i < result.records.size(); ++i) {
        const RawRecord &record = result.records[i];
        const QString where = QStringLiteral("record %1: ").arg(i);
        if (record.position != i)
            return where + QStringLiteral("position %1").arg(record.position);
        const bool emptyRaw = record.rawEnd == record.rawStart && rawText == RawText::NonEmpty;
        if (record.rawStart < previousEnd || record.rawEnd < record.rawStart || emptyRaw || record.rawEnd > text.size())
            return where + QStringLiteral("raw range [%1, %2)").arg(record.rawStart).arg(record.rawEnd);
        const QStringView raw = text.sliced(record.rawStart, record.rawEnd - record.rawStart);
        const int startLine = previousLine + int(text.sliced(previousEnd, record.rawStart - previousEnd).count(u'\n'));
        if (startLine != record.line)
            return where + QStringLiteral("line %1, raw text on line %2").arg(record.line).arg(startLine);
        previousLine = startLine + int(raw.count(u'\n'));
        if (recordCheck) {
            const QString violation = recordCheck(record, raw);
            if (!violation.isEmpty())
                return where + violation;
        }
        previousEnd = record.rawEnd;
    }
    const qsizetype lines = text.count(u'\n') + 1;
    for (const ImportMessage &message : result.messages) {
        if (message.line < 1 || message.line > lines)
            return QStringLiteral("message on line %1: %2").arg(message.line).arg(message.text);
        if (!message.text.startsWith(QStringLiteral("line %1: ").arg(message.line)))
            return QStringLiteral("message does not name its line: ") + message.text;
    }
    return {};
}

QString headOutsideRaw(QStringView value, QStringView raw)
{
    QStringView head = value.first(std::min<qsizetype>(value.size(), 12));
    for (qsizetype i = 0; i < head.size(); ++i) {
        if (head[i].isSpace()) {
            head.truncate(i);
            break;
        }
    }
    if (head.isEmpty() || raw.contains(head))
        return {};
    return head.toString();
}

QByteArray randomBytes(qsizetype size, quint32 &state, QByteArrayView alphabet)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes) {
        state = state * 1664525u + 1013904223u;
        byte = alphabet.isEmpty() ? char(state >> 24) : alphabet[(state >> 24) % alphabet.size()];
    }
    return bytes;
}

QString parseViolation(const FormatParser &parser, QStringView text, const ResultCheck &check)
{
    const QString violation = check(text, parser.parse(text));
    if (!violation.isEmpty())
        return violation;
    const int confidence = parser.confidence(text);
    if (confidence < 0 || confidence > 100)
        return QStringLiteral("confidence %1").arg(confidence);
    return {};
}

QString shuffledFragmentsViolation(const FormatParser &parser, const QStringList &fragments, quint32 seed, int rounds,
                                   const ResultCheck &check)
{
    QRandomGenerator random(seed);
    for (int round = 0; round < rounds; ++round) {
        QStringList lines;
        const int count = random.bounded(1, 30);
        for (int i = 0; i < count; ++i)
            lines.append(fragments[random.bounded(int(fragments.size()))]);
        const QString text = lines.join(u'\n');
        const QString violation = parseViolation(parser, text, check);
        if (!violation.isEmpty())
            return violation + QLatin1Char('\n') + text;
    }
    return {};
}

QList<std::pair<QString, QString>> seedTexts()
{
    QList<std::pair<QString, QString>> seeds;
    const QString shared = sharedDir();
    if (shared.isEmpty())
        return seeds;
    const QDir dir(shared + QStringLiteral("/seeds"));
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        seeds.append({name, readDecodedFile(dir.filePath(name))});
    return seeds;
}

QString detectionViolation(int confidence, bool ownFormat)
{
    if (ownFormat && confidence < 80)
        return QStringLiteral("confidence %1 on its own format, below 80").arg(confidence);
    if (!ownFormat && confidence > 20)
        return QStringLiteral("confidence %1 on another format, above 20").arg(confidence);
    return {};
}

GeneratedCorpus generateCorpus(const QString &format, int count)
{
    GeneratedCorpus corpus;
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        corpus.skipReason = QStringLiteral("python3 not found; it runs the shared corpus generator");
        return corpus;
    }
    QProcess generator;
    generator.start(python, {sharedDir() + QStringLiteral("/tools/gen_corpus.py"), QStringLiteral("--count"),
                             QString::number(count), QStringLiteral("--format"), format});
    if (!generator.waitForFinished(120000)) {
        corpus.failure = QStringLiteral("the corpus generator did not finish: ") + generator.errorString();
        return corpus;
    }
    if (generator.exitStatus() != QProcess::NormalExit || generator.exitCode() != 0) {
        corpus.failure = QStringLiteral("the corpus generator failed with exit code %1: ").arg(generator.exitCode())
                         + QString::fromUtf8(generator.readAllStandardError());
        return corpus;
    }
    DecodedText decoded = decodeFileText(generator.readAllStandardOutput());
    if (!decoded.messages.isEmpty()) {
        corpus.failure = QStringLiteral("the corpus generator's output does not decode cleanly");
        return corpus;
    }
    corpus.text = std::move(decoded.text);
    return corpus;
}

} // namespace lectern::test
