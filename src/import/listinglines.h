#pragma once

#include <QList>
#include <QStringView>

namespace lectern::listing {

// Shared vocabulary of the plain-text listing parsers (text pasted from arXiv, Hugging Face Papers and similar
// pages): line splitting with positions, page chrome, and telling a title from an abstract by its shape.

// One line of the decoded text, without its line break.
struct TextLine {
    QStringView text;    // the whole line, untrimmed
    qsizetype start = 0; // UTF-16 offset of the line in the decoded text
    int number = 0;      // 1-based

    qsizetype end() const { return start + text.size(); }
};

// Every line that holds something other than whitespace, in order, with its number and offset. For detection
// windows; parsers stream with NonBlankLineReader, which needs no memory per line.
QList<TextLine> nonBlankLines(QStringView text);

// Reads the non-blank lines of a text one at a time, with one line of lookahead.
class NonBlankLineReader
{
public:
    explicit NonBlankLineReader(QStringView text);

    bool atEnd() const { return !m_hasNext; }
    // The next line without consuming it; only valid when !atEnd().
    const TextLine &peek() const { return m_next; }
    // Consumes the next line; returns false at the end.
    bool next(TextLine *line);

private:
    void advance();

    QStringView m_text;
    qsizetype m_pos = 0;
    int m_number = 1;
    bool m_hasNext = false;
    TextLine m_next;
};

// A capacity to reserve for the records of a listing: abstracts are a thousand characters or more, so this
// rarely reallocates, and it stays modest for a hostile file of many tiny lines.
qsizetype estimatedRecordCount(QStringView text);

// Detection looks at the start of a file only; cutting at a line break keeps the last line whole, so a long
// abstract is not judged by a 64 KB stump of itself.
QStringView detectionWindow(QStringView text);

bool isBlank(QStringView line);
QStringView trimmedLeft(QStringView line);

// A whole line of page furniture copied along with a listing ("Get trending papers in your email inbox!",
// "Subscribe", "Daily Papers", ...). Matched against a list of known phrases, case-insensitively.
bool isChromeLine(QStringView line);
// The first title of a pasted page often has a chrome button glued to its front ("SubscribeEfficient RLHF").
// Returns `line` without such a prefix; a prefix counts only when a capital letter or digit follows it
// directly, so a title like "Subscriber Churn Prediction" keeps its first word.
QStringView withoutGluedChrome(QStringView line);

// Shape tests. An abstract is long or made of sentences; a title is short, has no sentence breaks and does
// not end in a full stop. Used instead of line positions so that one missing line does not shift every
// later title/abstract pair.
bool looksLikeAbstract(QStringView line);

// "• 5 authors" (the bullet may be indented); returns the count, or -1 when the line is not one.
int authorCountLine(QStringView line);
// A lone middle dot, the separator before a Hugging Face date line.
bool isMiddleDotLine(QStringView line);

struct ListingDate {
    QStringView text; // the date as given, e.g. "May 2, 2022" or "Jul 25"
    int year = 0;     // 0 when the date has none
    int upvotes = -1; // -1 when the line carries no count
};
// "May 2, 2022", "Jul 25", "Jun 10 9" (date then upvotes), "May 11, 2023 1". Returns false for anything else.
bool parseListingDate(QStringView line, ListingDate *date);

// "Abstract:" (any case, optional space before the colon) at the start of a line; returns the length of the
// label including the colon, or 0 when the line has none.
qsizetype abstractLabelLength(QStringView line);

} // namespace lectern::listing
