#include "extract/extractjson.h"

#include "extract/extractor.h"

#include <QJsonObject>

namespace lectern {

QJsonArray extractJson(const QJsonArray &input, const Extractor &extractor, QString *error)
{
    QJsonArray output;
    for (qsizetype i = 0; i < input.size(); ++i) {
        const auto fail = [&](const QString &message) {
            if (error)
                *error = QStringLiteral("record %1: %2").arg(i).arg(message);
            return QJsonArray();
        };
        if (!input.at(i).isObject())
            return fail(QStringLiteral("expected an object with \"id\", \"title\" and \"abstract\""));
        const QJsonObject record = input.at(i).toObject();
        const QJsonValue id = record.value(QLatin1String("id"));
        if (!id.isString() && !id.isDouble())
            return fail(QStringLiteral("\"id\" must be a string or a number"));
        const QJsonValue title = record.value(QLatin1String("title"));
        if (!title.isString() && !title.isNull() && !title.isUndefined())
            return fail(QStringLiteral("\"title\" must be a string or null"));
        const QJsonValue abstract = record.value(QLatin1String("abstract"));
        if (!abstract.isString())
            return fail(QStringLiteral("\"abstract\" must be a string"));

        Paper paper;
        paper.title = title.toString();
        paper.abstract = abstract.toString();
        extractor.extract(paper);

        QJsonArray techniques;
        for (const TechniqueFact &t : paper.techniques)
            techniques.append(t.id);
        QJsonArray metrics;
        for (const MetricFact &m : paper.metrics) {
            metrics.append(QJsonObject{{QStringLiteral("kind"), m.kind},
                                       {QStringLiteral("value"), m.value},
                                       {QStringLiteral("unit"), m.unit},
                                       {QStringLiteral("direction"), m.direction},
                                       {QStringLiteral("text"), m.text},
                                       {QStringLiteral("start"), m.start},
                                       {QStringLiteral("end"), m.end}});
        }
        output.append(QJsonObject{{QStringLiteral("id"), id},
                                  {QStringLiteral("techniques"), techniques},
                                  {QStringLiteral("metrics"), metrics}});
    }
    if (error)
        error->clear();
    return output;
}

} // namespace lectern
