#include "domain/textspan.h"

namespace lectern {

qsizetype codePointOffset(QStringView text, qsizetype utf16Offset)
{
    const qsizetype limit = std::min(utf16Offset, text.size());
    qsizetype points = 0;
    for (qsizetype i = 0; i < limit; ++i) {
        if (!(text[i].isLowSurrogate() && i > 0 && text[i - 1].isHighSurrogate()))
            ++points;
    }
    return points;
}

qsizetype utf16Offset(QStringView text, qsizetype codePoints)
{
    qsizetype i = 0;
    qsizetype points = 0;
    while (i < text.size() && points < codePoints) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            i += 2;
        else
            ++i;
        ++points;
    }
    return i;
}

qsizetype codePointLength(QStringView text)
{
    return codePointOffset(text, text.size());
}

} // namespace lectern
