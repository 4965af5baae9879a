#include "import/listinglines.h"

#include <QString>

#include <array>

namespace lectern::listing {

namespace {

constexpr qsizetype kDetectionWindow = 64 * 1024;

// Lines at least this long are abstracts whatever else they look like: the longest real titles in the seeds
// are under 180 characters, the shortest abstracts over 340.
constexpr qsizetype kCertainlyAbstractLength = 300;

// Page furniture seen around pasted listings (Hugging Face Papers, its daily and trending pages). Whole lines.
constexpr std::array kChromeLines = {
    QLatin1String("Get trending papers in your email inbox once a day!"),
    QLatin1String("Get trending papers in your email inbox!"),
    QLatin1String("Subscribe"),
    QLatin1String("Daily Papers"),
    QLatin1String("Trending Papers"),
    QLatin1String("byAK and the research community"),
    QLatin1String("new"),
};

// Buttons whose label ends up glued to the next line's text when a page is copied.
constexpr std::array kGluedChromePrefixes = {
    QLatin1String("Subscribe"),
};

constexpr std::array kMonths = {
    QLatin1String("January"),   QLatin1String("February"), QLatin1String("March"),    QLatin1String("April"),
    QLatin1String("May"),       QLatin1String("June"),     QLatin1String("July"),     QLatin1String("August"),
    QLatin1String("September"), QLatin1String("October"),  QLatin1String("November"), QLatin1String("December"),
};

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// Reads up to maxDigits ASCII digits at *pos; returns the value, or -1 when there is no digit.
int readNumber(QStringView s, qsizetype *pos, int maxDigits)
{
    qsizetype i = *pos;
    int value = 0;
    int digits = 0;
    while (i < s.size() && isAsciiDigit(s[i])) {
        if (++digits > maxDigits)
            return -1;
        value = value * 10 + (s[i].unicode() - u'0');
        ++i;
    }
    if (digits == 0)
        return -1;
    *pos = i;
    return value;
}

qsizetype skipSpaces(QStringView s, qsizetype pos)
{
    while (pos < s.size() && s[pos] == u' ')
        ++pos;
    return pos;
}

bool isMonthName(QStringView word)
{
    for (QLatin1String month : kMonths) {
        if (word.compare(month, Qt::CaseInsensitive) == 0)
            return true;
        if (word.size() == 3 && month.startsWith(word, Qt::CaseInsensitive))
            return true;
        // "Sept" is common enough in pasted dates to accept.
        if (word.size() == 4 && month == QLatin1String("September")
            && word.compare(QLatin1String("Sept"), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

QList<TextLine> nonBlankLines(QStringView text)
{
    QList<TextLine> lines;
    NonBlankLineReader reader(text);
    TextLine line;
    while (reader.next(&line))
        lines.append(line);
    return lines;
}

NonBlankLineReader::NonBlankLineReader(QStringView text)
    : m_text(text)
{
    advance();
}

bool NonBlankLineReader::next(TextLine *line)
{
    if (!m_hasNext)
        return false;
    *line = m_next;
    advance();
    return true;
}

void NonBlankLineReader::advance()
{
    m_hasNext = false;
    while (m_pos < m_text.size()) {
        qsizetype end = m_text.indexOf(u'\n', m_pos);
        if (end < 0)
            end = m_text.size();
        const QStringView line = m_text.sliced(m_pos, end - m_pos);
        const qsizetype start = m_pos;
        const int number = m_number;
        m_pos = end + 1;
        ++m_number;
        if (!isBlank(line)) {
            m_next = TextLine{line, start, number};
            m_hasNext = true;
            return;
        }
    }
}

qsizetype estimatedRecordCount(QStringView text)
{
    return text.size() / 512 + 16;
}

QStringView detectionWindow(QStringView text)
{
    if (text.size() <= kDetectionWindow)
        return text;
    const QStringView head = text.first(kDetectionWindow);
    const qsizetype lastBreak = head.lastIndexOf(u'\n');
    return lastBreak > 0 ? head.first(lastBreak) : head;
}

bool isBlank(QStringView line)
{
    for (QChar c : line) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

QStringView trimmedLeft(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && line[i].isSpace())
        ++i;
    return line.sliced(i);
}

bool isChromeLine(QStringView line)
{
    const QStringView t = line.trimmed();
    if (t.size() > 64)
        return false;
    for (QLatin1String phrase : kChromeLines) {
        if (t.compare(phrase, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QStringView withoutGluedChrome(QStringView line)
{
    const QStringView t = trimmedLeft(line);
    for (QLatin1String prefix : kGluedChromePrefixes) {
        if (t.size() > prefix.size() && t.startsWith(prefix)) {
            const QChar next = t[prefix.size()];
            if (next.isUpper() || next.isDigit())
                return t.sliced(prefix.size());
        }
    }
    return line;
}

bool looksLikeAbstract(QStringView line)
{
    const QStringView t = line.trimmed();
    if (t.size() >= kCertainlyAbstractLength)
        return true;
    if (t.isEmpty())
        return false;

    int score = 0;
    if (t.size() > 160)
        score += 1;
    if (t.size() < 60)
        score -= 1;
    if (t.back() == u'.')
        score += 2;

    int sentenceBreaks = 0;
    int words = 0;
    int longWords = 0; // words of four letters or more after the first, the ones title case capitalises
    int capitalised = 0;
    qsizetype i = 0;
    const qsizetype n = t.size();
    while (i < n) {
        while (i < n && t[i].isSpace())
            ++i;
        const qsizetype wordStart = i;
        int letters = 0;
        while (i < n && !t[i].isSpace()) {
            if (t[i].isLetter())
                ++letters;
            ++i;
        }
        if (i == wordStart)
            break;
        ++words;
        const QStringView word = t.sliced(wordStart, i - wordStart);
        if (words > 1 && letters >= 4 && word.front().isLetter()) {
            ++longWords;
            if (word.front().isUpper())
                ++capitalised;
        }
        // "...results. We show": a sentence ends inside the line. Short words ("vs.", "al.", "e.g.") are
        // abbreviations, not sentence ends.
        const QChar last = word.back();
        if ((last == u'.' || last == u'!' || last == u'?') && word.size() >= 4 && i < n) {
            const qsizetype next = skipSpaces(t, i);
            if (next < n && t[next].isUpper() && word[word.size() - 2].isLower())
                ++sentenceBreaks;
        }
    }
    if (sentenceBreaks > 0)
        score += 2;
    if (words >= 30)
        score += 2;
    if (longWords >= 3) {
        if (capitalised * 10 >= longWords * 6)
            score -= 2;
        else if (capitalised * 10 < longWords * 3)
            score += 1;
    }
    return score >= 2;
}

int authorCountLine(QStringView line)
{
    const QStringView t = line.trimmed();
    if (t.isEmpty() || t.front() != QChar(0x2022))
        return -1;
    qsizetype pos = 1;
    while (pos < t.size() && t[pos].isSpace())
        ++pos;
    const int count = readNumber(t, &pos, 6);
    if (count < 0)
        return -1;
    pos = skipSpaces(t, pos);
    const QStringView rest = t.sliced(pos);
    if (rest == QLatin1String("authors") || rest == QLatin1String("author"))
        return count;
    return -1;
}

bool isMiddleDotLine(QStringView line)
{
    const QStringView t = line.trimmed();
    return t.size() == 1 && t.front() == QChar(0x00B7);
}

bool parseListingDate(QStringView line, ListingDate *date)
{
    const QStringView t = line.trimmed();
    if (t.size() < 5 || t.size() > 40 || !t.front().isLetter())
        return false;
    qsizetype pos = 0;
    while (pos < t.size() && t[pos].isLetter())
        ++pos;
    if (!isMonthName(t.first(pos)))
        return false;
    if (pos < t.size() && t[pos] == u'.') // "Sept. 5"
        ++pos;
    qsizetype next = skipSpaces(t, pos);
    if (next == pos)
        return false;
    pos = next;
    const int day = readNumber(t, &pos, 2);
    if (day < 1 || day > 31)
        return false;
    ListingDate result;
    qsizetype dateEnd = pos;
    if (pos < t.size() && t[pos] == u',') {
        qsizetype p = skipSpaces(t, pos + 1);
        const qsizetype yearStart = p;
        const int year = readNumber(t, &p, 4);
        if (year < 0 || p - yearStart != 4)
            return false;
        result.year = year;
        pos = p;
        dateEnd = p;
    }
    if (pos < t.size()) {
        const qsizetype p0 = skipSpaces(t, pos);
        if (p0 == pos)
            return false;
        qsizetype p = p0;
        const int upvotes = readNumber(t, &p, 7);
        if (upvotes < 0 || p != t.size())
            return false;
        result.upvotes = upvotes;
    }
    result.text = t.first(dateEnd);
    if (date)
        *date = result;
    return true;
}

qsizetype abstractLabelLength(QStringView line)
{
    qsizetype pos = 0;
    while (pos < line.size() && line[pos].isSpace())
        ++pos;
    constexpr QLatin1String label("Abstract");
    if (!line.sliced(pos).startsWith(label, Qt::CaseInsensitive))
        return 0;
    pos = skipSpaces(line, pos + label.size());
    if (pos < line.size() && line[pos] == u':')
        return pos + 1;
    return 0;
}

} // namespace lectern::listing
