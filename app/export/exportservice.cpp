#include "exportservice.h"

#include "data/database.h"
#include "data/maprepository.h"
#include "data/repository.h"
#include "geo/mapdata.h"
#include "geo/maprenderer.h"
#include "geo/worldgeometry.h"
#include "models/timelinedata.h"
#include "render/countryprofile.h"
#include "render/timelinerenderer.h"
#include "views/chartbuilder.h"

#include <QCoreApplication>
#include <QGraphicsScene>
#include <QPainter>
#include <QTextDocument>
#include <QTextStream>
#include <QtCharts/QChart>

namespace atlas {

namespace {
QString selectionText(const Repository& repo, const SelectionState::Snapshot& sel, Lang lang)
{
    QStringList parts;
    for (const Jurisdiction& j : repo.jurisdictions())
        if (sel.jurisdictions.contains(j.id))
            parts.append(j.name(lang));
    if (!sel.field.isEmpty()) {
        const auto fields = repo.vocabulary(QStringLiteral("field"));
        parts.append(pick(lang, fields.value(sel.field).first, fields.value(sel.field).second));
    }
    if (!sel.timeRange.isEmpty())
        parts.append(sel.timeRange.from + QStringLiteral("–") + sel.timeRange.to);
    return parts.join(QStringLiteral(" · "));
}
} // namespace

ExportService::ExportService(Database& database, const Repository& repository)
    : m_database(database), m_repository(repository), m_charts(std::make_unique<ChartBuilder>(&repository))
{
    m_charts->reload();
}

ExportService::~ExportService() = default;

const MapData& ExportService::mapData(const QString& layerWithValues) const
{
    if (!m_mapData)
        m_mapData = std::make_unique<MapData>(MapRepository(m_database).load(MapRepository::StatisticValues::WhenShown));
    for (MapLayer& l : m_mapData->layers)
        if (l.id == layerWithValues)
            MapRepository(m_database).loadValues(l);
    return *m_mapData;
}

QString ExportService::resolveLayer(const QString& id) const
{
    const MapData& data = mapData();
    if (id.isEmpty())
        return data.layers.isEmpty() ? QString() : data.layers.first().id;
    const QStringList candidates = {id, QStringLiteral("appendix1/") + id, QStringLiteral("statistic/") + id};
    for (const QString& candidate : candidates)
        if (data.layer(candidate))
            return candidate;
    return {};
}

QStringList ExportService::listIds(Lang lang) const
{
    QStringList out;
    for (const MapLayer& l : mapData().layers)
        out.append(QStringLiteral("map\t%1\t%2").arg(l.id, l.name(lang)));
    for (const auto& spec : m_charts->catalog(lang))
        out.append(QStringLiteral("chart\t%1\t%2").arg(spec.id, spec.title));
    out.append(QStringLiteral("timeline\t\t%1").arg(QCoreApplication::translate("atlas::ExportService", "policy timeline (--jurisdiction, --from, --to)")));
    for (const QString& e : Repository::recordEntities())
        out.append(QStringLiteral("table\t%1\t%2").arg(e, QCoreApplication::translate("atlas::ExportService", "CSV table")));
    out.append(QStringLiteral("profile\t\t%1").arg(QCoreApplication::translate("atlas::ExportService", "country profile (--jurisdiction)")));
    out.append(QStringLiteral("brief\t\t%1").arg(QCoreApplication::translate("atlas::ExportService", "country brief, multi-page PDF (--jurisdiction)")));
    return out;
}

bool ExportService::exportView(const QString& kind, const QString& id, const QString& path, Exporter::Format format,
                               const Exporter::ImageOptions& optionsIn, const SelectionState::Snapshot& sel, Lang lang,
                               QString* error)
{
    Exporter::ImageOptions options = optionsIn;
    ExportMeta meta;
    meta.lang = lang;
    meta.selection = selectionText(m_repository, sel, lang);
    meta.title = QStringLiteral("AI Trends Atlas");

    if (kind == QStringLiteral("table")) {
        if (!Repository::recordEntities().contains(id)) {
            if (error)
                *error = QCoreApplication::translate("atlas::ExportService", "unknown table '%1' (see export --list)").arg(id);
            return false;
        }
        const Repository::RecordSet records = m_repository.records(id);
        const int jCol = static_cast<int>(records.keys.indexOf(QStringLiteral("jurisdiction_id")));
        const int dCol = static_cast<int>(records.keys.indexOf(QStringLiteral("date")));
        const int eCol = static_cast<int>(records.keys.indexOf(QStringLiteral("date_end")));
        QHash<QString, QString> parents;
        for (const Jurisdiction& j : m_repository.jurisdictions())
            if (!j.parentId.isEmpty())
                parents.insert(j.id, j.parentId);
        QVector<QStringList> rows;
        for (const auto& r : records.rows) {
            if (jCol >= 0 && !sel.jurisdictions.isEmpty()) {
                const QString j = r.at(jCol).toString();
                if (!sel.jurisdictions.contains(j) && !sel.jurisdictions.contains(parents.value(j)))
                    continue;
            }
            if (dCol >= 0 && !sel.timeRange.isEmpty()
                && !sel.timeRange.contains(r.at(dCol).toString(), eCol >= 0 ? r.at(eCol).toString() : QString()))
                continue;
            QStringList cells;
            for (const QVariant& v : r)
                cells.append(v.isNull() ? QString() : v.toString());
            rows.append(cells);
        }
        meta.sources.append(QCoreApplication::translate("atlas::ExportService", "table: %1").arg(id));
        return Exporter::writeCsv(path, records.keys, rows, meta, error);
    }

    Exporter::Paint paint;
    if (kind == QStringLiteral("map")) {
        const QString layer = resolveLayer(id);
        if (layer.isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("atlas::ExportService", "unknown map layer '%1' (see export --list)").arg(id);
            return false;
        }
        const MapLayer* l = mapData(layer).layer(layer);
        meta.title = l->name(lang);
        meta.sources.append(l->sourceLine());
        options.header = false;  // the map draws its own title, legend and layer footnote
        paint = [this, layer, sel, lang](QPainter& p, const QRectF& rect) {
            MapRenderer renderer(WorldGeometry::bundled());
            renderer.setData(mapData(layer));
            renderer.setLayer(layer);
            renderer.setLanguage(lang);
            renderer.setSelection(sel.jurisdictions);
            renderer.paint(&p, rect, renderer.homeViewport(rect));
        };
    } else if (kind == QStringLiteral("chart")) {
        QString note;
        std::unique_ptr<QChart> probe(m_charts->build(id, sel, lang, &note));
        if (!probe) {
            if (error)
                *error = QCoreApplication::translate("atlas::ExportService", "unknown chart '%1' (see export --list)").arg(id);
            return false;
        }
        meta.title = probe->title();
        for (const auto& spec : m_charts->catalog(lang))
            if (spec.id == id)
                meta.subtitle = spec.group;
        meta.sources.append(note.section(QStringLiteral(" · "), 1));
        paint = [this, id, sel, lang](QPainter& p, const QRectF& rect) {
            // A fresh chart in an offscreen scene at the requested size: never a grab of a widget.
            QGraphicsScene scene;
            QChart* chart = m_charts->build(id, sel, lang, nullptr);
            scene.addItem(chart);
            chart->setTitle(QString());  // the export header carries the title
            const double unit = std::clamp(rect.width() / 1000.0, 0.8, 3.0);
            QFont f(QStringLiteral("Noto Sans CJK KR"));
            f.setPixelSize(static_cast<int>(12 * unit));
            chart->legend()->setFont(f);
            for (auto* axis : chart->axes()) {
                axis->setLabelsFont(f);
                QFont t = f;
                t.setBold(true);
                axis->setTitleFont(t);
            }
            chart->setGeometry(QRectF(QPointF(0, 0), rect.size()));
            scene.setSceneRect(QRectF(QPointF(0, 0), rect.size()));
            scene.render(&p, rect, scene.sceneRect());
        };
    } else if (kind == QStringLiteral("timeline")) {
        const TimelineData::Input in = TimelineData::load(m_repository);
        const TimelineScene scene = TimelineData::build(in, sel, lang);
        meta.title = QCoreApplication::translate("atlas::ExportService", "Policy timeline");
        QStringList sources;
        for (const Policy& p : in.policies)
            if (p.source.isValid() && (sel.jurisdictions.isEmpty() || sel.jurisdictions.contains(p.jurisdictionId))) {
                const QString c = p.source.locator;
                if (!sources.contains(c))
                    sources.append(c);
            }
        meta.sources = sources;
        QDate from(2023, 1, 1), to(2025, 6, 30);
        if (!sel.timeRange.from.isEmpty())
            from = TimeAxis::periodStart(sel.timeRange.from);
        if (!sel.timeRange.to.isEmpty())
            to = TimeAxis::periodEnd(sel.timeRange.to);
        paint = [scene, from, to](QPainter& p, const QRectF& rect) {
            TimelineRenderer renderer;
            renderer.setScene(scene);
            TimelineRenderer::Options o;
            o.font = QFont(QStringLiteral("Noto Sans CJK KR"));
            o.font.setPixelSize(std::max(11, static_cast<int>(rect.width() / 110)));
            renderer.paint(p, rect, TimeAxis(from, to.addDays(1), 0, 1), o);
        };
    } else if (kind == QStringLiteral("profile")) {
        const QString jurisdiction = sel.jurisdictions.isEmpty() ? QString() : *sel.jurisdictions.cbegin();
        auto doc = std::make_shared<QTextDocument>();
        if (!CountryProfile::build(m_repository, jurisdiction, lang, options.size.width() - 40, doc.get())) {
            if (error)
                *error = QCoreApplication::translate("atlas::ExportService", "unknown jurisdiction '%1'").arg(jurisdiction);
            return false;
        }
        meta.title = QCoreApplication::translate("atlas::ExportService", "Country profile");
        paint = [doc](QPainter& p, const QRectF& rect) {
            doc->setTextWidth(rect.width() - 32);
            p.translate(rect.left() + 16, rect.top() + 8);
            doc->drawContents(&p, QRectF(0, 0, rect.width() - 32, rect.height() - 16));
        };
    } else {
        if (error)
            *error = QCoreApplication::translate("atlas::ExportService", "unknown export '%1'").arg(kind);
        return false;
    }
    return Exporter::writeImage(path, format, options, meta, paint, error);
}

bool ExportService::exportBrief(const QString& path, const QStringList& jurisdictions, Lang lang, QString* error)
{
    std::vector<std::unique_ptr<QTextDocument>> docs;
    QVector<QTextDocument*> pages;
    QStringList names;
    for (const QString& id : jurisdictions) {
        auto doc = std::make_unique<QTextDocument>();
        QFont f(QStringLiteral("Noto Sans CJK KR"));
        f.setPixelSize(12);
        doc->setDefaultFont(f);
        // The map inset: the 첨부 1 total layer with this jurisdiction selected.
        QImage inset;
        const QString layer = resolveLayer(QStringLiteral("all"));
        if (!layer.isEmpty()) {
            inset = QImage(QSize(1360, 760), QImage::Format_ARGB32_Premultiplied);
            inset.setDevicePixelRatio(2);
            inset.fill(Qt::white);
            QPainter p(&inset);
            p.setRenderHint(QPainter::Antialiasing);
            MapRenderer renderer(WorldGeometry::bundled());
            renderer.setData(mapData(layer));
            renderer.setLayer(layer);
            renderer.setLanguage(lang);
            renderer.setSelection({id});
            const QRectF rect(0, 0, 680, 380);
            renderer.paint(&p, rect, renderer.homeViewport(rect));
        }
        if (!CountryProfile::build(m_repository, id, lang, 680, doc.get(), inset)) {
            if (error)
                *error = QCoreApplication::translate("atlas::ExportService", "unknown jurisdiction '%1'").arg(id);
            return false;
        }
        names.append(m_repository.jurisdiction(id)->name(lang));
        pages.append(doc.get());
        docs.push_back(std::move(doc));
    }
    ExportMeta meta;
    meta.lang = lang;
    meta.title = QCoreApplication::translate("atlas::ExportService", "Country brief: %1").arg(names.join(QStringLiteral(", ")));
    meta.selection = names.join(QStringLiteral(" · "));
    return Exporter::writePdfDocument(path, meta.title, pages, meta, error);
}

int ExportService::run(const ExportRequest& r, QTextStream& out, QTextStream& err)
{
    if (r.list) {
        for (const QString& line : listIds(r.lang))
            out << line << '\n';
        return 0;
    }
    // Ids are checked against the data before any file is touched.
    for (const QString& j : r.jurisdictions)
        if (!m_repository.jurisdiction(j)) {
            err << "ai-trends-atlas: unknown jurisdiction '" << j << "'\n";
            return 2;
        }
    QString error;
    bool ok = false;
    if (r.kind == QStringLiteral("brief")) {
        ok = exportBrief(r.out, r.jurisdictions, r.lang, &error);
    } else {
        bool known = false;
        const Exporter::Format format = Exporter::formatFromName(r.format, &known);
        Exporter::ImageOptions options;
        const bool wide = r.kind == QStringLiteral("timeline");
        options.size = QSize(r.width > 0 ? r.width : (wide ? 1800 : 1600),
                             r.height > 0 ? r.height : (wide ? 800 : 1000));
        if (r.scale > 0)
            options.scale = r.scale;
        options.dpi = r.dpi;
        options.svgTextAsOutlines = r.svgOutlines;
        SelectionState::Snapshot sel;
        sel.jurisdictions = QSet<QString>(r.jurisdictions.cbegin(), r.jurisdictions.cend());
        sel.timeRange = {r.from, r.to};
        ok = exportView(r.kind, r.id, r.out, format, options, sel, r.lang, &error);
    }
    if (!ok) {
        err << "ai-trends-atlas: " << error << '\n';
        return 1;
    }
    out << r.out << '\n';
    return 0;
}

} // namespace atlas
