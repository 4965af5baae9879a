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

private:
    QList<TechniqueNode> m_nodes;
};

} // namespace lectern
