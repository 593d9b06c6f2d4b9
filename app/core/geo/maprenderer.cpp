#include "maprenderer.h"

#include "domain/report.h"
#include "equalearth.h"
#include "maptooltip.h"
#include "worldgeometry.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {
const QColor kBackground(0xff, 0xff, 0xff);
const QColor kOcean(0xea, 0xf1, 0xf8);
const QColor kGraticule(0xc3, 0xd3, 0xe4);
const QColor kBorder(0xff, 0xff, 0xff);
const QColor kNotCovered(0xdd, 0xdd, 0xdd);
const QColor kNotListed(0xf4, 0xf4, 0xf4);
const QColor kHatch(0x8a, 0x8a, 0x8a);
const QColor kNoItem(0xfb, 0xee, 0xc1);
const QColor kSelection(0xe4, 0x57, 0x2e);
const QColor kLegendHighlight(0xff, 0xb0, 0x00);
const QColor kInk(0x1d, 0x1d, 0x1f);
const QColor kMuted(0x55, 0x5b, 0x66);
const QColor kEuCore(0x2d, 0x1b, 0x5e);

/// Font and line scale: 1 at 1280×720, so a 1920×1080 export reads like a large window, and small
/// widgets never shrink text below legibility.
double unitFor(const QRectF& r)
{
    return std::clamp(std::min(r.width() / 1280.0, r.height() / 720.0), 0.85, 4.0);
}

QPen cosmeticPen(const QColor& color, double width, Qt::PenStyle style = Qt::SolidLine)
{
    // Bevel joins: round joins on thousand-point borders cost an atan2 per vertex in QStroker and made
    // a repaint ten times slower; at these widths the difference is invisible.
    QPen pen(color, width, style, Qt::FlatCap, Qt::BevelJoin);
    pen.setCosmetic(true);
    return pen;
}

const QPainterPath& sphereOutline()
{
    static const QPainterPath path = [] {
        QPolygonF outline;
        for (int lat = -90; lat <= 90; ++lat)
            outline << EqualEarth::project({-180, double(lat)});
        for (int lat = 90; lat >= -90; --lat)
            outline << EqualEarth::project({180, double(lat)});
        QPainterPath p;
        p.addPolygon(outline);
        p.closeSubpath();
        return p;
    }();
    return path;
}
} // namespace

MapRenderer::MapRenderer(const WorldGeometry& world)
    : m_world(world)
{
}

QString MapRenderer::defaultFontFamily()
{
    const QString noto = QStringLiteral("Noto Sans CJK KR");
    return QFontDatabase::families().contains(noto) ? noto : QGuiApplication::font().family();
}

QFont MapRenderer::font(double pixelSize, bool bold) const
{
    QFont f(m_fontFamily);
    f.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    f.setBold(bold);
    return f;
}

void MapRenderer::setData(const MapData& data)
{
    const QString current = layer() ? layer()->id : QString();
    m_data = data;
    m_euMembers = QSet<QString>(m_data.euMembers.cbegin(), m_data.euMembers.cend());
    m_euOutline = m_world.outline(m_euMembers);
    // A 4-pixel-wide stroke hides detail finer than a couple of pixels; fewer vertices keep it cheap.
    m_euOutlineCoarse = m_world.outline(m_euMembers, CountryShape::outlineTolerance());
    // The EU's label sits at the median of its members' label points: robust against overseas parts
    // (French Guiana) that would drag a mean or a bounding box across the Atlantic.
    QVector<double> xs, ys;
    for (const QString& id : qAsConst(m_data.euMembers))
        if (const CountryShape* c = m_world.country(id)) {
            xs << c->labelPoint.x();
            ys << c->labelPoint.y();
        }
    if (!xs.isEmpty()) {
        std::sort(xs.begin(), xs.end());
        std::sort(ys.begin(), ys.end());
        m_euAnchor = QPointF(xs.at(xs.size() / 2), ys.at(ys.size() / 2));
    }
    setLayer(current);
}

void MapRenderer::updateLayer(const MapLayer& layer)
{
    for (MapLayer& l : m_data.layers)
        if (l.id == layer.id)
            l = layer;
}

