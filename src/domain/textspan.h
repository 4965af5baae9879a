#pragma once

#include <QString>
#include <QStringView>

namespace lectern {

// Offsets exchanged with the outside world are Unicode code points; QString indexes UTF-16 units.
qsizetype codePointOffset(QStringView text, qsizetype utf16Offset);
qsizetype utf16Offset(QStringView text, qsizetype codePointOffset);
qsizetype codePointLength(QStringView text);

} // namespace lectern
