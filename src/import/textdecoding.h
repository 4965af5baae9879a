#pragma once

#include "import/rawrecord.h"

#include <QByteArray>
#include <QString>

namespace lectern {

struct DecodedText {
    QString text;                  // BOM removed, CRLF and CR turned into LF, NUL bytes removed
    QList<ImportMessage> messages; // one per line with invalid UTF-8 (replaced by U+FFFD) or NUL bytes
};

DecodedText decodeFileText(const QByteArray &bytes);

} // namespace lectern