void MapRenderer::setLayer(const QString& layerId)
{
    m_layerIndex = -1;
    for (int i = 0; i < m_data.layers.size(); ++i)
        if (m_data.layers.at(i).id == layerId)
            m_layerIndex = i;
    m_highlightedEntry = -1;
}

const MapLayer* MapRenderer::layer() const
{
    return m_layerIndex >= 0 && m_layerIndex < m_data.layers.size() ? &m_data.layers.at(m_layerIndex) : nullptr;
}

bool MapRenderer::hasEuValue() const
{
    return layer() && layer()->values.contains(MapData::euId());
}

LegendBins MapRenderer::bins() const
{
    const MapLayer* l = layer();
    if (!l)
        return {};
    QVector<double> values;
    for (const MapValue& v : l->values)
        values << v.value;
    return LegendBins::fromValues(values, l->lowerIsBetter);
}

QColor MapRenderer::rampColor(double shade) const
{
    // ColorBrewer Blues, from a light blue that is still clearly not the grey of "not covered".
    static const QColor stops[] = {QColor(0xc6, 0xdb, 0xef), QColor(0x9e, 0xca, 0xe1), QColor(0x6b, 0xae, 0xd6),
                                   QColor(0x21, 0x71, 0xb5), QColor(0x08, 0x30, 0x6b)};
    const double t = std::clamp(shade, 0.0, 1.0) * 4;
    const int i = std::min(3, int(t));
    const double f = t - i;
    const QColor& a = stops[i];
    const QColor& b = stops[i + 1];
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f), float(a.greenF() + (b.greenF() - a.greenF()) * f),
                            float(a.blueF() + (b.blueF() - a.blueF()) * f));
}

QColor MapRenderer::stateColor(MapLayer::State state) const
{
    switch (state) {
    case MapLayer::State::NoItem:
        return kNoItem;
    case MapLayer::State::NotListed:
        return kNotListed;
    case MapLayer::State::HasValue:
    case MapLayer::State::NotCovered:
        break;
    }
    return kNotCovered;
}

QColor MapRenderer::fillColor(const QString& id) const
{
    const MapLayer* l = layer();
    if (!l)
        return kNotCovered;
    const MapLayer::State state = l->state(id);
    if (state != MapLayer::State::HasValue)
        return stateColor(state);
    const LegendBins b = bins();
    const int bin = b.binOf(l->values.value(id).value);
    return bin < 0 ? kNotCovered : rampColor(b.shade(bin));
}

MapRenderer::Layout MapRenderer::layout(const QRectF& target) const
{
    Layout l;
    l.unit = unitFor(target);
    const double u = l.unit;
    const double pad = 10 * u;
    const QRectF inner = target.adjusted(pad, pad, -pad, -pad);
    l.title = QRectF(inner.left(), inner.top(), inner.width(), 26 * u);
    l.footnote = QRectF(inner.left(), inner.bottom() - 32 * u, inner.width(), 32 * u);
    l.legend = QRectF(inner.left(), l.footnote.top() - 30 * u, inner.width(), 26 * u);
    l.map = QRectF(QPointF(inner.left(), l.title.bottom() + 4 * u), QPointF(inner.right(), l.legend.top() - 4 * u));
    return l;
}

MapViewport MapRenderer::homeViewport(const QRectF& target) const
{
    return MapViewport(layout(target).map, EqualEarth::extent());
}

QSet<QString> MapRenderer::labelled() const
{
    QSet<QString> ids;
    if (const MapLayer* l = layer()) {
        ids = l->covered;
        ids.unite(l->listed);
        // The EU is drawn only as the outline of its value; without one it has nothing to name.
        if (!hasEuValue())
            ids.remove(MapData::euId());
    } else {
        for (const Jurisdiction& j : m_data.jurisdictions)
            if (j.chapter3Seq > 0)
                ids.insert(j.id);
    }
    return ids;
}

