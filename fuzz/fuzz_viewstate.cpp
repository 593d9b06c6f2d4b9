// libFuzzer target: saved views, as a file (ViewState::fromJson) and as a link (ViewState::fromLink).
// Whatever either accepts must survive a round trip through toJson() and toLink() unchanged: the app
// writes views with those and must be able to open them again.
#include "fuzzcheck.h"

#include "viewstate/viewstate.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace {
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

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QString error;
    if (const auto view = atlas::ViewState::fromJson(bytes, &error))
        checkRoundTrip(*view);
    else
        FUZZ_CHECK(!error.isEmpty());
    error.clear();
    if (const auto view = atlas::ViewState::fromLink(QString::fromUtf8(bytes), &error))
        checkRoundTrip(*view);
    else
        FUZZ_CHECK(!error.isEmpty());
    return 0;
}
