#include "store/paperreader.h"

#include "store/database.h"
#include "store/statement.h"

#include <QHash>

#include <algorithm>

namespace lectern {

PaperReader::PaperReader(Database &db)
    : m_db(db)
{
}

Statement &PaperReader::cached(std::optional<Statement> &slot, const char *sql)
{
    if (!slot)
        slot.emplace(m_db, sql);
    else
        slot->reset(); // in case an exception left it mid-result
    return *slot;
}

Paper PaperReader::load(qint64 id)
{
    Statement &s = cached(
        m_paper, "SELECT title, title_provisional, abstract, author_count, year, date, venue, arxiv, doi, url, "
                 "comment, upvotes, type, volume, issue, pages, publisher, editors, citation_key, status, rating, "
                 "priority, note FROM paper WHERE id = ?");
    s.bind(1, id);
    Paper p;
    if (!s.next()) {
        s.reset();
        throw DatabaseError(QStringLiteral("no paper %1").arg(id), 0);
    }
    p.id = id;
    p.title = s.text(0);
    p.titleIsProvisional = s.int64(1) != 0;
    p.abstract = s.text(2);
    p.authorCount = s.optionalInt(3);
    p.year = s.optionalInt(4);
    p.date = s.text(5);
    p.venue = s.text(6);
    p.arxivId = s.text(7);
    p.doi = s.text(8);
    p.url = s.text(9);
    p.comment = s.text(10);
    p.upvotes = s.optionalInt(11);
    p.type = s.text(12);
    p.volume = s.text(13);
    p.issue = s.text(14);
    p.pages = s.text(15);
    p.publisher = s.text(16);
    p.editors = s.text(17).split(QStringLiteral("; "), Qt::SkipEmptyParts);
    p.citationKey = s.text(18);
    p.status = ReadingStatus(std::clamp(s.integer(19), 0, 2));
    p.rating = s.integer(20);
    p.priority = Priority(std::clamp(s.integer(21), 0, 2));
    p.note = s.text(22);
    s.reset();

    Statement &authors = cached(m_authors, "SELECT a.name FROM paper_author pa JOIN author a ON a.id = pa.author_id "
                                           "WHERE pa.paper_id = ? ORDER BY pa.position");
    authors.bind(1, id);
    while (authors.next())
        p.authors.append(authors.text(0));
    authors.reset();
    Statement &techniques =
        cached(m_techniques, "SELECT technique, start, end FROM technique_fact WHERE paper_id = ? ORDER BY technique");
    techniques.bind(1, id);
    while (techniques.next())
        p.techniques.append({techniques.text(0), techniques.int64(1), techniques.int64(2)});
    techniques.reset();
    Statement &metrics = cached(m_metrics, "SELECT kind, value, unit, direction, text, start, end FROM metric_fact "
                                           "WHERE paper_id = ? ORDER BY start, id");
    metrics.bind(1, id);
    while (metrics.next()) {
        p.metrics.append({metrics.text(0), metrics.real(1), metrics.text(2), metrics.text(3), metrics.text(4),
                          metrics.int64(5), metrics.int64(6)});
    }
    metrics.reset();
    p.tags = tags(id);
    return p;
}

QStringList PaperReader::tags(qint64 id)
{
    Statement &s =
        cached(m_tags, "SELECT t.name FROM paper_tag pt JOIN tag t ON t.id = pt.tag_id WHERE pt.paper_id = ? "
                       "ORDER BY t.name");
    s.bind(1, id);
    QStringList result;
    while (s.next())
        result.append(s.text(0));
    s.reset();
    return result;
}

QList<SourceRef> PaperReader::sources(qint64 id)
{
    Statement s(m_db, "SELECT f.id, f.path, f.format, s.position, s.line FROM source s "
                      "JOIN source_file f ON f.id = s.file_id WHERE s.paper_id = ? ORDER BY f.id, s.position");
    s.bind(1, id);
    QList<SourceRef> result;
    while (s.next())
        result.append({s.int64(0), s.text(1), s.text(2), s.integer(3), s.integer(4)});
    return result;
}

QString PaperReader::rawRecord(qint64 fileId, int position)
{
    Statement s(m_db, "SELECT f.content, s.raw_start, s.raw_end FROM source s JOIN source_file f ON f.id = s.file_id "
                      "WHERE s.file_id = ? AND s.position = ?");
    s.bind(1, fileId).bind(2, position);
    if (!s.next())
        return {};
    const QString text = QString::fromUtf8(qUncompress(s.blob(0)));
    const qsizetype start = std::clamp<qsizetype>(s.int64(1), 0, text.size());
    const qsizetype end = std::clamp<qsizetype>(s.int64(2), start, text.size());
    return text.mid(start, end - start);
}

} // namespace lectern
