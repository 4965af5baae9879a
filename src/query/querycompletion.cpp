#include "query/querycompletion.h"

#include "domain/metricformat.h"
#include "query/query.h"

#include <algorithm>

namespace lectern {

namespace {

// The fields whose values come from a list (the library's or a fixed one).
bool completesValues(const QString &field)
{
    static const QStringList fields = {QStringLiteral("tag"),    QStringLiteral("technique"), QStringLiteral("metric"),
                                       QStringLiteral("status"), QStringLiteral("priority"),  QStringLiteral("list"),
                                       QStringLiteral("has")};
    return fields.contains(field);
}

// The term around the cursor, [start, end): terms end at white space and parentheses outside quotes, as the
// parser's words do.
std::pair<int, int> termAt(const QString &text, int cursor)
{
    int start = 0;
    bool inQuote = false;
    for (int i = 0; i <= text.size(); ++i) {
        const bool boundary =
            i == text.size()
            || (!inQuote && (text[i].isSpace() || text[i] == QLatin1Char('(') || text[i] == QLatin1Char(')')));
        if (boundary) {
            if (cursor >= start && cursor <= i)
                return {start, i};
            start = i + 1;
        } else if (text[i] == QLatin1Char('"')) {
            inQuote = !inQuote;
        }
    }
    return {cursor, cursor};
}

// Values in the order a person wants them: those starting with what is typed, then those with a part (after
// "/", "-", "_" or a space) starting with it; each group alphabetical when `sort` (the library's values), else
// in the given order (fixed sets such as high, normal, low).
QStringList matchingValues(const QStringList &values, const QString &typed, bool sort)
{
    QStringList starting;
    QStringList inside;
    for (const QString &value : values) {
        if (value.startsWith(typed, Qt::CaseInsensitive)) {
            starting.append(value);
            continue;
        }
        for (qsizetype i = value.indexOf(typed, 1, Qt::CaseInsensitive); i > 0;
             i = value.indexOf(typed, i + 1, Qt::CaseInsensitive)) {
            const QChar before = value[i - 1];
            if (before == QLatin1Char('/') || before == QLatin1Char('-') || before == QLatin1Char('_')
                || before.isSpace()) {
                inside.append(value);
                break;
            }
        }
    }
    const auto byName = [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; };
    if (sort) {
        std::stable_sort(starting.begin(), starting.end(), byName);
        std::stable_sort(inside.begin(), inside.end(), byName);
    }
    starting.removeDuplicates();
    inside.removeDuplicates();
    return starting + inside;
}

bool isComparison(QStringView op)
{
    return op == u">=" || op == u"<=" || op == u">" || op == u"<" || op == u"=";
}

// The operator at the start of `rest`, longest first; empty when there is none.
QString operatorAt(QStringView rest)
{
    for (const char *op : {">=", "<=", ">", "<", "=", ":"}) {
        if (rest.startsWith(QLatin1String(op)))
            return QString::fromLatin1(op);
    }
    return {};
}

Completion fieldNames(const QString &typed)
{
    Completion completion;
    completion.kind = Completion::Kind::Field;
    for (QChar c : typed) {
        if (!c.isLetter() && c != QLatin1Char('-'))
            return {};
    }
    QStringList names;
    for (const QString &field : Query::fields())
        names.append(field + QLatin1Char(':'));
    for (const QString &field : Query::comparisonFields())
        names.append(field + QStringLiteral(">="));
    names.insert(names.indexOf(QStringLiteral("rating>=")) + 1, QStringLiteral("rating:"));
    for (const QString &name : names) {
        if (name.startsWith(typed, Qt::CaseInsensitive))
            completion.candidates.append({name, name});
    }
    return completion;
}

} // namespace

QStringList Completion::texts() const
{
    QStringList result;
    for (const CompletionCandidate &c : candidates)
        result.append(c.text);
    return result;
}

Completion QueryCompletion::complete(const QString &text, int cursor, const CompletionSource &source)
{
    cursor = std::clamp(cursor, 0, int(text.size()));
    auto [start, end] = termAt(text, cursor);
    if (start < cursor && text[start] == QLatin1Char('-'))
        ++start; // a negation keeps its "-"
    const QString typed = text.mid(start, cursor - start);
    if (typed.isEmpty() || typed.startsWith(QLatin1Char('"')))
        return {};

    Completion completion;
    QString field;
    QString op;
    for (const QString &candidate : Query::fields() + Query::comparisonFields()) {
        if (typed.size() > candidate.size() && typed.startsWith(candidate, Qt::CaseInsensitive)) {
            const QString found = operatorAt(QStringView(typed).mid(candidate.size()));
            if (!found.isEmpty()) {
                field = candidate;
                op = found;
                break;
            }
        }
    }
    if (field.isEmpty()) {
        completion = fieldNames(typed);
    } else if (op == QLatin1String(":") && completesValues(field)) {
        QString partial = typed.mid(field.size() + 1);
        if (partial.startsWith(QLatin1Char('"')))
            partial.remove(0, 1);
        QStringList values;
        bool sort = true;
        if (field == QLatin1String("tag"))
            values = source.tags;
        else if (field == QLatin1String("technique"))
            values = source.techniques;
        else if (field == QLatin1String("list"))
            values = source.lists;
        else if (field == QLatin1String("metric"))
            values = source.metricKinds.isEmpty() ? metricKinds() : source.metricKinds;
        else
            values = Query::fieldValues(field);
        sort = field != QLatin1String("metric") && Query::fieldValues(field).isEmpty();
        completion.kind = Completion::Kind::Value;
        completion.field = field;
        for (const QString &value : matchingValues(values, partial, sort)) {
            if (completion.candidates.size() == kMostCandidates)
                break;
            completion.candidates.append({Query::fieldTerm(field, value), value});
        }
    } else if (isComparison(op) && metricKinds().contains(field)) {
        // A number typed: its unit next.
        const QString rest = typed.mid(field.size() + op.size());
        qsizetype digits = 0;
        while (digits < rest.size() && (rest[digits].isDigit() || rest[digits] == QLatin1Char('.')))
            ++digits;
        if (digits == 0)
            return {};
        const QString unit = rest.mid(digits);
        completion.kind = Completion::Kind::Unit;
        completion.field = field;
        const QString written = typed.left(typed.size() - unit.size());
        for (const QString &candidate : Query::metricUnits(field)) {
            if (candidate.startsWith(unit, Qt::CaseInsensitive))
                completion.candidates.append({written + candidate, candidate});
        }
    }
    // Nothing left to choose when the one candidate is what is typed.
    if (completion.candidates.size() == 1
        && completion.candidates.first().text.compare(text.mid(start, end - start), Qt::CaseInsensitive) == 0)
        return {};
    if (completion.candidates.isEmpty())
        return {};
    completion.start = start;
    completion.end = end;
    return completion;
}

QString QueryCompletion::apply(const QString &text, const Completion &completion, const CompletionCandidate &candidate,
                               int *cursor)
{
    const QString result = text.left(completion.start) + candidate.text + text.mid(completion.end);
    if (cursor)
        *cursor = completion.start + int(candidate.text.size());
    return result;
}

} // namespace lectern
