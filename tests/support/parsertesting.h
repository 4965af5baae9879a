#pragma once

#include "import/formatparser.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>
#include <utility>

// Helpers the import format tests share: fixtures, message summaries, the promises every parser keeps about its
// records and messages, and the generators behind the hostile-input and shuffled-fragment tests.
namespace lectern::test {

// A file's text as ImportJob hands it to a parser (decodeFileText); an empty string when it cannot be read.
QString readDecodedFile(const QString &path);
// A fixture under tests/data, decoded the same way.
QString readFixture(const QString &relative);
// A fixture under tests/data/import.
QString readImportFixture(const QString &name);

// Each message as "E text" or "W text".
QStringList messageTexts(const ParseResult &result);
// Each message as its severity and line only: "E3", "W12".
QStringList messageSummary(const ParseResult &result);
QStringList titles(const ParseResult &result);

// A record after normalizePaper (as ImportJob stores it): "L<line>", then "name=value" for every field a Paper
// carries that is not empty, one a line in a fixed order, with long abstracts shown by their ends. What a test row
// expects and what QCOMPARE shows.
QString describeNormalized(const RawRecord &record);
QStringList describeAllNormalized(const ParseResult &result);

// What a format adds to the common promises about one record (raw is its raw text): an empty string, or what went
// wrong.
using RecordCheck = std::function<QString(const RawRecord &record, QStringView raw)>;
enum class RawText { NonEmpty, MayBeEmpty };

// The promises every parser keeps (rawrecord.h): positions 0, 1, 2…; raw ranges in file order inside the text;
// each record's line is the line its raw text starts on; each message is on a line of the text and starts with
// "line N: ". Returns an empty string, or what went wrong.
QString invariantViolation(QStringView text, const ParseResult &result, const RecordCheck &recordCheck = {},
                           RawText rawText = RawText::NonEmpty);

// The first word (at most 12 characters) of a value when the raw text does not hold it; otherwise empty. Values
// continued over lines are joined, so only their first words are verbatim in the raw text.
QString headOutsideRaw(QStringView value, QStringView raw);

// Reproducible noise from a linear congruential generator that continues from and updates state: bytes drawn
// from alphabet, or any byte when alphabet is empty.
QByteArray randomBytes(qsizetype size, quint32 &state, QByteArrayView alphabet = {});

using ResultCheck = std::function<QString(QStringView text, const ParseResult &result)>;

// Parses text and checks the result with check and the confidence against 0..100. Returns an empty string, or
// what went wrong.
QString parseViolation(const FormatParser &parser, QStringView text, const ResultCheck &check);

// Parses `rounds` texts of 1 to 29 lines drawn at random (seeded, so a failure repeats) from fragments, and checks
// each result with check and each confidence against 0..100. Returns an empty string, or what went wrong followed
// by the text.
QString shuffledFragmentsViolation(const FormatParser &parser, const QStringList &fragments, quint32 seed, int rounds,
                                   const ResultCheck &check);

// The seed listings of the shared data folder (<shared>/seeds/*.txt) as (file name, decoded text), by file name;
// none when the folder is missing. A file that cannot be read has an empty text.
QList<std::pair<QString, QString>> seedTexts();

// Detection as the format tests demand it: a confidence of at least 80 on the parser's own format, at most 20 on
// anything else. Returns an empty string, or what went wrong.
QString detectionViolation(int confidence, bool ownFormat);

// The output of the shared benchmark corpus generator (`python3 <shared>/tools/gen_corpus.py --count count
// --format format`), decoded. Call after LECTERN_REQUIRE_SHARED_DIR().
struct GeneratedCorpus {
    QString text;
    QString skipReason; // python3 is missing: the test skips
    QString failure;    // the generator failed, or its output does not decode cleanly
};
GeneratedCorpus generateCorpus(const QString &format, int count);

} // namespace lectern::test