QString MapRenderer::resolve(const QString& areaId) const
{
    if (hasEuValue() && m_euMembers.contains(areaId) && !layer()->values.contains(areaId))
        return MapData::euId();
    return areaId;
}

QPointF MapRenderer::anchor(const QString& id) const
{
    if (id == MapData::euId())
        return m_euAnchor;
    const CountryShape* c = m_world.country(id);
    return c ? c->labelPoint : QPointF();
}

QRectF MapRenderer::boundsOf(const QString& id) const
{
    if (id == MapData::euId()) {
        // Members' mainland label points, padded: the bounding box of the members themselves would
        // include French Guiana and Réunion.
        QPolygonF points;
        for (const QString& member : qAsConst(m_data.euMembers))
            if (const CountryShape* c = m_world.country(member))
                points << c->labelPoint;
        return points.boundingRect().adjusted(-0.08, -0.08, 0.08, 0.08);
    }
    const CountryShape* c = m_world.country(id);
    return c ? c->bounds : QRectF();
}

QStringList MapRenderer::navigationOrder() const
{
    QSet<QString> ids = labelled();
    if (const MapLayer* l = layer())
        for (auto it = l->values.cbegin(); it != l->values.cend(); ++it)
            ids.insert(it.key());
    QStringList out;
    for (const QString& id : qAsConst(ids))
        if (id == MapData::euId() ? !m_euMembers.isEmpty() : m_world.country(id) != nullptr)
            out << id;
    std::sort(out.begin(), out.end(), [this](const QString& a, const QString& b) {
        const double ax = anchor(a).x();
        const double bx = anchor(b).x();
        return ax != bx ? ax < bx : a < b;
    });
    return out;
}

double MapRenderer::markerRadius(const MapViewport& viewport) const
{
    return 5.5 * unitFor(viewport.pixelRect());
}

QStringList MapRenderer::markers(const MapViewport& viewport) const
{
    QSet<QString> ids = labelled();
    if (const MapLayer* l = layer())
        for (auto it = l->values.cbegin(); it != l->values.cend(); ++it)
            ids.insert(it.key());
    const double minSize = 7 * unitFor(viewport.pixelRect());
    QStringList out;
    for (const QString& id : qAsConst(ids)) {
        const CountryShape* c = m_world.country(id);
        if (!c)
            continue;
        const QRectF px = viewport.transform().mapRect(c->bounds);
        if (std::max(px.width(), px.height()) < minSize)
            out << id;
    }
    std::sort(out.begin(), out.end());
    return out;
}

QString MapRenderer::jurisdictionAt(QPointF pixel, const MapViewport& viewport, QString* area) const
{
    if (!viewport.pixelRect().contains(pixel)) {
        if (area)
            area->clear();
        return {};
    }
    const double hitRadius = markerRadius(viewport) + 3;
    for (const QString& id : markers(viewport))
        if (QLineF(viewport.toPixel(anchor(id)), pixel).length() <= hitRadius) {
            if (area)
                *area = id;
            return id;
        }
    const QString hit = m_world.countryAt(viewport.toProjected(pixel));
    if (area)
        *area = hit;
    return resolve(hit);
}

