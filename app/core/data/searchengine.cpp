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

QVector<SearchHit> SearchEngine::search(const QString& query, const QString& type, int limit) const
{
    QVector<SearchHit> hits;
    const QStringList words = terms(query);
    if (words.isEmpty() || !m_db.isOpen() || (!type.isEmpty() && !types().contains(type)))
        return hits;
    limit = std::clamp(limit, 1, 1000);

    QStringList longTerms, shortTerms;
    for (const QString& w : words)
        (w.size() >= 3 ? longTerms : shortTerms).append(w);

    // Built from fixed fragments only; every term is a bound value.
    QStringList where;
    if (!longTerms.isEmpty())
        where.append(QStringLiteral("search_fts MATCH ?"));
    const auto isAsciiWord = [](const QString& t) {
        for (QChar c : t)
            if (c.unicode() > 127 || !c.isLetterOrNumber())
                return false;
        return true;
    };
    for (const QString& t : shortTerms) {
        // Short Latin terms match at the start of a word ('AI' is not the 'ai' of 'Spain'); short Korean
        // terms anywhere, since particles attach to words. LIKE runs on an expression, not on the trigram
        // column, so SQLite 3.40's two-syllable trigram-LIKE bug does not apply.
        if (isAsciiWord(t))
            where.append(QStringLiteral("(' ' || lower(f.title_ko || ' ' || f.title_en || ' ' || f.body)) "
                                        "GLOB ('*[^a-z0-9]' || ? || '*')"));
        else
            where.append(QStringLiteral("instr(lower(f.title_ko || ' ' || f.title_en || ' ' || f.body), ?) > 0"));
    }
    if (!type.isEmpty())
        where.append(QStringLiteral("f.type = ?"));
    const QString rank = longTerms.isEmpty() ? QStringLiteral("0") : QStringLiteral("bm25(search_fts, 10.0, 10.0, 1.0)");
    const QString sql = QStringLiteral(
        "SELECT f.type, f.id, f.title_ko, f.title_en, f.date, s.locator, s.page, %1 AS score, "
        "  (instr(lower(f.title_ko), ?) > 0 OR instr(lower(f.title_en), ?) > 0) AS in_title, "
        "  ((' ' || lower(f.title_en) || ' ') GLOB ('*[^a-z0-9]' || ? || '[^a-z0-9]*')) AS title_word "
        "FROM search_fts f LEFT JOIN source s ON s.id = f.source_id "
        "WHERE %2 ORDER BY title_word DESC, in_title DESC, f.priority, score, f.date DESC LIMIT ?")
                            .arg(rank, where.join(QStringLiteral(" AND ")));
    QString error;
    SqliteStatement q = m_db.connection().prepare(sql, &error);
    if (!q.isValid())
        return hits;
    int n = 1;
    const QString whole = words.join(QLatin1Char(' '));
    q.bind(n++, whole);
    q.bind(n++, whole);
    QString globSafe;  // the whole query as a literal inside a GLOB pattern
    for (QChar c : whole)
        globSafe += (c == QLatin1Char('*') || c == QLatin1Char('?') || c == QLatin1Char('['))
            ? QLatin1Char('[') + QString(c) + QLatin1Char(']')
            : QString(c);
    q.bind(n++, globSafe);
    if (!longTerms.isEmpty()) {
        QStringList phrases;
        for (const QString& t : longTerms)
            phrases.append(QLatin1Char('"') + QString(t).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"'));
        q.bind(n++, phrases.join(QStringLiteral(" AND ")));
    }
    for (const QString& t : shortTerms)
        q.bind(n++, t);
    if (!type.isEmpty())
        q.bind(n++, type);
    // Twice the limit: an entity found both under its name and an alias appears once.
    q.bind(n++, limit * 2);
    QSet<QString> seen;
    while (q.step() && hits.size() < limit) {
        if (seen.contains(q.text(0) + QLatin1Char('/') + q.text(1)))
            continue;
        seen.insert(q.text(0) + QLatin1Char('/') + q.text(1));
        SearchHit h;
        h.type = q.text(0);
        h.id = q.text(1);
        h.titleKo = q.text(2);
        h.titleEn = q.text(3);
        h.date = q.text(4);
        const QString locator = q.text(5);
        h.source = locator.isEmpty() ? QString() : locator + QStringLiteral(", p.") + QString::number(q.integer(6));
        h.score = q.real(7);
        hits.append(h);
    }
    return hits;
}

} // namespace atlas
