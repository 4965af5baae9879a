// Extraction quality on the labeled development set (../shared/eval/dev.json), scored like score.py:
// micro-F1 over (record, technique) pairs, and over metrics matched by value (relative tolerance 1e-6) and kind.
// Set LECTERN_EXTRACT_DUMP=path to write the predictions in score.py's format, and LECTERN_EXTRACT_VERBOSE=1 to
// print every miss.

#include "extract/extractjson.h"
#include "extract/extractor.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace lectern;

namespace {

struct Counts {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    double f1() const
    {
        const double p = tp + fp ? double(tp) / (tp + fp) : 0;
        const double r = tp + fn ? double(tp) / (tp + fn) : 0;
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
    QString describe() const
    {
        return QStringLiteral("F1=%1 (tp=%2 fp=%3 fn=%4)").arg(f1(), 0, 'f', 3).arg(tp).arg(fp).arg(fn);
    }
};

bool close(double a, double b)
{
    return std::abs(a - b) <= 1e-6 * std::max({1.0, std::abs(a), std::abs(b)});
}

} // namespace

class TestExtractionDevSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void devSetF1();
};

void TestExtractionDevSet::devSetF1()
{
    LECTERN_REQUIRE_SHARED_DIR();
    QFile file(test::sharedDir() + QStringLiteral("/eval/dev.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QJsonArray gold = QJsonDocument::fromJson(file.readAll()).array();
    QVERIFY(!gold.isEmpty());

    QJsonArray input;
    for (const QJsonValue &v : gold) {
        const QJsonObject g = v.toObject();
        input.append(QJsonObject{{QStringLiteral("id"), g.value(QLatin1String("id"))},
                                 {QStringLiteral("title"), g.value(QLatin1String("title"))},
                                 {QStringLiteral("abstract"), g.value(QLatin1String("abstract"))}});
    }
    const Extractor extractor;
    QString error;
    const QJsonArray predicted = extractJson(input, extractor, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(predicted.size(), gold.size());

    const QString dump = qEnvironmentVariable("LECTERN_EXTRACT_DUMP");
    if (!dump.isEmpty()) {
        QFile out(dump);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(predicted).toJson());
    }
    const bool verbose = qEnvironmentVariableIntValue("LECTERN_EXTRACT_VERBOSE") != 0;

    Counts techniques, values, kinds;
    for (qsizetype r = 0; r < gold.size(); ++r) {
        const QJsonObject g = gold.at(r).toObject();
        const QJsonObject p = predicted.at(r).toObject();
        const QString id = g.value(QLatin1String("id")).toString();
        QSet<QString> goldTechniques, predictedTechniques;
        for (const QJsonValue &t : g.value(QLatin1String("techniques")).toArray())
            goldTechniques.insert(t.toString());
        for (const QJsonValue &t : p.value(QLatin1String("techniques")).toArray())
            predictedTechniques.insert(t.toString());
        techniques.tp += int((goldTechniques & predictedTechniques).size());
        techniques.fp += int((predictedTechniques - goldTechniques).size());
        techniques.fn += int((goldTechniques - predictedTechniques).size());
        if (verbose) {
            const QString abstract = g.value(QLatin1String("abstract")).toString();
            for (const TechniqueFact &fact :
                 extractor.techniques(g.value(QLatin1String("title")).toString(), abstract)) {
                if (goldTechniques.contains(fact.id))
                    continue;
                const QString signal =
                    fact.start < 0 ? QStringLiteral("(title)") : abstract.mid(fact.start, fact.end - fact.start);
                qInfo("%s technique FP %s | %s", qPrintable(id), qPrintable(fact.id), qPrintable(signal));
            }
            for (const QString &t : goldTechniques - predictedTechniques)
                qInfo("%s technique FN %s", qPrintable(id), qPrintable(t));
        }

        const QJsonArray predictedMetrics = p.value(QLatin1String("metrics")).toArray();
        for (const bool strict : {false, true}) {
            Counts &c = strict ? kinds : values;
            QJsonArray left = g.value(QLatin1String("metrics")).toArray();
            for (const QJsonValue &mv : predictedMetrics) {
                const QJsonObject m = mv.toObject();
                qsizetype hit = -1;
                for (qsizetype k = 0; k < left.size() && hit < 0; ++k) {
                    const QJsonObject x = left.at(k).toObject();
                    if (close(x.value(QLatin1String("value")).toDouble(), m.value(QLatin1String("value")).toDouble())
                        && (!strict || x.value(QLatin1String("kind")) == m.value(QLatin1String("kind"))))
                        hit = k;
                }
                if (hit >= 0) {
                    left.removeAt(hit);
                    ++c.tp;
                } else {
                    ++c.fp;
                    if (verbose && strict)
                        qInfo("%s metric FP %s %g %s | %s", qPrintable(id),
                              qPrintable(m.value(QLatin1String("kind")).toString()),
                              m.value(QLatin1String("value")).toDouble(),
                              qPrintable(m.value(QLatin1String("unit")).toString()),
                              qPrintable(m.value(QLatin1String("text")).toString()));
                }
            }
            c.fn += int(left.size());
            if (verbose && strict) {
                for (const QJsonValue &x : left)
                    qInfo("%s metric FN %s %g | %s", qPrintable(id),
                          qPrintable(x.toObject().value(QLatin1String("kind")).toString()),
                          x.toObject().value(QLatin1String("value")).toDouble(),
                          qPrintable(x.toObject().value(QLatin1String("text")).toString()));
            }
        }
    }
    qInfo("techniques        %s", qPrintable(techniques.describe()));
    qInfo("metric values     %s", qPrintable(values.describe()));
    qInfo("metric kind+value %s", qPrintable(kinds.describe()));
    QVERIFY2(techniques.f1() >= 0.80, qPrintable(techniques.describe()));
    QVERIFY2(kinds.f1() >= 0.85, qPrintable(kinds.describe()));
}

QTEST_GUILESS_MAIN(TestExtractionDevSet)
#include "tst_extractiondevset.moc"
