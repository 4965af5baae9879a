#include "store/facets.h"

#include "extract/taxonomy.h"
#include "store/database.h"

#include <QtEndian>

#include <sqlite3.h>

#include <algorithm>
#include <set>

namespace lectern {

namespace {

const QString kTechnique = QStringLiteral("technique");
const QString kKind = QStringLiteral("kind");

QByteArray encodeCodes(std::vector<int> codes)
{
    if (codes.empty())
        return QByteArray("");
    std::sort(codes.begin(), codes.end());
    codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
    QByteArray blob(qsizetype(codes.size() * 2), Qt::Uninitialized);
    for (std::size_t i = 0; i < codes.size(); ++i)
        qToLittleEndian<quint16>(quint16(codes[i]), blob.data() + 2 * i);
    return blob;
}

} // namespace

quint64 packFacetKey(int technique, int kind, int year)
{
    const int y = year > 0 && year < 65536 ? year : 0;
    return (quint64(quint16(technique)) << 32) | (quint64(quint16(kind)) << 16) | quint64(y);
}

void unpackFacetKey(quint64 key, int *technique, int *kind, int *year)
{
    *technique = int((key >> 32) & 0xffff);
    *kind = int((key >> 16) & 0xffff);
    *year = int(key & 0xffff);
}

QList<int> decodeFacetCodes(const char *data, qsizetype size)
{
    QList<int> codes;
    codes.reserve(size / 2);
    for (qsizetype i = 0; i + 1 < size; i += 2)
        codes.append(qFromLittleEndian<quint16>(data + i));
    return codes;
}

FacetCodes::FacetCodes(Database &db)
    : m_db(db)
{
}

void FacetCodes::load()
{
    if (m_loaded)
        return;
    Statement s(m_db, "SELECT code, facet, name FROM facet_code");
    while (s.next()) {
        const int code = s.integer(0);
        const bool kind = s.text(1) == kKind;
        (kind ? m_kinds : m_techniques).insert(s.text(2), code);
        m_names.insert(code, {s.text(2), kind});
    }
    m_loaded = true;
}

int FacetCodes::code(const QString &facet, const QString &name)
{
    load();
    const bool kind = facet == kKind;
    QHash<QString, int> &codes = kind ? m_kinds : m_techniques;
    if (const auto it = codes.constFind(name); it != codes.cend())
        return *it;
    Statement next(m_db, "SELECT coalesce(max(code), 0) + 1 FROM facet_code");
    const int code = next.next() ? next.integer(0) : 1;
    if (code > 65535)
        throw DatabaseError(QStringLiteral("more than 65535 techniques and metric kinds"), 0);
    Statement insert(m_db, "INSERT INTO facet_code(code, facet, name) VALUES (?, ?, ?)");
    insert.bind(1, code).bind(2, kind ? kKind : kTechnique).bind(3, name);
    insert.run();
    codes.insert(name, code);
    m_names.insert(code, {name, kind});
    return code;
}

int FacetCodes::existingCode(const QString &facet, const QString &name)
{
    load();
    return (facet == kKind ? m_kinds : m_techniques).value(name, 0);
}

QString FacetCodes::name(int code)
{
    load();
    return m_names.value(code).first;
}

bool FacetCodes::isKind(int code)
{
    load();
    return m_names.value(code).second;
}

FacetWriter::FacetWriter(Database &db, const Taxonomy &taxonomy)
    : m_db(db)
    , m_taxonomy(taxonomy)
    , m_codes(db)
    , m_select(db, "SELECT id, year, techniques, kinds FROM paper_facet WHERE sort_key = ?")
    , m_insert(db, "INSERT OR REPLACE INTO paper_facet(sort_key, id, year, techniques, kinds) VALUES (?, ?, ?, ?, ?)")
    , m_delete(db, "DELETE FROM paper_facet WHERE sort_key = ?")
{
}

QByteArray FacetWriter::techniqueCodes(const QStringList &leaves)
{
    std::vector<int> codes;
    for (const QString &leaf : leaves) {
        auto it = m_ancestry.constFind(leaf);
        if (it == m_ancestry.cend()) {
            // The leaf and every group above it; a technique the taxonomy no longer has counts as itself.
            std::vector<int> chain;
            QString id = leaf;
            for (int depth = 0; !id.isEmpty() && depth < 64; ++depth) {
                chain.push_back(m_codes.code(kTechnique, id));
                const TechniqueNode *node = m_taxonomy.node(id);
                id = node ? node->parentId : QString();
            }
            it = m_ancestry.insert(leaf, encodeCodes(chain));
        }
        const QList<int> chain = decodeFacetCodes(it->constData(), it->size());
        codes.insert(codes.end(), chain.cbegin(), chain.cend());
    }
    return encodeCodes(std::move(codes));
}

PaperFacet FacetWriter::facetOf(const Paper &paper)
{
    PaperFacet facet;
    facet.paperId = paper.id;
    facet.year = paper.year;
    QStringList leaves;
    for (const TechniqueFact &t : paper.techniques)
        leaves.append(t.id);
    facet.techniques = techniqueCodes(leaves);
    std::vector<int> kinds;
    for (const MetricFact &m : paper.metrics)
        kinds.push_back(m_codes.code(kKind, m.kind));
    facet.kinds = encodeCodes(std::move(kinds));
    return facet;
}

void FacetWriter::count(const PaperFacet &facet, qint64 sign)
{
    const int year = facet.year.value_or(0);
    const QList<int> techniques = decodeFacetCodes(facet.techniques.constData(), facet.techniques.size());
    const QList<int> kinds = decodeFacetCodes(facet.kinds.constData(), facet.kinds.size());
    for (int t : techniques) {
        m_delta[packFacetKey(t, 0, year)] += sign;
        for (int k : kinds)
            m_delta[packFacetKey(t, k, year)] += sign;
    }
}

std::optional<PaperFacet> FacetWriter::stored(qint64 sortKey)
{
    std::optional<PaperFacet> facet;
    m_select.bind(1, sortKey);
    if (m_select.next())
        facet = PaperFacet{m_select.int64(0), m_select.optionalInt(1), m_select.blob(2), m_select.blob(3)};
    // Compare by content: a blob read back empty is a null QByteArray, one just encoded is not.
    if (facet) {
        if (facet->techniques.isNull())
            facet->techniques = QByteArray("");
        if (facet->kinds.isNull())
            facet->kinds = QByteArray("");
    }
    m_select.reset();
    return facet;
}

void FacetWriter::write(qint64 sortKey, const PaperFacet &facet, std::optional<qint64> previousSortKey)
{
    const qint64 oldKey = previousSortKey.value_or(sortKey);
    if (!m_recounting) {
        if (const auto old = stored(oldKey))
            count(*old, -1);
    }
    if (oldKey != sortKey) {
        m_delete.bind(1, oldKey);
        m_delete.run();
        m_delete.reset();
    }
    // An empty list is an empty blob, never NULL (a null QByteArray binds NULL).
    const auto blob = [](const QByteArray &b) { return b.isNull() ? QByteArray("") : b; };
    m_insert.bind(1, sortKey).bind(2, facet.paperId).bind(3, facet.year).bind(4, blob(facet.techniques));
    m_insert.bind(5, blob(facet.kinds));
    m_insert.run();
    m_insert.reset();
    count(facet, +1);
}

void FacetWriter::remove(qint64 sortKey)
{
    if (!m_recounting) {
        if (const auto old = stored(sortKey))
            count(*old, -1);
    }
    m_delete.bind(1, sortKey);
    m_delete.run();
    m_delete.reset();
}

void FacetWriter::beginRecount()
{
    m_db.exec("DELETE FROM facet_total");
    m_delta.clear();
    m_recounting = true;
}

void FacetWriter::flush()
{
    if (m_delta.isEmpty()) {
        m_recounting = false;
        return;
    }
    Statement add(m_db, "INSERT INTO facet_total(technique, kind, year, papers) VALUES (?1, ?2, ?3, ?4) "
                        "ON CONFLICT(technique, kind, year) DO UPDATE SET papers = papers + ?4");
    for (auto it = m_delta.cbegin(); it != m_delta.cend(); ++it) {
        if (it.value() == 0)
            continue;
        int technique = 0, kind = 0, year = 0;
        unpackFacetKey(it.key(), &technique, &kind, &year);
        add.bind(1, technique).bind(2, kind).bind(3, year).bind(4, it.value());
        add.run();
        add.reset();
    }
    m_delta.clear();
    m_recounting = false;
    m_db.exec("DELETE FROM facet_total WHERE papers = 0");
}

void FacetWriter::rebuild(Database &db, const Taxonomy &taxonomy)
{
    db.exec("DELETE FROM paper_facet");
    FacetWriter writer(db, taxonomy);
    writer.beginRecount();
    Statement papers(db, "SELECT p.sort_key, p.year, p.techniques, "
                         "(SELECT group_concat(kind, ' ') FROM (SELECT DISTINCT kind FROM metric_fact m "
                         "WHERE m.paper_id = p.id)), p.id FROM paper p ORDER BY p.sort_key");
    while (papers.next()) {
        Paper paper;
        paper.id = papers.int64(4);
        paper.year = papers.optionalInt(1);
        for (const QString &id : papers.text(2).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            paper.techniques.append({id, -1, -1});
        for (const QString &kind : papers.text(3).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            paper.metrics.append(MetricFact{kind, 0, {}, {}, {}, 0, 0});
        writer.write(papers.int64(0), writer.facetOf(paper));
    }
    writer.flush();
    // Metric rows repeat their paper's techniques (the distribution view reads them from one index).
    db.exec("UPDATE metric_fact SET techniques = (SELECT f.techniques FROM paper_facet f WHERE f.id = paper_id)");
}

// The aggregate lectern_facet_counts(year, techniques, kinds).
namespace {

struct FacetAccumulator {
    QHash<quint64, qint64> *counts;
};

void facetStep(sqlite3_context *context, int, sqlite3_value **argv)
{
    auto *acc = static_cast<FacetAccumulator *>(sqlite3_aggregate_context(context, sizeof(FacetAccumulator)));
    if (!acc)
        return sqlite3_result_error_nomem(context);
    if (!acc->counts)
        acc->counts = new QHash<quint64, qint64>;
    const int year = sqlite3_value_type(argv[0]) == SQLITE_INTEGER ? sqlite3_value_int(argv[0]) : 0;
    const auto *t = static_cast<const char *>(sqlite3_value_blob(argv[1]));
    const int tn = sqlite3_value_bytes(argv[1]) / 2;
    if (tn == 0)
        return;
    const auto *k = static_cast<const char *>(sqlite3_value_blob(argv[2]));
    const int kn = sqlite3_value_bytes(argv[2]) / 2;
    for (int i = 0; i < tn; ++i) {
        const int technique = qFromLittleEndian<quint16>(t + 2 * i);
        ++(*acc->counts)[packFacetKey(technique, 0, year)];
        for (int j = 0; j < kn; ++j)
            ++(*acc->counts)[packFacetKey(technique, qFromLittleEndian<quint16>(k + 2 * j), year)];
    }
}

void facetFinal(sqlite3_context *context)
{
    auto *acc = static_cast<FacetAccumulator *>(sqlite3_aggregate_context(context, 0));
    if (!acc || !acc->counts) {
        sqlite3_result_zeroblob(context, 0);
        return;
    }
    QByteArray out(acc->counts->size() * 16, Qt::Uninitialized);
    char *p = out.data();
    for (auto it = acc->counts->cbegin(); it != acc->counts->cend(); ++it, p += 16) {
        qToLittleEndian<quint64>(it.key(), p);
        qToLittleEndian<qint64>(it.value(), p + 8);
    }
    delete acc->counts;
    acc->counts = nullptr;
    sqlite3_result_blob64(context, out.constData(), sqlite3_uint64(out.size()), SQLITE_TRANSIENT);
}

void hasCode(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *codes = static_cast<const char *>(sqlite3_value_blob(argv[0]));
    const int n = sqlite3_value_bytes(argv[0]) / 2;
    const int wanted = sqlite3_value_int(argv[1]);
    for (int i = 0; i < n; ++i) {
        if (qFromLittleEndian<quint16>(codes + 2 * i) == wanted)
            return sqlite3_result_int(context, 1);
    }
    sqlite3_result_int(context, 0);
}

} // namespace

void registerFacetFunctions(Database &db)
{
    if (const int rc =
            sqlite3_create_function_v2(db.handle(), "lectern_has_code", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                       hasCode, nullptr, nullptr, nullptr);
        rc != SQLITE_OK)
        db.fail(rc, "registering lectern_has_code");
    const int rc =
        sqlite3_create_function_v2(db.handle(), "lectern_facet_counts", 3, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                   nullptr, facetStep, facetFinal, nullptr);
    if (rc != SQLITE_OK)
        db.fail(rc, "registering lectern_facet_counts");
}

QList<FacetCount> decodeFacetCounts(FacetCodes &codes, const QByteArray &blob)
{
    QList<FacetCount> result;
    result.reserve(blob.size() / 16);
    for (qsizetype i = 0; i + 15 < blob.size(); i += 16) {
        int technique = 0, kind = 0, year = 0;
        unpackFacetKey(qFromLittleEndian<quint64>(blob.constData() + i), &technique, &kind, &year);
        result.append({codes.name(technique), kind ? codes.name(kind) : QString(), year,
                       qFromLittleEndian<qint64>(blob.constData() + i + 8)});
    }
    return result;
}

QList<FacetCount> readFacetTotals(Database &db, FacetCodes &codes)
{
    QList<FacetCount> result;
    Statement s(db, "SELECT technique, kind, year, papers FROM facet_total WHERE papers > 0");
    while (s.next()) {
        const int kind = s.integer(1);
        result.append({codes.name(s.integer(0)), kind ? codes.name(kind) : QString(), s.integer(2), s.int64(3)});
    }
    return result;
}

} // namespace lectern
