#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace lectern {

// The library's values the completion offers; the caller reads them (the window, off the GUI thread) so the
// completion itself never touches SQLite.
struct CompletionSource {
    QStringList tags;        // full paths, "ml/compression"
    QStringList techniques;  // technique and group ids, "pruning", "kv-cache"
    QStringList lists;       // reading list names, "to read"
    QStringList metricKinds; // the kinds to offer after metric:; metricKinds() when empty
};

struct CompletionCandidate {
    QString text;  // what replaces the term: "tag:", "tag:\"to read\"", "speedup>=", "latency<10ms"
    QString label; // what the list shows: "tag:", "to read", "ms"
};

// What to complete at the cursor: the candidates replace [start, end) of the filter text, the current term
// only (a leading "-" of a negation stays).
struct Completion {
    enum class Kind {
        None,  // nothing to offer
        Field, // a field name: "ta" → "tag:", "sp" → "speedup>="
        Value, // a field's value: "tag:comp" → "tag:compression"
        Unit,  // a metric's unit after its number: "latency<10" → "latency<10ms"
    };
    Kind kind = Kind::None;
    QString field; // Value and Unit: the field ("tag", "latency")
    int start = 0;
    int end = 0;
    QList<CompletionCandidate> candidates;

    QStringList texts() const;
};

// Completion for the filter language (see Query). Pure: text, cursor and the library's values in, candidates out.
class QueryCompletion
{
public:
    // At most this many values are offered; typing more narrows them.
    static constexpr int kMostCandidates = 200;

    static Completion complete(const QString &text, int cursor, const CompletionSource &source);
    // The text after accepting `candidate`, and where the cursor goes (`*cursor`, just after it).
    static QString apply(const QString &text, const Completion &completion, const CompletionCandidate &candidate,
                         int *cursor);
};

} // namespace lectern
