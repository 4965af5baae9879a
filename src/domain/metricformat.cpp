#include "domain/metricformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace lectern {

static const char *const kKindOrder[] = {"speedup", "throughput", "latency",       "memory",   "model-size", "params",
                                         "flops",   "energy",     "training-cost", "bitwidth", "accuracy",   "other"};

int metricKindRank(const QString &kind)
{
    int rank = 0;
    for (const char *k : kKindOrder) {
        if (kind == QLatin1String(k))
            return rank;
        ++rank;
    }
    return rank;
}

QString metricKindLabel(const QString &kind)
{
    struct Label {
        const char *kind;
        const char *label;
    };
    static const Label labels[] = {
        {"speedup", QT_TRANSLATE_NOOP("lectern::Metric", "speedup")},
        {"throughput", QT_TRANSLATE_NOOP("lectern::Metric", "throughput")},
        {"latency", QT_TRANSLATE_NOOP("lectern::Metric", "latency")},
        {"memory", QT_TRANSLATE_NOOP("lectern::Metric", "memory")},
        {"model-size", QT_TRANSLATE_NOOP("lectern::Metric", "model size")},
        {"params", QT_TRANSLATE_NOOP("lectern::Metric", "parameters")},
        {"flops", QT_TRANSLATE_NOOP("lectern::Metric", "FLOPs")},
        {"energy", QT_TRANSLATE_NOOP("lectern::Metric", "energy")},
        {"training-cost", QT_TRANSLATE_NOOP("lectern::Metric", "training cost")},
        {"bitwidth", QT_TRANSLATE_NOOP("lectern::Metric", "bit width")},
        {"accuracy", QT_TRANSLATE_NOOP("lectern::Metric", "accuracy")},
        {"other", QT_TRANSLATE_NOOP("lectern::Metric", "other")},
    };
    for (const Label &l : labels) {
        if (kind == QLatin1String(l.kind))
            return QCoreApplication::translate("lectern::Metric", l.label);
    }
    return kind;
}

QString formatMetricValue(const MetricFact &metric)
{
    QString number = QLocale::c().toString(metric.value, 'g', 6);
    if (metric.unit == QLatin1String("x"))
        return number + QChar(0x00D7);
    if (metric.unit == QLatin1String("%") || metric.unit.isEmpty())
        return number + metric.unit;
    return number + QLatin1Char(' ') + metric.unit;
}

QString formatMetric(const MetricFact &metric)
{
    // "4-bit", not "4 bits bit width".
    if (metric.kind == QLatin1String("bitwidth") && metric.unit.startsWith(QLatin1String("bit")))
        return QCoreApplication::translate("lectern::Metric", "%1-bit")
            .arg(QLocale::c().toString(metric.value, 'g', 6));
    QString value = formatMetricValue(metric);
    if (metric.direction == QLatin1String("reduction") && metric.unit != QLatin1String("x"))
        value.prepend(QChar(0x2212)); // minus sign: "−65% latency"
    else if (metric.direction == QLatin1String("increase") && metric.unit != QLatin1String("x"))
        value.prepend(QLatin1Char('+'));
    return value + QLatin1Char(' ') + metricKindLabel(metric.kind);
}

const MetricFact *headlineMetric(const Paper &paper)
{
    const MetricFact *best = nullptr;
    for (const MetricFact &m : paper.metrics) {
        if (!best || metricKindRank(m.kind) < metricKindRank(best->kind))
            best = &m;
    }
    return best;
}

} // namespace lectern

namespace lectern {

QStringList metricKinds()
{
    return {QStringLiteral("speedup"),  QStringLiteral("throughput"), QStringLiteral("latency"),
            QStringLiteral("memory"),   QStringLiteral("model-size"), QStringLiteral("params"),
            QStringLiteral("flops"),    QStringLiteral("energy"),     QStringLiteral("training-cost"),
            QStringLiteral("bitwidth"), QStringLiteral("accuracy"),   QStringLiteral("other")};
}

} // namespace lectern
