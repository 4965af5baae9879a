#pragma once

#include "domain/curation.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lectern {

// A technique the extractor assigned to a paper; the span is the signal that triggered it, as code-point
// offsets into the abstract (end exclusive), or -1/-1 when the signal was in the title only.
struct TechniqueFact {
    QString id;
    qsizetype start = -1;
    qsizetype end = -1;

    friend bool operator==(const TechniqueFact &, const TechniqueFact &) = default;
};

// A reported number. Offsets are code points into the abstract, end exclusive.
struct MetricFact {
    QString kind; // one of the kinds of LABELING.md: speedup, latency, memory, ...
    double value = 0;
    QString unit;      // "x", "%", "ms", "GB", ...
    QString direction; // "reduction", "increase" or "absolute"
    QString text;      // the exact substring of the abstract
    qsizetype start = 0;
    qsizetype end = 0;

    friend bool operator==(const MetricFact &, const MetricFact &) = default;
};

struct Paper {
    qint64 id = 0;
    QString title;
    bool titleIsProvisional = false;
    QString abstract;
    QStringList authors;
    std::optional<int> authorCount; // when a listing gives only "N authors"
    std::optional<int> year;
    QString date; // as given, e.g. "May 2, 2022" or "Jul 25"
    QString venue;
    QString arxivId; // canonical, without version, e.g. "2312.03863" or "hep-th/9901001"
    QString doi;     // canonical, lower-case, without resolver prefix
    QString url;
    QString comment;
    std::optional<int> upvotes;

    // Bibliographic detail from BibTeX, RIS, CSL-JSON, MEDLINE and CSV. `type` is a BibTeX entry type in lower
    // case ("article", "inproceedings", "book", "incollection", "phdthesis", "mastersthesis", "techreport",
    // "misc", "unpublished", "online"); empty when the source does not say (a listing).
    QString type;
    QString volume;
    QString issue;
    QString pages; // a range with an en dash, as LaTeX writes "12--34": "12–34"
    QString publisher;
    QStringList editors; // display names, like authors
    // The citation key: the one the file gave (a BibTeX key) when it is free, else one generated from the
    // library's pattern. Assigned once when the paper is stored, unique in the library, never changed by an
    // export.
    QString citationKey;
    // Tags given by the source: BibTeX/RIS keywords, a Markdown list's heading path. "/" separates the levels
    // of a hierarchical tag ("Model Compression/Quantization/Post-Training Quantization").
    QStringList tags;

    QList<TechniqueFact> techniques;
    QList<MetricFact> metrics;

    // The user's curation (see domain/curation.h), read from the library; imports neither set nor change it.
    ReadingStatus status = ReadingStatus::Unread;
    int rating = 0; // 0 (unrated) to kMaxRating
    Priority priority = Priority::Normal;
    QString note; // Markdown, as the user typed it

    int effectiveAuthorCount() const { return authors.isEmpty() ? authorCount.value_or(0) : int(authors.size()); }
};

} // namespace lectern
