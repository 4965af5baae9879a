#include "extract/taxonomy.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <algorithm>

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

// The rules that concern the nodes together: parents exist, no cycles, groups carry no signals, leaves carry some,
// yieldsTo names other leaves. Shared by fromJson() and the edit operations.
bool checkStructure(const QList<TechniqueNode> &nodes, QString *err)
{
    QHash<QString, qsizetype> indexOf;
    for (qsizetype i = 0; i < nodes.size(); ++i)
        indexOf.insert(nodes.at(i).id, i);
    QSet<QString> parents;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const TechniqueNode &node = nodes.at(i);
        if (node.parentId.isEmpty())
            continue;
        if (!indexOf.contains(node.parentId)) {
            setError(err, nodePlace(i, node.id) + QStringLiteral(": unknown parent '%1'").arg(node.parentId));
            return false;
        }
        parents.insert(node.parentId);
    }
    // Cycles: walk up from every node; a walk longer than the node count revisits a node.
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        QString current = nodes.at(i).parentId;
        for (qsizetype steps = 0; !current.isEmpty(); ++steps) {
            if (current == nodes.at(i).id || steps > nodes.size()) {
                setError(err, nodePlace(i, nodes.at(i).id) + QStringLiteral(": parent chain forms a cycle"));
                return false;
            }
            current = nodes.at(indexOf.value(current)).parentId;
        }
    }
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const TechniqueNode &node = nodes.at(i);
        const QString place = nodePlace(i, node.id);
        const bool group = parents.contains(node.id);
        if (group && (!node.signals_.isEmpty() || !node.weakSignals.isEmpty() || !node.yieldsTo.isEmpty())) {
            setError(err, place
                              + QStringLiteral(": a group (it has children) cannot carry signals; only leaves are "
                                               "assigned to papers"));
            return false;
        }
        if (!group && node.signals_.isEmpty()) {
            setError(err, place + QStringLiteral(": a leaf needs at least one signal"));
            return false;
        }
        for (const QString &other : node.yieldsTo) {
            if (!indexOf.contains(other) || parents.contains(other) || other == node.id) {
                setError(err,
                         place + QStringLiteral(": \"yieldsTo\" names '%1', which is not another leaf").arg(other));
                return false;
            }
        }
    }
    return true;
}

// Messages of the edit operations are shown to the user; those of fromJson() name places in a file and are not.

// In the user's language's quotation marks („…“ in German).
QString quoted(const QString &text)
{
    return QLocale().quoteString(text);
}

qsizetype indexIn(const QList<TechniqueNode> &nodes, const QString &id)
{
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        if (nodes.at(i).id == id)
            return i;
    }
    return -1;
}

qsizetype childCount(const QList<TechniqueNode> &nodes, const QString &id)
{
    return std::count_if(nodes.cbegin(), nodes.cend(), [&](const TechniqueNode &n) { return n.parentId == id; });
}

// Where a new last child of `parentId` goes: after the parent's current last child, else right after the parent
// (or at the end for the top level), so that nodes() keeps its order and siblings stay together.
qsizetype insertionIndex(const QList<TechniqueNode> &nodes, const QString &parentId)
{
    for (qsizetype i = nodes.size() - 1; i >= 0; --i) {
        if (nodes.at(i).parentId == parentId)
            return i + 1;
    }
    const qsizetype parent = parentId.isEmpty() ? -1 : indexIn(nodes, parentId);
    return parent >= 0 ? parent + 1 : nodes.size();
}

// The node and everything below it.
QSet<QString> subtree(const QList<TechniqueNode> &nodes, const QString &id)
{
    QSet<QString> ids{id};
    for (bool grew = true; grew;) {
        grew = false;
        for (const TechniqueNode &n : nodes) {
            if (!n.parentId.isEmpty() && ids.contains(n.parentId) && !ids.contains(n.id)) {
                ids.insert(n.id);
                grew = true;
            }
        }
    }
    return ids;
}

