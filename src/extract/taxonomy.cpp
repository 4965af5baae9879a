#include "extract/taxonomy.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace lectern {

namespace {

QString nodePlace(qsizetype index, const QString &id)
{
    return id.isEmpty() ? QStringLiteral("node %1").arg(index) : QStringLiteral("node %1 ('%2')").arg(index).arg(id);
}

bool isValidId(const QString &id)
{
    if (id.isEmpty())
        return false;
    for (QChar c : id) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'))
            return false;
    }
    return true;
}

// Reads an optional array of non-empty strings; on failure sets *error.
bool readStrings(const QJsonObject &object, QLatin1String key, const QString &place, QStringList *out, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray()) {
        *error = place + QStringLiteral(": \"%1\" must be an array of strings").arg(key);
        return false;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString s = array.at(i).toString().trimmed();
        if (!array.at(i).isString() || s.isEmpty()) {
            *error = place + QStringLiteral(": \"%1\"[%2] must be a non-empty string").arg(key).arg(i);
            return false;
        }
        out->append(s);
    }
    return true;
}

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

const Taxonomy &Taxonomy::builtIn()
{
    // A function-local static is initialized once, thread-safely.
    static const Taxonomy taxonomy = [] {
        QFile file(QStringLiteral(":/lectern/taxonomy.json"));
        QString error;
        std::optional<Taxonomy> parsed;
        if (file.open(QIODevice::ReadOnly))
            parsed = fromJson(file.readAll(), &error);
        else
            error = QStringLiteral("cannot open the resource :/lectern/taxonomy.json");
        if (!parsed) {
            qWarning("built-in taxonomy is invalid: %s", qUtf8Printable(error));
            return Taxonomy();
        }
        return *parsed;
    }();
    return taxonomy;
}

std::optional<Taxonomy> Taxonomy::fromJson(const QByteArray &json, QString *error)
{
    QString scratch;
    QString *err = error ? error : &scratch;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        setError(err, QStringLiteral("offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        setError(err, QStringLiteral("top level: expected an object with \"version\" and \"nodes\""));
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("version")).toInt(-1) != 1) {
        setError(err, QStringLiteral("top level: unsupported or missing \"version\" (expected 1)"));
        return std::nullopt;
    }
    if (!root.value(QLatin1String("nodes")).isArray()) {
        setError(err, QStringLiteral("top level: \"nodes\" must be an array"));
        return std::nullopt;
    }

    Taxonomy taxonomy;
    QHash<QString, qsizetype> indexOf;
    const QJsonArray nodes = root.value(QLatin1String("nodes")).toArray();
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        if (!nodes.at(i).isObject()) {
            setError(err, nodePlace(i, {}) + QStringLiteral(": expected an object"));
            return std::nullopt;
        }
        const QJsonObject object = nodes.at(i).toObject();
        TechniqueNode node;
        node.id = object.value(QLatin1String("id")).toString();
        const QString place = nodePlace(i, node.id);
        if (!isValidId(node.id)) {
            setError(err, place + QStringLiteral(": \"id\" must be a non-empty string of a-z, 0-9 and '-'"));
            return std::nullopt;
        }
        if (indexOf.contains(node.id)) {
            setError(err,
                     place + QStringLiteral(": duplicate id (first defined by node %1)").arg(indexOf.value(node.id)));
            return std::nullopt;
        }
        node.label = object.value(QLatin1String("label")).toString().trimmed();
        if (node.label.isEmpty()) {
            setError(err, place + QStringLiteral(": \"label\" must be a non-empty string"));
            return std::nullopt;
        }
        const QJsonValue parent = object.value(QLatin1String("parent"));
        if (!parent.isUndefined() && !parent.isNull() && !parent.isString()) {
            setError(err, place + QStringLiteral(": \"parent\" must be a string or null"));
            return std::nullopt;
        }
        node.parentId = parent.toString();
        if (!readStrings(object, QLatin1String("signals"), place, &node.signals_, err)
            || !readStrings(object, QLatin1String("weakSignals"), place, &node.weakSignals, err)
            || !readStrings(object, QLatin1String("yieldsTo"), place, &node.yieldsTo, err))
            return std::nullopt;
        indexOf.insert(node.id, i);
        taxonomy.m_nodes.append(node);
    }

    QSet<QString> parents;
    for (qsizetype i = 0; i < taxonomy.m_nodes.size(); ++i) {
        const TechniqueNode &node = taxonomy.m_nodes.at(i);
        if (node.parentId.isEmpty())
            continue;
        if (!indexOf.contains(node.parentId)) {
            setError(err, nodePlace(i, node.id) + QStringLiteral(": unknown parent '%1'").arg(node.parentId));
            return std::nullopt;
        }
        parents.insert(node.parentId);
    }
    // Cycles: walk up from every node; a walk longer than the node count revisits a node.
    for (qsizetype i = 0; i < taxonomy.m_nodes.size(); ++i) {
        QString current = taxonomy.m_nodes.at(i).parentId;
        for (qsizetype steps = 0; !current.isEmpty(); ++steps) {
            if (current == taxonomy.m_nodes.at(i).id || steps > taxonomy.m_nodes.size()) {
                setError(err, nodePlace(i, taxonomy.m_nodes.at(i).id) + QStringLiteral(": parent chain forms a cycle"));
                return std::nullopt;
            }
            current = taxonomy.m_nodes.at(indexOf.value(current)).parentId;
        }
    }
    for (qsizetype i = 0; i < taxonomy.m_nodes.size(); ++i) {
        const TechniqueNode &node = taxonomy.m_nodes.at(i);
        const QString place = nodePlace(i, node.id);
        const bool group = parents.contains(node.id);
        if (group && (!node.signals_.isEmpty() || !node.weakSignals.isEmpty() || !node.yieldsTo.isEmpty())) {
            setError(err, place
                              + QStringLiteral(": a group (it has children) cannot carry signals; only leaves are "
                                               "assigned to papers"));
            return std::nullopt;
        }
        if (!group && node.signals_.isEmpty()) {
            setError(err, place + QStringLiteral(": a leaf needs at least one signal"));
            return std::nullopt;
        }
        for (const QString &other : node.yieldsTo) {
            if (!indexOf.contains(other) || parents.contains(other) || other == node.id) {
                setError(err,
                         place + QStringLiteral(": \"yieldsTo\" names '%1', which is not another leaf").arg(other));
                return std::nullopt;
            }
        }
    }
    if (error)
        error->clear();
    return taxonomy;
}

