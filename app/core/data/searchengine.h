#pragma once

#include "domain/entities.h"

#include <QString>
#include <QVector>

#include <optional>

namespace atlas {

class Database;

/// \brief One search result: an entity with its titles, date and source.
struct SearchHit
{
    QString type;       ///< policy, jurisdiction, organization, company, activity, standard, statistic, reference
    QString id;
    QString titleKo;
    QString titleEn;
    QString date;
    QString source;     ///< citation: locator and printed page
    double score = 0;   ///< lower is better
};

/// \brief Searches every entity of the database in Korean and English.
///
/// Any string is a valid query: it is split into terms, and every term is bound as a value or quoted
/// as an FTS5 phrase, never spliced into SQL or FTS syntax (`"`, `*`, `NEAR(` and `'; DROP TABLE` are
/// plain text). Terms of three or more characters use the FTS5 trigram index; two-character terms
/// (기본, 법안, AI) match any of the stored trigrams that begin or end with them (search_trigram),
/// because trigram MATCH needs three characters and SQLite 3.40's trigram LIKE silently misses
/// two-syllable Hangul; single characters are scanned for. All terms must match. Results rank the
/// query as a word of a title first, then title matches, then by the index's stored order (priority,
/// newest first); only the first kCandidates matches of each kind are ranked, so the cost does not
/// grow with the number of matching rows.
class SearchEngine
{
public:
    explicit SearchEngine(const Database& database) : m_db(database) {}

    static constexpr int kMaxQueryLength = 200;   ///< longer input is cut (a pasted paragraph still works)
    static constexpr int kMaxTerms = 8;
    static constexpr int kCandidates = 500;        ///< matches ranked per kind (in a title / anywhere)
    static constexpr int kMaxTrigramAlternatives = 2000;

    /// Nothing is found while this is non-empty: the search index failed its integrity check (English;
    /// Database::searchIndexProblem). Waits for that check the first time.
    QString unavailableReason() const;
    QVector<SearchHit> search(const QString& query, const QString& type = {}, int limit = 50) const;
    static QStringList types();
    /// The terms a query is split into (normalised, deduplicated, at most kMaxTerms).
    static QStringList terms(const QString& query);
    /// \a text with its characters in reverse order (search_trigram.rev, written by the builder).
    static QString reversed(const QString& text);

private:
    bool hasTrigramTable() const;
    /// The FTS5 group matching a two-character term; empty if no text holds the term; nullopt to scan
    /// for it instead.
    std::optional<QString> twoCharacterGroup(const QString& term) const;

    const Database& m_db;
};

} // namespace atlas
