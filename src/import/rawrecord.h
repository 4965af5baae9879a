#pragma once

#include "domain/paper.h"
#include "domain/paperkeys.h"
#include "import/normalize.h"

#include <QList>
#include <QString>

namespace lectern {

// One record as a parser read it, before normalization, with where it came from in the decoded file text.
struct RawRecord {
    Paper paper;
    int position = 0;       // 0-based ordinal of the record in its file
    int line = 0;           // 1-based line where the record starts
    qsizetype rawStart = 0; // UTF-16 offsets into the decoded file text, end exclusive
    qsizetype rawEnd = 0;
    PaperKeys keys;      // filled once the paper is normalized
    AbstractPrint print; // likewise
};

struct ImportMessage {
    enum class Severity { Warning, Error };
    Severity severity = Severity::Warning;
    int line = 0; // 1-based; 0 when the message concerns the whole file
    QString text;
};

struct ParseResult {
    QList<RawRecord> records;
    QList<ImportMessage> messages; // skipped records and other problems, each with its line
};

} // namespace lectern
