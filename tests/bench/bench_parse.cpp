// Reads a listing file, then decodes, detects and parses it, and prints how fast each step went.
//
//   python3 ../shared/tools/gen_corpus.py --count 100000 --format listing > /tmp/listing.txt
//   bench_parse /tmp/listing.txt [repetitions]
//
// The best of the repetitions is reported, so a busy machine disturbs the figures less.

#include "import/formatregistry.h"
#include "import/textdecoding.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <limits>

using namespace lectern;

namespace {

double seconds(qint64 nanoseconds)
{
    return double(nanoseconds) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_parse FILE [repetitions]\n");
        return 2;
    }
    QFile file(args[1]);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(args[1]));
        return 1;
    }
    const int repetitions = args.size() > 2 ? std::max(1, args[2].toInt()) : 3;

    QElapsedTimer timer;
    timer.start();
    const QByteArray bytes = file.readAll();
    const qint64 readNs = timer.nsecsElapsed();
    const double megabytes = double(bytes.size()) / 1e6;

    qint64 bestDecode = std::numeric_limits<qint64>::max();
    qint64 bestDetect = bestDecode;
    qint64 bestParse = bestDecode;
    qsizetype records = 0;
    qsizetype messages = 0;
    QString format;
    for (int round = 0; round < repetitions; ++round) {
        timer.restart();
        const DecodedText decoded = decodeFileText(bytes);
        bestDecode = std::min(bestDecode, timer.nsecsElapsed());

        timer.restart();
        const FormatParser *parser = FormatRegistry::instance().detect(decoded.text);
        bestDetect = std::min(bestDetect, timer.nsecsElapsed());
        if (!parser) {
            std::fprintf(stderr, "no format recognised in %s\n", qPrintable(args[1]));
            return 1;
        }
        format = parser->id();

        timer.restart();
        const ParseResult result = parser->parse(decoded.text);
        bestParse = std::min(bestParse, timer.nsecsElapsed());
        records = result.records.size();
        messages = result.messages.size() + decoded.messages.size();
    }

    const qint64 total = bestDecode + bestDetect + bestParse;
    std::printf("file      %s (%.1f MB, read in %.3f s)\n", qPrintable(args[1]), megabytes, seconds(readNs));
    std::printf("format    %s, %lld records, %lld messages, best of %d\n", qPrintable(format),
                static_cast<long long>(records), static_cast<long long>(messages), repetitions);
    std::printf("decode    %8.3f s  %8.1f MB/s\n", seconds(bestDecode), megabytes / seconds(bestDecode));
    std::printf("detect    %8.3f s\n", seconds(bestDetect));
    std::printf("parse     %8.3f s  %8.1f MB/s  %10.0f records/s\n", seconds(bestParse), megabytes / seconds(bestParse),
                double(records) / seconds(bestParse));
    std::printf("total     %8.3f s  %8.1f MB/s  %10.0f records/s\n", seconds(total), megabytes / seconds(total),
                double(records) / seconds(total));
    return 0;
}