QByteArray Taxonomy::toJson() const
{
    QJsonArray nodes;
    for (const TechniqueNode &node : m_nodes) {
        QJsonObject object{{QStringLiteral("id"), node.id}, {QStringLiteral("label"), node.label}};
        if (!node.parentId.isEmpty())
            object.insert(QStringLiteral("parent"), node.parentId);
        if (!node.signals_.isEmpty())
            object.insert(QStringLiteral("signals"), QJsonArray::fromStringList(node.signals_));
        if (!node.weakSignals.isEmpty())
            object.insert(QStringLiteral("weakSignals"), QJsonArray::fromStringList(node.weakSignals));
        if (!node.yieldsTo.isEmpty())
            object.insert(QStringLiteral("yieldsTo"), QJsonArray::fromStringList(node.yieldsTo));
        nodes.append(object);
    }
    const QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("nodes"), nodes}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

const TechniqueNode *Taxonomy::node(const QString &id) const
{
    for (const TechniqueNode &n : m_nodes) {
        if (n.id == id)
            return &n;
    }
    return nullptr;
}

bool Taxonomy::isLeaf(const QString &id) const
{
    if (!node(id))
        return false;
    for (const TechniqueNode &n : m_nodes) {
        if (n.parentId == id)
            return false;
    }
    return true;
}

QStringList Taxonomy::leafIds() const
{
    QStringList ids;
    for (const TechniqueNode &n : m_nodes) {
        if (isLeaf(n.id))
            ids.append(n.id);
    }
    return ids;
}

QStringList Taxonomy::leavesUnder(const QString &id) const
{
    if (!node(id))
        return {};
    if (isLeaf(id))
        return {id};
    QStringList leaves;
    for (const TechniqueNode &n : m_nodes) {
        if (n.parentId == id)
            leaves += leavesUnder(n.id);
    }
    return leaves;
}

QString Taxonomy::label(const QString &id) const
{
    const TechniqueNode *n = node(id);
    return n ? n->label : QString();
}

} // namespace lectern
