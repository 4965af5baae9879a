#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lectern {

// A technique or a group of techniques. Only leaves are assigned to papers; groups gather leaves for queries
// (technique:compression includes quantization and pruning) and for the chart's hierarchy.
struct TechniqueNode {
    QString id;              // e.g. "quantization"; leaf ids are those of LABELING.md
    QString label;           // shown to the user, e.g. "Quantization"
    QString parentId;        // empty for top-level nodes
    QStringList signals_;    // words and phrases that signal the technique (case-insensitive; see taxonomy.json)
    QStringList weakSignals; // phrases that count only in the paper's own sentences or when seen twice
    QStringList yieldsTo;    // leaves that, when assigned, make this (broader) leaf redundant

    friend bool operator==(const TechniqueNode &, const TechniqueNode &) = default;
};

class Taxonomy
{
public:
    // The taxonomy shipped in resources/taxonomy.json (compiled into lectern_core as :/lectern/taxonomy.json).
    static const Taxonomy &builtIn();
    // Parses the JSON form; on failure returns nullopt and sets *error to a message naming the place.
    static std::optional<Taxonomy> fromJson(const QByteArray &json, QString *error);
    QByteArray toJson() const;

    const QList<TechniqueNode> &nodes() const { return m_nodes; }
    const TechniqueNode *node(const QString &id) const;
    bool isLeaf(const QString &id) const;
    QStringList leafIds() const;
    // The leaves under `id` (the id itself when it is a leaf); empty when `id` is unknown.
    QStringList leavesUnder(const QString &id) const;
    QString label(const QString &id) const;

    // Editing (the Taxonomy dialog). Every operation either succeeds or leaves the taxonomy unchanged and sets
    // *error (when given) to a message for the user; an edited taxonomy always satisfies the rules of fromJson(),
    // so it serialises and parses back equal. Strings are trimmed; signal lists drop empty lines and duplicates.

    // Adds a leaf (it must carry signals) as the last child of node.parentId, or at the top level when that is
    // empty. An empty node.id is made from the label with makeId(). A leaf cannot receive children: it carries
    // signals, so a technique goes into a group, never into another technique.
    bool addNode(TechniqueNode node, QString *error);
    // Adds a group together with its first leaf (a group without children would be a leaf without signals).
    // firstTechnique.parentId is ignored: the leaf goes into the new group. Empty ids are made from the labels.
    bool addGroup(TechniqueNode group, TechniqueNode firstTechnique, QString *error);
    // An id for `label` that `taxonomy` does not use yet: "Low-rank factorization" → "low-rank-factorization",
    // then "low-rank-factorization-2" when that is taken.
    static QString makeId(const QString &label, const Taxonomy &taxonomy);
    // Changes the label only: ids are stable, because queries (technique:ID) and stored facts refer to them.
    bool renameNode(const QString &id, const QString &newLabel, QString *error);
    // Changes an id, updating the children's parents and the yieldsTo lists that name it. Meant for nodes that
    // nothing outside the taxonomy refers to yet (added in the same editing session); stored facts and saved
    // queries keep the old id.
    bool changeId(const QString &id, const QString &newId, QString *error);
    // Makes `id` the last child of `newParentId` (the top level when empty). Refuses a move into the node's own
    // subtree, under a leaf, and one that would leave the old group without children (remove the group instead).
    bool moveNode(const QString &id, const QString &newParentId, QString *error);
    // Removes a leaf, or a group with its whole subtree; other leaves stop yielding to the removed leaves.
    // Refuses when the parent group would be left without children (remove the group instead).
    bool removeNode(const QString &id, QString *error);
    // Sets the phrases of a leaf (see TechniqueNode): `phrases` must keep at least one phrase, every phrase needs a
    // word and cannot begin with '*'; `yieldsTo` must name other leaves. A phrase another leaf already uses is
    // refused (here and in addNode): the tagger gives each occurrence to one leaf, so it would never mark this one.
    bool setSignals(const QString &id, const QStringList &phrases, const QStringList &weakPhrases,
                    const QStringList &yieldsTo, QString *error);

    friend bool operator==(const Taxonomy &, const Taxonomy &) = default;

private:
    // Replaces the nodes with `candidate` when it keeps the rules of fromJson().
    bool commit(QList<TechniqueNode> candidate, QString *error);

    QList<TechniqueNode> m_nodes;
};

} // namespace lectern
