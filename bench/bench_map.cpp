// World map benchmarks: what a user waits for at start-up, on every repaint and on every click.
// Run: <build>/bin/bench_map (offscreen by default; --png DIR also writes the benchmarked picture).
#include "data/database.h"
#include "data/maprepository.h"
#include "geo/maprenderer.h"
#include "geo/worldgeometry.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>

#include <benchmark/benchmark.h>

#include <cstring>

using namespace atlas;

namespace {
const QRectF kTarget(0, 0, 1920, 1080);

const MapData& mapData()
{
    static const MapData data = [] {
        Database db;
        if (!db.open(QStringLiteral(ATLAS_BENCH_DATABASE)).ok())
            qFatal("cannot open %s", ATLAS_BENCH_DATABASE);
        return MapRepository(db).load();
    }();
    return data;
}

MapRenderer& renderer()
{
    static MapRenderer r = [] {
        MapRenderer m(WorldGeometry::bundled());
        m.setData(mapData());
        m.setLayer(QStringLiteral("appendix1/policy_law"));
        m.setSelection({QStringLiteral("KOR"), QStringLiteral("EU")});
        m.setHovered(QStringLiteral("USA"));
        return m;
    }();
    return r;
}

/// Decoding, antimeridian repair, projection, thinning and path building of Natural Earth 1:50m, from
/// the embedded resource: the cost of the first map on screen.
void BM_LoadGeometry(benchmark::State& state)
{
    for (auto _ : state) {
        QFile file(WorldGeometry::bundledResourcePath());
        file.open(QIODevice::ReadOnly);
        auto world = WorldGeometry::fromTopoJson(file.readAll());
        benchmark::DoNotOptimize(world);
    }
}
BENCHMARK(BM_LoadGeometry)->Unit(benchmark::kMillisecond);

/// Everything, 1920×1080, into a QImage: what an export, a resize or a zoom step costs. Argument 0: the
/// whole world (thinned paths); 1: East Asia (fewer areas, full-detail paths).
void BM_RepaintFull1920x1080(benchmark::State& state)
{
    MapRenderer& r = renderer();
    MapViewport vp = r.homeViewport(kTarget);
    if (state.range(0) == 1)
        vp.fitToLonLat(QRectF(QPointF(100, 20), QPointF(150, 50)));
    QImage image(kTarget.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        QPainter painter(&image);
        r.paint(&painter, kTarget, vp);
    }
}
BENCHMARK(BM_RepaintFull1920x1080)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

/// What MapWidget does on hover or selection: blit the cached base, paint the overlay.
void BM_RepaintHover1920x1080(benchmark::State& state)
{
    MapRenderer& r = renderer();
    const MapViewport vp = r.homeViewport(kTarget);
    QImage base(kTarget.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    {
        QPainter painter(&base);
        r.paintBase(&painter, kTarget, vp);
    }
    QImage image(kTarget.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        QPainter painter(&image);
        painter.drawImage(QPointF(0, 0), base);
        r.paintOverlay(&painter, kTarget, vp);
    }
}
BENCHMARK(BM_RepaintHover1920x1080)->Unit(benchmark::kMillisecond);

/// One click: markers first, then bounding boxes, then point-in-polygon; a mix of land, sea and
/// Singapore's marker.
void BM_HitTestClick(benchmark::State& state)
{
    MapRenderer& r = renderer();
    const MapViewport vp = r.homeViewport(kTarget);
    const QPointF clicks[] = {vp.lonLatToPixel({126.98, 37.57}), vp.lonLatToPixel({10, 51}),
                              vp.lonLatToPixel({-150, 0}), vp.lonLatToPixel({103.82, 1.35}),
                              vp.lonLatToPixel({90, 65})};
    for (auto _ : state)
        for (const QPointF& p : clicks)
            benchmark::DoNotOptimize(r.jurisdictionAt(p, vp));
    state.SetItemsProcessed(state.iterations() * qint64(std::size(clicks)));
}
BENCHMARK(BM_HitTestClick)->Unit(benchmark::kMicrosecond);
} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--png") == 0) {
            const QString dir = QString::fromLocal8Bit(argv[i + 1]);
            QDir().mkpath(dir);
            QImage image(kTarget.size().toSize(), QImage::Format_ARGB32_Premultiplied);
            QPainter painter(&image);
            renderer().paint(&painter, kTarget, renderer().homeViewport(kTarget));
            painter.end();
            image.save(dir + QStringLiteral("/map-1920x1080.png"));
            return 0;
        }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