QVector<MapRenderer::LegendEntry> MapRenderer::legend(const QRectF& target) const
{
    QVector<LegendEntry> entries;
    const MapLayer* l = layer();
    if (!l)
        return entries;
    const LegendBins b = bins();
    for (int i = 0; i < b.count(); ++i)
        entries << LegendEntry{LegendEntry::Type::Bin, i, b.bin(i).label, rampColor(b.shade(i)), {}};
    if (hasEuValue()) {
        const double v = l->values.value(MapData::euId()).value;
        entries << LegendEntry{LegendEntry::Type::Eu, b.binOf(v),
                               tr("EU (outline): %1").arg(MapTooltip::formatValue(v, l->unit, m_lang)),
                               rampColor(b.shade(b.binOf(v))), {}};
    }
    bool noItem = false;
    bool notListed = false;
    // Only jurisdictions with an area on the map earn a chip: a chip that lights up nothing misleads.
    for (const QString& id : l->listed)
        noItem = noItem || (!l->values.contains(id) && m_world.country(id));
    for (const QString& id : l->covered)
        notListed = notListed || (l->state(id) == MapLayer::State::NotListed && m_world.country(id));
    if (noItem)
        entries << LegendEntry{LegendEntry::Type::NoItem, -1,
                               MapTooltip::stateText(*l, int(MapLayer::State::NoItem)), kNoItem, {}};
    if (notListed)
        entries << LegendEntry{LegendEntry::Type::NotListed, -1,
                               MapTooltip::stateText(*l, int(MapLayer::State::NotListed)), kNotListed, {}};
    entries << LegendEntry{LegendEntry::Type::NotCovered, -1,
                           MapTooltip::stateText(*l, int(MapLayer::State::NotCovered)), kNotCovered, {}};

    const Layout lay = layout(target);
    const double u = lay.unit;
    const QFontMetricsF fm(font(12 * u));
    const QString caption = MapTooltip::unitCaption(l->unit, l->lowerIsBetter);
    double x = lay.legend.left() + QFontMetricsF(font(12 * u, true)).horizontalAdvance(caption) + 12 * u;
    for (LegendEntry& e : entries) {
        const double w = 18 * u + 5 * u + fm.horizontalAdvance(e.label);
        e.rect = QRectF(x, lay.legend.top(), w, lay.legend.height());
        x += w + 14 * u;
    }
    return entries;
}

int MapRenderer::legendEntryAt(QPointF pixel, const QRectF& target) const
{
    const QVector<LegendEntry> entries = legend(target);
    for (int i = 0; i < entries.size(); ++i)
        if (entries.at(i).rect.contains(pixel))
            return i;
    return -1;
}

QSet<QString> MapRenderer::jurisdictionsOf(const LegendEntry& entry) const
{
    QSet<QString> ids;
    const MapLayer* l = layer();
    if (!l)
        return ids;
    const LegendBins b = bins();
    switch (entry.type) {
    case LegendEntry::Type::Bin:
        for (auto it = l->values.cbegin(); it != l->values.cend(); ++it)
            if (b.binOf(it->value) == entry.bin)
                ids.insert(it.key());
        break;
    case LegendEntry::Type::Eu:
        ids.insert(MapData::euId());
        break;
    case LegendEntry::Type::NoItem:
    case LegendEntry::Type::NotListed: {
        const MapLayer::State wanted = entry.type == LegendEntry::Type::NoItem ? MapLayer::State::NoItem
                                                                               : MapLayer::State::NotListed;
        QSet<QString> candidates = l->listed;
        candidates.unite(l->covered);
        for (const QString& id : qAsConst(candidates))
            if (l->state(id) == wanted && m_world.country(id))
                ids.insert(id);
        break;
    }
    case LegendEntry::Type::NotCovered:
        break;   // most of the world: highlighting it all would say nothing
    }
    return ids;
}

void MapRenderer::paintOutline(QPainter* painter, const QString& id, const QPen& pen) const
{
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const double scale = painter->transform().m11();
    if (id == MapData::euId()) {
        const bool coarse = scale * CountryShape::outlineTolerance() < 2.5;
        for (const QPolygonF& line : coarse ? m_euOutlineCoarse : m_euOutline)
            painter->drawPolyline(line);
    } else if (const CountryShape* c = m_world.country(id)) {
        painter->drawPath(c->outlineAt(scale));
    }
}

