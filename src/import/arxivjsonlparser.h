#pragma once

#include "import/formatparser.h"

namespace lectern {

// The arXiv metadata snapshot (Kaggle's arxiv-metadata-oai-snapshot.json): one JSON object per line with id,
// submitter, authors, title, comments, journal-ref, doi, report-no, categories, license, abstract, versions,
// update_date and authors_parsed. Authors come from authors_parsed ([family, given, suffix]) when present, else
// from the authors string ("A. One, B. Two and C. Three", affiliations in parentheses dropped). The date is the
// day version 1 was submitted ("2007-04-02"; update_date when there are no versions). Categories become tags as
// in the Atom feed ("arXiv/hep-ph"); the type is misc unless a journal reference makes it an article. The report
// number has no field in Lectern and is not read. LaTeX in titles and abstracts ("$\alpha$", "{\em ...}") is left
// as the snapshot has it.
//
// A snapshot has millions of lines: each is parsed on its own with QJsonDocument, so a broken line costs only its
// record and is reported with its line number.
class ArxivJsonlParser final : public FormatParser
{
public:
    QString id() const override;
    QString displayName() const override;
    int confidence(QStringView text) const override;
    ParseResult parse(QStringView text) const override;

    // "A. One, B. Two and C. Three" → three names; parenthesised affiliations are dropped.
    static QStringList splitAuthors(QStringView authors);
};

} // namespace lectern
