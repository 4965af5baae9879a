#pragma once

#include "domain/paper.h"

#include <QString>
#include <QStringList>

namespace lectern {

// A metric as a person reads it: "3.5× speedup", "65% less latency", "2.7B params".
QString formatMetric(const MetricFact &metric);
QString formatMetricValue(const MetricFact &metric);
QString metricKindLabel(const QString &kind);

// The paper's most telling number, shown in the table's Headline column. Our choice: efficiency claims beat
// quality claims, in the order speedup, throughput, latency, memory, model-size, params, flops, energy,
// training-cost, bitwidth, then accuracy and other; within a kind the first reported number wins, because
// abstracts state their main result first. nullptr when the paper reports no number.
const MetricFact *headlineMetric(const Paper &paper);
int metricKindRank(const QString &kind);
// Every metric kind of LABELING.md, in headline order.
QStringList metricKinds();

} // namespace lectern
