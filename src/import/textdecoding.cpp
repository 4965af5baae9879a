#include "import/textdecoding.h"

#include <QByteArrayView>
#include <QStringDecoder>

#include <cstring>

namespace lectern {

namespace {

// A binary file has a problem on nearly every line; past this many the messages would drown the report, so
// the rest are summed up in one.
constexpr int kMaxMessagesPerKind = 100;

class LineProblemLog
{
public:
    LineProblemLog(QList<ImportMessage> *messages, QString describe)
        : m_messages(messages)
        , m_describe(std::move(describe))
    {
    }

    void report(int line)
    {
        if (m_reported < kMaxMessagesPerKind) {
            m_messages->append(
                {ImportMessage::Severity::Warning, line, QStringLiteral("line %1: ").arg(line) + m_describe});
            ++m_reported;
        } else if (m_suppressed++ == 0) {
            m_firstSuppressedLine = line;
        }
    }

    void finish()
    {
        if (m_suppressed > 0) {
            m_messages->append({ImportMessage::Severity::Warning, m_firstSuppressedLine,
                                QStringLiteral("line %1: the same (%2) on %3 more lines, not listed")
                                    .arg(m_firstSuppressedLine)
                                    .arg(m_describe)
                                    .arg(m_suppressed)});
        }
    }

private:
    QList<ImportMessage> *m_messages;
    QString m_describe;
    int m_reported = 0;
    int m_suppressed = 0;
    int m_firstSuppressedLine = 0;
};

void normalizeLineBreaks(QString *text)
{
    if (!text->contains(u'\r'))
        return;
    text->replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text->replace(u'\r', u'\n');
}

// The slow path, taken only when the bytes hold invalid UTF-8 or NUL bytes: line by line, so each problem
// can be reported with its line. Lines end at LF, CR or CRLF, as they will in the decoded text.
QString decodeLineByLine(QByteArrayView data, QList<ImportMessage> *messages)
{
    LineProblemLog invalid(messages, QStringLiteral("invalid UTF-8 replaced by U+FFFD"));
    LineProblemLog nul(messages, QStringLiteral("NUL bytes removed"));
    QString text;
    text.reserve(data.size());
    const char *bytes = data.data();
    const qsizetype size = data.size();
    qsizetype pos = 0;
    int line = 1;
    while (pos <= size) {
        qsizetype end = pos;
        while (end < size && bytes[end] != '\n' && bytes[end] != '\r')
            ++end;
        const QByteArrayView lineBytes = data.sliced(pos, end - pos);
        QString decoded = QString::fromUtf8(lineBytes);
        if (!lineBytes.isValidUtf8())
            invalid.report(line);
        if (lineBytes.contains('\0')) {
            decoded.remove(QChar(0));
            nul.report(line);
        }
        text += decoded;
        if (end >= size)
            break;
        text += u'\n';
        pos = end + ((bytes[end] == '\r' && end + 1 < size && bytes[end + 1] == '\n') ? 2 : 1);
        ++line;
    }
    invalid.finish();
    nul.finish();
    return text;
}

// A file saved as "Unicode" on Windows is UTF-16 with a byte order mark; decoding it as UTF-8 would turn every
// other byte into a NUL.
DecodedText decodeUtf16(QByteArrayView data, QStringDecoder::Encoding encoding)
{
    DecodedText result;
    QStringDecoder decoder(encoding);
    result.text = decoder.decode(data);
    if (result.text.startsWith(QChar(0xFEFF)))
        result.text.remove(0, 1);
    if (decoder.hasError())
        result.messages.append(
            {ImportMessage::Severity::Warning, 0, QStringLiteral("invalid UTF-16 replaced by U+FFFD")});
    normalizeLineBreaks(&result.text);
    if (result.text.contains(QChar(0))) {
        LineProblemLog nul(&result.messages, QStringLiteral("NUL characters removed"));
        int line = 1;
        bool lineHasNul = false;
        for (QChar c : std::as_const(result.text)) {
            if (c == QChar(0)) {
                lineHasNul = true;
            } else if (c == u'\n') {
                if (lineHasNul)
                    nul.report(line);
                lineHasNul = false;
                ++line;
            }
        }
        if (lineHasNul)
            nul.report(line);
        nul.finish();
        result.text.remove(QChar(0));
    }
    return result;
}

} // namespace

DecodedText decodeFileText(const QByteArray &bytes)
{
    QByteArrayView data(bytes);
    if (data.startsWith("\xFF\xFE"))
        return decodeUtf16(data, QStringDecoder::Utf16LE);
    if (data.startsWith("\xFE\xFF"))
        return decodeUtf16(data, QStringDecoder::Utf16BE);
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);

    DecodedText result;
    // Nearly every file is clean: validate and decode in bulk (both vectorised in Qt) and only fall back to the
    // per-line path when there is something to report.
    const bool hasNul = !data.isEmpty() && std::memchr(data.data(), 0, size_t(data.size())) != nullptr;
    if (!hasNul && data.isValidUtf8()) {
        result.text = QString::fromUtf8(data);
        normalizeLineBreaks(&result.text);
    } else {
        result.text = decodeLineByLine(data, &result.messages);
    }
    return result;
}

} // namespace lectern
