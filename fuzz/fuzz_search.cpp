// libFuzzer target: the search query path against the shipped database: splitting the user's string
// into terms, building the bound FTS5 / instr / GLOB query and running it (SearchEngine::search).
//
// Input: the first byte picks the type filter (one of SearchEngine::types() or none) and the limit;
// the rest is the query as UTF-8.
#include "fuzzcheck.h"

#include "data/database.h"
#include "data/searchengine.h"

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {
atlas::Database* g_database = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    g_database = new atlas::Database;
    const auto opened = g_database->open(QStringLiteral(ATLAS_FUZZ_DATABASE));
    if (!opened.ok()) {
        std::fprintf(stderr, "fuzz_search: cannot open %s: %s\n", ATLAS_FUZZ_DATABASE,
                     qPrintable(opened.message));
        std::exit(1);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QStringList types = atlas::SearchEngine::types();
    const int selector = data[0];
    const QString type = selector % (types.size() + 1) == 0 ? QString() : types.at(selector % (types.size() + 1) - 1);
    const int limit = selector / (static_cast<int>(types.size()) + 1) - 2;   // also 0 and negative
    const QString query = QString::fromUtf8(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));

    const QStringList terms = atlas::SearchEngine::terms(query);
    FUZZ_CHECK(terms.size() <= atlas::SearchEngine::kMaxTerms);
    for (const QString& t : terms)
        FUZZ_CHECK(!t.isEmpty() && t.size() <= atlas::SearchEngine::kMaxQueryLength);

    const atlas::SearchEngine engine(*g_database);
    const QVector<atlas::SearchHit> hits = engine.search(query, type, limit);
    FUZZ_CHECK(hits.size() <= std::max(limit, 1));
    for (const atlas::SearchHit& h : hits)
        FUZZ_CHECK(type.isEmpty() || h.type == type);
    return 0;
}
