#pragma once

#include "domain/paper.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace lectern {

// The title ignoring case, punctuation, spacing and diacritics: "Lite-Pose: Efficient…" → "liteposeefficient…".
QString titleKey(QStringView title);
// The abstract's words, lower-cased, without punctuation and diacritics; the unit of abstract comparison.
QStringList abstractWords(QStringView abstract);
// The first words of the abstract, joined: equal for an abstract and a listing's cut-short copy of it.
// Empty when the abstract is too short to identify a paper.
QString abstractKey(QStringView abstract);
// yyyymmdd with unknown parts 0, from the year and the date as given ("May 2, 2022", "Jul 25", "2023-04-01").
int sortDate(const std::optional<int> &year, const QString &date);

// Adds the terms the full-text index makes of `text` (letters and digits, lower-cased, diacritics removed, as
// FTS5's unicode61 tokenizer with remove_diacritics 2 does) to `terms`.
void collectFullTextTerms(QStringView text, QSet<QString> &terms);

// What identifies a paper besides its ids, computed once per paper: de-duplication looks it up and the store
// indexes it.
struct PaperKeys {
    QString title;    // titleKey(), empty for a provisional title
    QString abstract; // abstractKey(), empty for a short or missing abstract
};
PaperKeys paperKeys(const Paper &paper);

} // namespace lectern
