#pragma once

#include "domain/entities.h"

#include <QString>
#include <QVector>

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
/// Any string is a valid query: it is split into terms, and every term is bound as a value, never
/// spliced into SQL or FTS syntax. Terms of three or more characters use the FTS5 trigram index (as a
/// quoted phrase, so `"`, `*`, `NEAR(` and `'; DROP TABLE` are plain text); shorter terms (기본, 법안, AI)
/// use instr(), because trigram MATCH needs three characters and SQLite 3.40's trigram LIKE silently
/// misses two-syllable Hangul. All terms must match.
class SearchEngine
{
public:
    explicit SearchEngine(const Database& database) : m_db(database) {}

    static constexpr int kMaxQueryLength = 200;   ///< longer input is cut (a pasted paragraph still works)
    static constexpr int kMaxTerms = 8;

    QVector<SearchHit> search(const QString& query, const QString& type = {}, int limit = 50) const;
    static QStringList types();
    /// The terms a query is split into (normalised, deduplicated, at most kMaxTerms).
    static QStringList terms(const QString& query);

private:
    const Database& m_db;
};

} // namespace atlas