QString unknownNode(const QString &id)
{
    return QCoreApplication::translate("lectern::Taxonomy", "There is no technique or group with the id %1.")
        .arg(quoted(id));
}

// Trims and simplifies the phrases, drops empty ones and case-insensitive duplicates, and refuses phrases the
// tagger could not use: one without a word would never match, and a leading '*' is dropped by the matcher.
bool normalizePhrases(const QStringList &phrases, QStringList *out, QString *error)
{
    QSet<QString> seen;
    out->clear();
    for (const QString &raw : phrases) {
        const QString phrase = raw.simplified();
        if (phrase.isEmpty())
            continue;
        if (std::none_of(phrase.cbegin(), phrase.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            return setError(error, QCoreApplication::translate("lectern::Taxonomy", "The signal %1 has no word in it.")
                                       .arg(quoted(phrase)));
        if (phrase.startsWith(u'*'))
            return setError(error, QCoreApplication::translate(
                                       "lectern::Taxonomy",
                                       "The signal %1 cannot begin with “*”: “*” stands for up to two words between "
                                       "other words.")
                                       .arg(quoted(phrase)));
        if (seen.contains(phrase.toCaseFolded()))
            continue;
        seen.insert(phrase.toCaseFolded());
        out->append(phrase);
    }
    return true;
}

// Phrases the tagger treats alike as far as cheaply known: case, repeated spaces and hyphens do not matter.
QString phraseKey(const QString &phrase)
{
    QString key = phrase.toCaseFolded();
    key.replace(u'-', u' ');
    return key.simplified();
}

// Refuses a phrase of `phrases` that another leaf of `context` already uses: the tagger gives an occurrence to one
// leaf only (the first in the taxonomy), so the phrase would silently never mark this one. Phrases `self` already
// had in `context` are let through, so a taxonomy loaded with shared phrases stays editable.
bool checkPhrasesUnused(const TechniqueNode &self, const QStringList &phrases, const Taxonomy &context, QString *error)
{
    QSet<QString> own;
    if (const TechniqueNode *before = context.node(self.id)) {
        for (const QString &p : before->signals_ + before->weakSignals)
            own.insert(phraseKey(p));
    }
    for (const QString &phrase : phrases) {
        const QString key = phraseKey(phrase);
        if (own.contains(key))
            continue;
        for (const TechniqueNode &other : context.nodes()) {
            if (other.id == self.id)
                continue;
            for (const QString &p : other.signals_ + other.weakSignals) {
                if (phraseKey(p) == key)
                    return setError(error, QCoreApplication::translate(
                                               "lectern::Taxonomy",
                                               "The signal %1 already marks %2, and a phrase can mark only one "
                                               "technique. Remove it from %2 first.")
                                               .arg(quoted(phrase), quoted(other.label)));
            }
        }
    }
    return true;
}

// Checks that every id of `yieldsTo` names a leaf of `context` other than `self`; drops empty lines and repeats.
bool normalizeYields(const TechniqueNode &self, const QStringList &yieldsTo, const Taxonomy &context, QStringList *out,
                     QString *error)
{
    out->clear();
    for (const QString &raw : yieldsTo) {
        const QString other = raw.trimmed();
        if (other.isEmpty() || out->contains(other))
            continue;
        if (other == self.id)
            return setError(
                error,
                QCoreApplication::translate("lectern::Taxonomy", "%1 cannot yield to itself.").arg(quoted(self.label)));
        if (!context.node(other))
            return setError(error,
                            QCoreApplication::translate("lectern::Taxonomy",
                                                        "%1 cannot yield to %2: there is no technique with that id.")
                                .arg(quoted(self.label), quoted(other)));
        if (!context.isLeaf(other))
            return setError(
                error, QCoreApplication::translate(
                           "lectern::Taxonomy", "%1 cannot yield to the group %2: name the techniques in it instead.")
                           .arg(quoted(self.label), quoted(context.label(other))));
        out->append(other);
    }
    return true;
}

// Normalizes and checks a node about to be added to `context`: label, id (made from the label when empty), parent
// (an existing group; `parentMayBeChildless` when the parent is a group added together with this node) and phrases.
bool prepareNewNode(TechniqueNode &node, bool leaf, const Taxonomy &context, bool parentMayBeChildless, QString *error)
{
    node.label = node.label.simplified();
    if (node.label.isEmpty())
        return setError(error, QCoreApplication::translate("lectern::Taxonomy", "The name cannot be empty."));
    node.id = node.id.trimmed();
    if (node.id.isEmpty())
        node.id = Taxonomy::makeId(node.label, context);
    if (!isValidId(node.id))
        return setError(
            error, QCoreApplication::translate("lectern::Taxonomy",
                                               "%1 cannot be an id: use only lower-case letters a–z, digits and “-”.")
                       .arg(quoted(node.id)));
    if (const TechniqueNode *existing = context.node(node.id))
        return setError(error, QCoreApplication::translate("lectern::Taxonomy", "The id %1 is already used by %2.")
                                   .arg(quoted(node.id), quoted(existing->label)));
    node.parentId = node.parentId.trimmed();
    if (!node.parentId.isEmpty()) {
        if (!context.node(node.parentId))
            return setError(error, QCoreApplication::translate("lectern::Taxonomy", "There is no group with the id %1.")
                                       .arg(quoted(node.parentId)));
        if (context.isLeaf(node.parentId) && !parentMayBeChildless)
            return setError(error, QCoreApplication::translate(
                                       "lectern::Taxonomy",
                                       "%1 is a technique and carries signals, so it cannot contain other techniques. "
                                       "Make a group first and put the techniques in it.")
                                       .arg(quoted(context.label(node.parentId))));
    }
    if (!leaf) {
        if (!node.signals_.isEmpty() || !node.weakSignals.isEmpty() || !node.yieldsTo.isEmpty())
            return setError(error, QCoreApplication::translate(
                                       "lectern::Taxonomy",
                                       "A group cannot carry signals: only the techniques in it are assigned to "
                                       "papers."));
        return true;
    }
    QStringList phrases;
    QStringList weakPhrases;
    QStringList yields;
    if (!normalizePhrases(node.signals_, &phrases, error) || !normalizePhrases(node.weakSignals, &weakPhrases, error)
        || !checkPhrasesUnused(node, phrases + weakPhrases, context, error)
        || !normalizeYields(node, node.yieldsTo, context, &yields, error))
        return false;
    if (phrases.isEmpty())
        return setError(error, QCoreApplication::translate(
                                   "lectern::Taxonomy",
                                   "%1 needs at least one signal: a word or phrase that marks the technique in a "
                                   "title or abstract.")
                                   .arg(quoted(node.label)));
    node.signals_ = phrases;
    node.weakSignals = weakPhrases;
    node.yieldsTo = yields;
    return true;
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

    if (!checkStructure(taxonomy.m_nodes, err))
        return std::nullopt;
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

bool Taxonomy::commit(QList<TechniqueNode> candidate, QString *error)
{
    // The operations check their own conditions with messages for the user; this is the safety net that keeps
    // every edited taxonomy one that fromJson() accepts.
    QSet<QString> ids;
    for (const TechniqueNode &n : candidate) {
        if (!isValidId(n.id) || ids.contains(n.id) || n.label.isEmpty()) {
            qWarning("Taxonomy: refused an edit that breaks the taxonomy at '%s'", qUtf8Printable(n.id));
            return setError(
                error, QCoreApplication::translate("lectern::Taxonomy", "The change would break the taxonomy at %1.")
                           .arg(quoted(n.id)));
        }
        ids.insert(n.id);
    }
    QString why;
    if (!checkStructure(candidate, &why)) {
        qWarning("Taxonomy: refused an edit that breaks the taxonomy: %s", qUtf8Printable(why));
        return setError(
            error,
            QCoreApplication::translate("lectern::Taxonomy", "The change would break the taxonomy: %1").arg(why));
    }
    m_nodes = std::move(candidate);
    if (error)
        error->clear();
    return true;
}

bool Taxonomy::addNode(TechniqueNode node, QString *error)
{
    if (!prepareNewNode(node, true, *this, false, error))
        return false;
    QList<TechniqueNode> candidate = m_nodes;
    candidate.insert(insertionIndex(candidate, node.parentId), node);
    return commit(std::move(candidate), error);
}

bool Taxonomy::addGroup(TechniqueNode group, TechniqueNode firstTechnique, QString *error)
{
    if (!prepareNewNode(group, false, *this, false, error))
        return false;
    Taxonomy withGroup = *this;
    withGroup.m_nodes.insert(insertionIndex(withGroup.m_nodes, group.parentId), group);
    firstTechnique.parentId = group.id;
    if (!prepareNewNode(firstTechnique, true, withGroup, true, error))
        return false;
    withGroup.m_nodes.insert(insertionIndex(withGroup.m_nodes, group.id), firstTechnique);
    return commit(std::move(withGroup.m_nodes), error);
}

QString Taxonomy::makeId(const QString &label, const Taxonomy &taxonomy)
{
    constexpr qsizetype maxLength = 48;
    // Compatibility decomposition turns "é" into "e" plus a combining accent (dropped) and "ﬁ" into "fi".
    const QString decomposed = label.normalized(QString::NormalizationForm_KD).toLower();
    QString base;
    bool separator = false;
    for (QChar c : decomposed) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (separator && !base.isEmpty())
                base += u'-';
            base += c;
            separator = false;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            separator = true;
        }
    }
    if (base.size() > maxLength) { // cut at a word boundary
        const qsizetype dash = base.lastIndexOf(u'-', maxLength);
        base.truncate(dash > 0 ? dash : maxLength);
    }
    if (base.isEmpty())
        base = QStringLiteral("technique");
    QString id = base;
    for (int n = 2; taxonomy.node(id); ++n)
        id = base + u'-' + QString::number(n);
    return id;
}

bool Taxonomy::renameNode(const QString &id, const QString &newLabel, QString *error)
{
    const qsizetype i = indexIn(m_nodes, id);
    if (i < 0)
        return setError(error, unknownNode(id));
    const QString label = newLabel.simplified();
    if (label.isEmpty())
        return setError(error, QCoreApplication::translate("lectern::Taxonomy", "The name cannot be empty."));
    QList<TechniqueNode> candidate = m_nodes;
    candidate[i].label = label;
    return commit(std::move(candidate), error);
}

bool Taxonomy::changeId(const QString &id, const QString &newId, QString *error)
{
    const qsizetype i = indexIn(m_nodes, id);
    if (i < 0)
        return setError(error, unknownNode(id));
    if (newId == id) {
        if (error)
            error->clear();
        return true;
    }
    if (!isValidId(newId))
        return setError(
            error, QCoreApplication::translate("lectern::Taxonomy",
                                               "%1 cannot be an id: use only lower-case letters a–z, digits and “-”.")
                       .arg(quoted(newId)));
    if (const TechniqueNode *existing = node(newId))
        return setError(error, QCoreApplication::translate("lectern::Taxonomy", "The id %1 is already used by %2.")
                                   .arg(quoted(newId), quoted(existing->label)));
    QList<TechniqueNode> candidate = m_nodes;
    for (TechniqueNode &n : candidate) {
        if (n.id == id)
            n.id = newId;
        if (n.parentId == id)
            n.parentId = newId;
        for (QString &other : n.yieldsTo) {
            if (other == id)
                other = newId;
        }
    }
    return commit(std::move(candidate), error);
}

bool Taxonomy::moveNode(const QString &id, const QString &newParentId, QString *error)
{
    const qsizetype i = indexIn(m_nodes, id);
    if (i < 0)
        return setError(error, unknownNode(id));
    const TechniqueNode &moving = m_nodes.at(i);
    if (moving.parentId == newParentId) {
        if (error)
            error->clear();
        return true;
    }
    if (!newParentId.isEmpty()) {
        if (!node(newParentId))
            return setError(error, QCoreApplication::translate("lectern::Taxonomy", "There is no group with the id %1.")
                                       .arg(quoted(newParentId)));
        if (subtree(m_nodes, id).contains(newParentId))
            return setError(error,
                            newParentId == id
                                ? QCoreApplication::translate("lectern::Taxonomy", "%1 cannot be moved into itself.")
                                      .arg(quoted(moving.label))
                                : QCoreApplication::translate("lectern::Taxonomy",
                                                              "%1 cannot be moved into %2, which is inside it.")
                                      .arg(quoted(moving.label), quoted(label(newParentId))));
        if (isLeaf(newParentId))
            return setError(error, QCoreApplication::translate(
                                       "lectern::Taxonomy",
                                       "%1 is a technique and carries signals, so it cannot contain other techniques. "
                                       "Make a group first and put the techniques in it.")
                                       .arg(quoted(label(newParentId))));
    }
    if (!moving.parentId.isEmpty() && childCount(m_nodes, moving.parentId) == 1)
        return setError(error, QCoreApplication::translate(
                                   "lectern::Taxonomy",
                                   "Moving %1 would leave the group %2 empty. Remove the group instead, or add another "
                                   "technique to it first.")
                                   .arg(quoted(moving.label), quoted(label(moving.parentId))));
    QList<TechniqueNode> candidate = m_nodes;
    TechniqueNode moved = candidate.takeAt(i);
    moved.parentId = newParentId;
    candidate.insert(insertionIndex(candidate, newParentId), moved);
    return commit(std::move(candidate), error);
}

bool Taxonomy::removeNode(const QString &id, QString *error)
{
    const qsizetype i = indexIn(m_nodes, id);
    if (i < 0)
        return setError(error, unknownNode(id));
    const TechniqueNode &removing = m_nodes.at(i);
    if (!removing.parentId.isEmpty() && childCount(m_nodes, removing.parentId) == 1)
        return setError(
            error, QCoreApplication::translate(
                       "lectern::Taxonomy", "Removing %1 would leave the group %2 empty. Remove the group %2 instead.")
                       .arg(quoted(removing.label), quoted(label(removing.parentId))));
    const QSet<QString> removed = subtree(m_nodes, id);
    QList<TechniqueNode> candidate;
    for (TechniqueNode n : m_nodes) {
        if (removed.contains(n.id))
            continue;
        n.yieldsTo.removeIf([&](const QString &other) { return removed.contains(other); });
        candidate.append(n);
    }
    return commit(std::move(candidate), error);
}

bool Taxonomy::setSignals(const QString &id, const QStringList &phrases, const QStringList &weakPhrases,
                          const QStringList &yieldsTo, QString *error)
{
    const qsizetype i = indexIn(m_nodes, id);
    if (i < 0)
        return setError(error, unknownNode(id));
    if (!isLeaf(id))
        return setError(error, QCoreApplication::translate("lectern::Taxonomy",
                                                           "%1 is a group: only the techniques in it carry signals.")
                                   .arg(quoted(m_nodes.at(i).label)));
    QList<TechniqueNode> candidate = m_nodes;
    TechniqueNode &leaf = candidate[i];
    if (!normalizePhrases(phrases, &leaf.signals_, error) || !normalizePhrases(weakPhrases, &leaf.weakSignals, error)
        || !checkPhrasesUnused(leaf, leaf.signals_ + leaf.weakSignals, *this, error)
        || !normalizeYields(leaf, yieldsTo, *this, &leaf.yieldsTo, error))
        return false;
    if (leaf.signals_.isEmpty())
        return setError(error, QCoreApplication::translate(
                                   "lectern::Taxonomy",
                                   "%1 needs at least one signal: a word or phrase that marks the technique in a "
                                   "title or abstract.")
                                   .arg(quoted(leaf.label)));
    return commit(std::move(candidate), error);
}

} // namespace lectern