void MapRenderer::paintAreas(QPainter* painter, const MapViewport& viewport, const Layout& layout) const
{
    const double u = layout.unit;
    const MapLayer* l = layer();
    painter->save();
    painter->setClipRect(layout.map);
    painter->setTransform(viewport.transform(), true);
    painter->setPen(cosmeticPen(kGraticule, 1.0 * u));
    painter->setBrush(kOcean);
    painter->drawPath(sphereOutline());

    // The hatch pattern is defined in device pixels: undo the map scale on the brush so it does not
    // grow with the zoom (or vanish into one huge stripe).
    QBrush hatch(kHatch, Qt::BDiagPattern);
    hatch.setTransform(QTransform::fromScale(1 / viewport.scale(), 1 / viewport.scale()));
    const QRectF visible = viewport.visibleExtent().normalized();
    const QPen border = cosmeticPen(kBorder, std::min(1.0, 0.6 * u));
    const LegendBins b = bins();
    const double scale = viewport.scale();
    QVector<const CountryShape*> shown;
    // Fills without antialiasing, then antialiased borders on top: the one-pixel cosmetic border takes
    // Qt's fast thin-line path and hides the fills' stair steps, at a third of the cost of AA fills.
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    for (const CountryShape& c : m_world.countries()) {
        if (!c.bounds.intersects(visible))
            continue;
        shown << &c;
        MapLayer::State state = l ? l->state(c.id) : MapLayer::State::NotCovered;
        QColor fill = stateColor(state);
        if (state == MapLayer::State::HasValue) {
            const int bin = b.binOf(l->values.value(c.id).value);
            fill = bin < 0 ? kNotCovered : rampColor(b.shade(bin));
        }
        painter->setBrush(fill);
        painter->drawPath(c.pathAt(scale));
        if (state == MapLayer::State::NotListed) {
            painter->setBrush(hatch);
            painter->drawPath(c.pathAt(scale));
        }
    }
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(border);
    painter->setBrush(Qt::NoBrush);
    for (const CountryShape* c : qAsConst(shown))
        painter->drawPath(c->pathAt(scale));

    if (hasEuValue()) {
        const int bin = b.binOf(l->values.value(MapData::euId()).value);
        paintOutline(painter, MapData::euId(), cosmeticPen(rampColor(b.shade(bin)), 4.0 * u));
        paintOutline(painter, MapData::euId(), cosmeticPen(kEuCore, 1.1 * u));
    }
    painter->restore();

    // Markers in pixel space: a fixed size whatever the zoom, so Singapore stays clickable.
    painter->save();
    painter->setClipRect(layout.map);
    const double r = markerRadius(viewport);
    painter->setPen(QPen(kInk, 1.3 * u));
    for (const QString& id : markers(viewport)) {
        painter->setBrush(fillColor(id));
        painter->drawEllipse(viewport.toPixel(anchor(id)), r, r);
    }
    painter->restore();
}

void MapRenderer::paintOverlay(QPainter* painter, const QRectF& target, const MapViewport& viewport) const
{
    const Layout lay = layout(target);
    const double u = lay.unit;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setClipRect(lay.map);
    painter->save();
    painter->setTransform(viewport.transform(), true);
    const QVector<LegendEntry> entries = legend(target);
    QSet<QString> highlighted = m_highlighted;
    if (m_highlightedEntry >= 0 && m_highlightedEntry < entries.size())
        highlighted.unite(jurisdictionsOf(entries.at(m_highlightedEntry)));
    highlighted.remove(m_hovered);   // the map's own hover comes back through the shared hover set
    for (const QString& id : qAsConst(highlighted))
        paintOutline(painter, id, cosmeticPen(kLegendHighlight, 2.6 * u));
    for (const QString& id : m_selection)
        paintOutline(painter, id, cosmeticPen(kSelection, 2.6 * u));
    if (!m_focused.isEmpty())
        paintOutline(painter, m_focused, cosmeticPen(kInk, 1.6 * u, Qt::DashLine));
    if (!m_hovered.isEmpty())
        paintOutline(painter, m_hovered, cosmeticPen(kInk, 1.8 * u));
    painter->restore();

    // Marker rings in pixel space, so Singapore's selection shows at any zoom.
    const double r = markerRadius(viewport);
    painter->setBrush(Qt::NoBrush);
    for (const QString& id : markers(viewport)) {
        const QPointF centre = viewport.toPixel(anchor(id));
        if (m_selection.contains(id)) {
            painter->setPen(QPen(kSelection, 2.4 * u));
            painter->drawEllipse(centre, r, r);
        }
        if (id == m_hovered || id == m_focused) {
            painter->setPen(QPen(kInk, 1.2 * u, id == m_focused ? Qt::DashLine : Qt::SolidLine));
            painter->drawEllipse(centre, r + 3 * u, r + 3 * u);
        }
    }
    painter->setClipping(false);
    // Labels last, so a selection or hover outline never hides a name.
    paintLabels(painter, viewport, lay);
    if (m_highlightedEntry >= 0 && m_highlightedEntry < entries.size()) {
        painter->setPen(QPen(kLegendHighlight, 2 * u));
        painter->drawRoundedRect(entries.at(m_highlightedEntry).rect.adjusted(-4 * u, 1 * u, 4 * u, -1 * u), 4 * u, 4 * u);
    }
    painter->restore();
}

