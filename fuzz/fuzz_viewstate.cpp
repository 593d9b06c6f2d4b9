// libFuzzer target: saved views, as a file (ViewState::fromJson) and as a link (ViewState::fromLink).
// Whatever either accepts must survive a round trip through toJson() and toLink() unchanged: the app
// writes views with those and must be able to open them again. Its selection is then checked against
// the shipped database as the app does when it opens a view (ViewState::knownSelection): what is kept
// and what is left out must add up to the view's selection, and everything kept must exist.
#include "fuzzcheck.h"

#include "data/database.h"
#include "data/repository.h"
#include "viewstate/viewstate.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {
atlas::Database* g_database = nullptr;

void checkAgainstTheDatabase(const atlas::ViewState& view)
{
    const atlas::Repository repo(*g_database);
    const atlas::ViewState::KnownSelection known = view.knownSelection(repo);
    const atlas::SelectionState::Snapshot& in = view.selection;
    const atlas::SelectionState::Snapshot& kept = known.selection;
    FUZZ_CHECK(kept.jurisdictions.size() + known.unknownJurisdictions.size() == in.jurisdictions.size());
    FUZZ_CHECK(kept.policies.size() + known.unknownPolicies.size() == in.policies.size());
    FUZZ_CHECK(kept.companies.size() + known.unknownCompanies.size() == in.companies.size());
    FUZZ_CHECK(kept.field == in.field || (kept.field.isEmpty() && known.unknownField == in.field));
    FUZZ_CHECK(kept.timeRange == in.timeRange);
    for (const QString& id : kept.jurisdictions)
        FUZZ_CHECK(in.jurisdictions.contains(id) && repo.jurisdiction(id).has_value());
    for (qint64 id : kept.policies)
        FUZZ_CHECK(in.policies.contains(id) && repo.policy(id).has_value());
    for (qint64 id : kept.companies)
        FUZZ_CHECK(in.companies.contains(id) && repo.companies({id}).size() == 1);
    FUZZ_CHECK(known.complete() == (kept == in));
}

bool same(const atlas::ViewState& a, const atlas::ViewState& b)
{
    return a.mapLayer == b.mapLayer && a.chart == b.chart && a.lang == b.lang && a.selection == b.selection;
}

void checkRoundTrip(const atlas::ViewState& view)
{
    QString error;
    const auto fromFile = atlas::ViewState::fromJson(view.toJson(), &error);
    FUZZ_CHECK(fromFile && same(*fromFile, view));
    const auto fromLink = atlas::ViewState::fromLink(view.toLink(), &error);
    FUZZ_CHECK(fromLink && same(*fromLink, view));
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    g_database = new atlas::Database;
    const auto opened = g_database->open(QStringLiteral(ATLAS_FUZZ_DATABASE));
    if (!opened.ok()) {
        std::fprintf(stderr, "fuzz_viewstate: cannot open %s: %s\n", ATLAS_FUZZ_DATABASE, qPrintable(opened.message));
        std::exit(1);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QString error;
    if (const auto view = atlas::ViewState::fromJson(bytes, &error)) {
        checkRoundTrip(*view);
        checkAgainstTheDatabase(*view);
    } else
        FUZZ_CHECK(!error.isEmpty());
    error.clear();
    if (const auto view = atlas::ViewState::fromLink(QString::fromUtf8(bytes), &error)) {
        checkRoundTrip(*view);
        checkAgainstTheDatabase(*view);
    } else
        FUZZ_CHECK(!error.isEmpty());
    return 0;
}
