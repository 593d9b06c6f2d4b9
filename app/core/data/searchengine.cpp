#include "searchengine.h"

#include "database.h"

#include <QSet>

#include <algorithm>

namespace atlas {

QStringList SearchEngine::types()
{
    return {QStringLiteral("policy"),   QStringLiteral("jurisdiction"), QStringLiteral("organization"),
            QStringLiteral("company"),  QStringLiteral("activity"),     QStringLiteral("standard"),
            QStringLiteral("statistic"), QStringLiteral("reference")};
}

QStringList SearchEngine::terms(const QString& query)
{
    QString q = query.left(kMaxQueryLength * 4);
    // Control and format characters separate terms like spaces do; everything else is literal text.
    for (QChar& c : q)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QLatin1Char(' ');
    q = q.left(kMaxQueryLength);
    // "Quoted words" stay together as one phrase; the rest splits at spaces.
    QStringList out;
    QSet<QString> seen;
    const auto add = [&](const QString& raw) {
        const QString term = raw.simplified().toLower();
        if (term.isEmpty() || seen.contains(term) || out.size() >= kMaxTerms)
            return;
        seen.insert(term);
        out.append(term);
    };
    const QStringList parts = q.split(QLatin1Char('"'));
    for (int i = 0; i < parts.size(); ++i) {
        if (i % 2 == 1 && i + 1 < parts.size()) {
            add(parts.at(i));
        } else {
            for (const QString& w : parts.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                add(w);
        }
    }
    return out;
}

namespace {

bool isAsciiWord(const QString& t)
{
    for (QChar c : t)
        if (c.unicode() > 127 || !c.isLetterOrNumber())
            return false;
    return true;
}

QString ftsPhrase(const QString& text)
{
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

} // namespace

QString SearchEngine::reversed(const QString& text)
{
    QList<uint> codes = text.toUcs4();
    std::reverse(codes.begin(), codes.end());
    return QString::fromUcs4(reinterpret_cast<const char32_t*>(codes.constData()), codes.size());
}

bool SearchEngine::hasTrigramTable() const
{
    QString error;
    SqliteStatement q = m_db.connection().prepare(
        QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_trigram'"), &error);
    return q.isValid() && q.step();
}

std::optional<QString> SearchEngine::twoCharacterGroup(const QString& term) const
{
    // Short Latin words match at the start of a word ('AI' is not the 'ai' of 'Spain'): the trigrams
    // that end with the term after a character that is not a letter or digit. Anything else matches
    // anywhere: the trigrams that begin or end with it. The texts are indexed with a space on either
    // side, so no occurrence lies outside a trigram.
    const bool wordStart = isAsciiWord(term);
    const QString sql = wordStart
        ? QStringLiteral("SELECT term FROM search_trigram WHERE rev >= ?2 AND rev < ?2 || char(1114111)")
        : QStringLiteral("SELECT term FROM search_trigram WHERE (term >= ?1 AND term < ?1 || char(1114111)) "
                         "OR (rev >= ?2 AND rev < ?2 || char(1114111))");
    QString error;
    SqliteStatement q = m_db.connection().prepare(sql, &error);
    if (!q.isValid())
        return std::nullopt;
    if (!wordStart)
        q.bind(1, term);
    q.bind(2, reversed(term));
    QStringList alternatives;
    while (q.step()) {
        const QString trigram = q.text(0);
        const QChar before = trigram.at(0);
        if (wordStart && before.unicode() < 128 && before.isLetterOrNumber())
            continue;
        if (alternatives.size() >= kMaxTrigramAlternatives)
            return std::nullopt;   // too common a pair of characters: the caller scans instead
        alternatives.append(ftsPhrase(trigram));
    }
    if (alternatives.isEmpty())
        return QString(QLatin1String(""));   // no text holds it
    return QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

QString SearchEngine::unavailableReason() const
{
    return m_db.isOpen() ? m_db.searchIndexProblem() : QString();
}

QVector<SearchHit> SearchEngine::search(const QString& query, const QString& type, int limit) const
{
    QVector<SearchHit> hits;
    const QStringList words = terms(query);
    if (words.isEmpty() || !m_db.isOpen() || (!type.isEmpty() && !types().contains(type)))
        return hits;
    if (!unavailableReason().isEmpty())
        return hits;   // a damaged index is not read: the caller says why (unavailableReason)
    limit = std::clamp(limit, 1, 1000);

    // Each term becomes an FTS5 group (all must match): a quoted phrase for three or more characters,
    // the trigrams around it for two; single characters (and two, on databases built before
    // search_trigram) are scanned for in the text. Every term is a bound value or a quoted phrase.
    QStringList groups, scanTerms;
    const bool trigrams = hasTrigramTable();
    for (const QString& w : words) {
        std::optional<QString> group;
        if (w.size() >= 3)
            group = ftsPhrase(w);
        else if (w.size() == 2 && trigrams)
            group = twoCharacterGroup(w);
        if (group && group->isEmpty())
            return hits;
        if (group)
            groups.append(*group);
        else
            scanTerms.append(w);
    }
    QStringList scan;
    for (const QString& t : scanTerms) {
        // LIKE runs on an expression, not on the trigram column, so SQLite 3.40's two-syllable
        // trigram-LIKE bug does not apply.
        if (isAsciiWord(t))
            scan.append(QStringLiteral("(' ' || lower(f.title_ko || ' ' || f.title_en || ' ' || f.body)) "
                                       "GLOB ('*[^a-z0-9]' || ? || '*')"));
        else
            scan.append(QStringLiteral("instr(lower(f.title_ko || ' ' || f.title_en || ' ' || f.body), ?) > 0"));
    }
    if (!type.isEmpty())
        scan.append(QStringLiteral("f.type = ?"));
    const QString filter = scan.isEmpty() ? QString() : QStringLiteral(" AND ") + scan.join(QStringLiteral(" AND "));

    // Candidates. Rows are stored best first (priority, then newest), so the first kCandidates matches
    // in rowid order — those in a title, and any — hold the best results, and the index stops there:
    // the cost stays flat however many rows match. Without an index term, every row is scanned.
    QString candidates;
    if (!groups.isEmpty()) {
        const QString capped = QStringLiteral("SELECT rowid FROM (SELECT f.rowid FROM search_fts f WHERE search_fts MATCH ?")
            + filter + QStringLiteral(" ORDER BY f.rowid LIMIT %1)").arg(kCandidates);
        candidates = capped + QStringLiteral(" UNION ") + capped;
    } else {
        candidates = QStringLiteral("SELECT f.rowid FROM search_fts f WHERE 1") + filter;
    }
    // The ranking: the whole query as a word of the English title, then in a title, then the stored
    // order. Texts are read from the index's content table by rowid (a plain table: far cheaper than
    // reading through the FTS5 module), trimmed of the index's padding.
    const QString sql = QStringLiteral(
        "WITH cand(r) AS MATERIALIZED (%1) "
        "SELECT c.c0, c.c1, trim(c.c2), trim(c.c3), c.c5, s.locator, s.page, "
        "  (instr(lower(c.c2), ?) > 0 OR instr(lower(c.c3), ?) > 0) AS in_title, "
        "  ((' ' || lower(c.c3) || ' ') GLOB ('*[^a-z0-9]' || ? || '[^a-z0-9]*')) AS title_word "
        "FROM cand JOIN search_fts_content c ON c.id = cand.r LEFT JOIN source s ON s.id = c.c6 "
        "ORDER BY title_word DESC, in_title DESC, c.c7, c.c5 DESC, cand.r LIMIT ?")
                            .arg(candidates);
    QString error;
    SqliteStatement q = m_db.connection().prepare(sql, &error);
    if (!q.isValid())
        return hits;
    int n = 1;
    const auto bindFilter = [&] {
        for (const QString& t : scanTerms)
            q.bind(n++, t);
        if (!type.isEmpty())
            q.bind(n++, type);
    };
    if (!groups.isEmpty()) {
        const QString all = groups.join(QStringLiteral(" AND "));
        q.bind(n++, QStringLiteral("{title_ko title_en} : (") + all + QLatin1Char(')'));
        bindFilter();
        q.bind(n++, all);
        bindFilter();
    } else {
        bindFilter();
    }
    const QString whole = words.join(QLatin1Char(' '));
    q.bind(n++, whole);
    q.bind(n++, whole);
    QString globSafe;  // the whole query as a literal inside a GLOB pattern
    for (QChar c : whole)
        globSafe += (c == QLatin1Char('*') || c == QLatin1Char('?') || c == QLatin1Char('['))
            ? QLatin1Char('[') + QString(c) + QLatin1Char(']')
            : QString(c);
    q.bind(n++, globSafe);
    // Twice the limit: an entity found both under its name and an alias appears once.
    q.bind(n++, limit * 2);
    QSet<QString> seen;
    while (q.step() && hits.size() < limit) {
        const QString key = q.text(0) + QLatin1Char('/') + q.text(1);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        SearchHit h;
        h.type = q.text(0);
        h.id = q.text(1);
        h.titleKo = q.text(2);
        h.titleEn = q.text(3);
        h.date = q.text(4);
        const QString locator = q.text(5);
        h.source = locator.isEmpty() ? QString() : locator + QStringLiteral(", p.") + QString::number(q.integer(6));
        h.score = static_cast<double>(hits.size());
        hits.append(h);
    }
    return hits;
}

} // namespace atlas