void MapRenderer::paintLabels(QPainter* painter, const MapViewport& viewport, const Layout& layout) const
{
    const double u = layout.unit;
    const QFont f = font(12.5 * u, true);
    const QFontMetricsF fm(f);
    const QStringList markerIds = markers(viewport);
    QStringList ids = QStringList(labelled().cbegin(), labelled().cend());
    // Big areas first so their names stay on them, small ones move around them; the EU last, as its
    // members' names matter more than the name of the outline around them.
    std::sort(ids.begin(), ids.end(), [this](const QString& a, const QString& b) {
        const bool euA = a == MapData::euId();
        const bool euB = b == MapData::euId();
        if (euA != euB)
            return euB;
        const QRectF ba = boundsOf(a);
        const QRectF bb = boundsOf(b);
        const double aa = ba.width() * ba.height();
        const double ab = bb.width() * bb.height();
        return aa != ab ? aa > ab : a < b;
    });
    QVector<QRectF> placed;
    painter->save();
    painter->setFont(f);
    painter->setClipRect(layout.map);
    painter->setRenderHint(QPainter::Antialiasing, true);
    for (const QString& id : qAsConst(ids)) {
        if (id == MapData::euId() && m_euMembers.isEmpty())
            continue;
        const QString text = m_data.name(id, m_lang);
        const QPointF at = viewport.toPixel(anchor(id));
        if (!layout.map.contains(at))
            continue;
        const double w = fm.horizontalAdvance(text);
        const double h = fm.height();
        QRectF box(at.x() - w / 2, at.y() - h / 2, w, h);
        // A name wider than its area (Korea, the Netherlands at world scale) would hide the very fill it
        // names: put it beside the area, with a leader line back to it.
        bool beside = false;
        if (markerIds.contains(id)) {
            box.moveLeft(at.x() + markerRadius(viewport) + 3 * u);
        } else if (id != MapData::euId()) {
            const QRectF b = boundsOf(id);
            const QRectF areaPx = QRectF(viewport.toPixel(b.topLeft()), viewport.toPixel(b.bottomRight())).normalized();
            if (areaPx.width() < w * 0.9 || areaPx.height() < h * 1.3) {
                box.moveLeft(areaPx.right() + 5 * u);
                beside = true;
            }
        }
        const double sx = w / 2 + 4 * u;
        const QPointF shifts[] = {{0, 0},   {0, h},     {0, -h},     {sx, 0},     {-sx, 0},     {sx, h},
                                  {-sx, h}, {sx, -h},   {-sx, -h},   {0, 2 * h},  {0, -2 * h},  {2 * sx, 0}};
        QRectF chosen = box;
        for (const QPointF& shift : shifts) {
            const QRectF candidate = box.translated(shift);
            if (std::none_of(placed.cbegin(), placed.cend(),
                             [&](const QRectF& p) { return p.intersects(candidate); })) {
                chosen = candidate;
                break;
            }
        }
        placed << chosen;
        if (beside) {
            painter->setPen(QPen(kInk, std::max(0.8, 0.9 * u)));
            painter->drawLine(at, QPointF(chosen.left() - 1.5 * u, chosen.center().y()));
        }
        // The halo is the text drawn eight times around its place in white: glyphs come from the glyph
        // cache, where stroking the text's outline went through QStroker for every curve.
        const QPointF baseline(chosen.left(), chosen.top() + fm.ascent());
        const double d = 1.4 * u;
        painter->setPen(QColor(255, 255, 255, 235));
        for (const QPointF& offset : {QPointF(-d, 0), QPointF(d, 0), QPointF(0, -d), QPointF(0, d), QPointF(-d, -d),
                                      QPointF(d, d), QPointF(-d, d), QPointF(d, -d)})
            painter->drawText(baseline + offset, text);
        painter->setPen(id == MapData::euId() ? kEuCore : kInk);
        painter->drawText(baseline, text);
    }
    painter->restore();
}

void MapRenderer::paintLegend(QPainter* painter, const QRectF& target, const Layout& layout) const
{
    const MapLayer* l = layer();
    if (!l)
        return;
    const double u = layout.unit;
    painter->save();
    painter->setFont(font(12 * u, true));
    painter->setPen(kInk);
    painter->drawText(layout.legend, Qt::AlignLeft | Qt::AlignVCenter, MapTooltip::unitCaption(l->unit, l->lowerIsBetter));
    painter->setFont(font(12 * u));
    const QVector<LegendEntry> entries = legend(target);
    QBrush hatch(kHatch, Qt::BDiagPattern);
    for (int i = 0; i < entries.size(); ++i) {
        const LegendEntry& e = entries.at(i);
        const QRectF swatch(e.rect.left(), e.rect.center().y() - 6 * u, 18 * u, 12 * u);
        if (e.type == LegendEntry::Type::Eu) {
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(e.color, 4 * u));
            painter->drawRect(swatch.adjusted(2 * u, 2 * u, -2 * u, -2 * u));
            painter->setPen(QPen(kEuCore, 1 * u));
            painter->drawRect(swatch.adjusted(2 * u, 2 * u, -2 * u, -2 * u));
        } else {
            painter->setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 1));
            painter->setBrush(e.color);
            painter->drawRect(swatch);
            if (e.type == LegendEntry::Type::NotListed) {
                painter->setPen(Qt::NoPen);
                painter->setBrush(hatch);
                painter->drawRect(swatch);
            }
        }
        painter->setPen(kInk);
        painter->drawText(QRectF(swatch.right() + 5 * u, e.rect.top(), e.rect.right() - swatch.right(), e.rect.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, e.label);
    }
    painter->restore();
}

void MapRenderer::paintFootnote(QPainter* painter, const Layout& layout) const
{
    const double u = layout.unit;
    const QFont f = font(11 * u);
    const QFontMetricsF fm(f);
    QString data;
    if (const MapLayer* l = layer()) {
        const QString source = l->sourceLine();
        data = l->publisher.isEmpty() ? source : l->publisher + QStringLiteral(" · ") + source;
        data = tr("Data: %1").arg(data);
    }
    const QString credit = ReportCredit::citation(m_lang) + QStringLiteral(" · ") + tr("Map: Natural Earth");
    painter->save();
    painter->setFont(f);
    painter->setPen(kMuted);
    const QRectF line1(layout.footnote.left(), layout.footnote.top(), layout.footnote.width(), layout.footnote.height() / 2);
    const QRectF line2 = line1.translated(0, line1.height());
    painter->drawText(line1, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(data, Qt::ElideRight, line1.width()));
    painter->drawText(line2, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(credit, Qt::ElideRight, line2.width()));
    painter->restore();
}

void MapRenderer::paint(QPainter* painter, const QRectF& target, const MapViewport& viewport) const
{
    paintBase(painter, target, viewport);
    paintOverlay(painter, target, viewport);
}

void MapRenderer::paintBase(QPainter* painter, const QRectF& target, const MapViewport& viewport) const
{
    const Layout lay = layout(target);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->fillRect(target, kBackground);
    paintAreas(painter, viewport, lay);
    if (const MapLayer* l = layer()) {
        painter->setFont(font(17 * lay.unit, true));
        painter->setPen(kInk);
        painter->drawText(lay.title, Qt::AlignLeft | Qt::AlignVCenter, l->name(m_lang));
    }
    paintLegend(painter, target, lay);
    paintFootnote(painter, lay);
    painter->restore();
}

} // namespace atlas
