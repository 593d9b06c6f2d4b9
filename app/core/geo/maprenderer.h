#pragma once

#include "domain/entities.h"
#include "legendbins.h"
#include "mapdata.h"
#include "mapviewport.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QPolygonF>
#include <QRectF>
#include <QSet>
#include <QString>
#include <QVector>

class QPainter;

namespace atlas {

class WorldGeometry;

/// \brief Paints a thematic world map on any QPainter (widget, QImage, SVG, PDF) at any size: fills by
/// layer, states outside the ramp (hatched "not listed"), the EU as an outline with its own chip, labels,
/// markers for areas too small to click, selection / hover / legend-bin / focus highlights, a title, a
/// legend and the source footnote. Holds no widget state: a view sets what to show and calls paint().
///
/// The same object answers "what is under this pixel" (markers first, then areas), so hit-testing always
/// agrees with what was painted.
class MapRenderer
{
    Q_DECLARE_TR_FUNCTIONS(MapRenderer)
public:
    /// One legend entry; rect is filled in by legend().
    struct LegendEntry
    {
        enum class Type { Bin, Eu, NoItem, NotListed, NotCovered };
        Type type = Type::Bin;
        int bin = -1;
        QString label;
        QColor color;
        QRectF rect;
    };
    /// Where the parts of the picture go inside a target rectangle.
    struct Layout
    {
        QRectF title;
        QRectF map;
        QRectF legend;
        QRectF footnote;
        double unit = 1.0;   ///< font/line scale for this target size
    };

    explicit MapRenderer(const WorldGeometry& world);

    void setData(const MapData& data);          ///< copied: layers are small (values per jurisdiction)
    /// Replaces the layer of the same id (its figures read later, MapLayer::valuesLoaded).
    void updateLayer(const MapLayer& layer);
    const MapData& data() const { return m_data; }
    void setLayer(const QString& layerId);     ///< unknown id -> no layer (grey map)
    const MapLayer* layer() const;
    void setLanguage(Lang lang) { m_lang = lang; }
    Lang language() const { return m_lang; }
    void setSelection(const QSet<QString>& ids) { m_selection = ids; }
    const QSet<QString>& selection() const { return m_selection; }
    QString hovered() const { return m_hovered; }
    void setHovered(const QString& id) { m_hovered = id; }
    /// Jurisdictions another view points at (SelectionState's hover set): outlined like a legend entry.
    void setHighlighted(const QSet<QString>& ids) { m_highlighted = ids; }
    const QSet<QString>& highlighted() const { return m_highlighted; }
    void setFocused(const QString& id) { m_focused = id; }
    void setHighlightedLegendEntry(int index) { m_highlightedEntry = index; }
    int highlightedLegendEntry() const { return m_highlightedEntry; }
    void setFontFamily(const QString& family) { m_fontFamily = family; }

    /// "Noto Sans CJK KR" when installed (full Hangul and symbol coverage), else the application font.
    static QString defaultFontFamily();

    Layout layout(const QRectF& target) const;
    /// A viewport showing the whole world in the map part of \a target.
    MapViewport homeViewport(const QRectF& target) const;
    /// paintBase() then paintOverlay(): everything, for exports and one-off images.
    void paint(QPainter* painter, const QRectF& target, const MapViewport& viewport) const;
    /// What depends on layer, language and viewport only: background, fills, borders, the EU outline,
    /// markers, title, legend, footnote. A widget caches this and repaints only the overlay when the
    /// pointer moves.
    void paintBase(QPainter* painter, const QRectF& target, const MapViewport& viewport) const;
    /// Selection, hover, keyboard focus and legend-entry highlights, then the labels on top of them.
    void paintOverlay(QPainter* painter, const QRectF& target, const MapViewport& viewport) const;

    LegendBins bins() const;
    QColor fillColor(const QString& id) const;   ///< the fill a map area gets on the current layer
    QVector<LegendEntry> legend(const QRectF& target) const;
    int legendEntryAt(QPointF pixel, const QRectF& target) const;   ///< -1 outside the legend
    QSet<QString> jurisdictionsOf(const LegendEntry& entry) const;

    /// The map area under \a pixel (markers first), mapped to the EU on layers where the EU has a value
    /// and the member has none of its own. \a area receives the raw map area, if wanted.
    QString jurisdictionAt(QPointF pixel, const MapViewport& viewport, QString* area = nullptr) const;
    /// The jurisdiction a map area stands for on the current layer (a member state -> 'EU').
    QString resolve(const QString& areaId) const;
    /// Jurisdictions worth visiting with the arrow keys on this layer, west to east.
    QStringList navigationOrder() const;
    /// Projected anchor of a jurisdiction's label or marker (the EU: inside its members).
    QPointF anchor(const QString& id) const;
    /// Projected box to zoom to for a jurisdiction (the EU: its members).
    QRectF boundsOf(const QString& id) const;
    /// Jurisdictions drawn as markers at this viewport (too small to see or click as areas).
    QStringList markers(const MapViewport& viewport) const;

private:
    QFont font(double pixelSize, bool bold = false) const;
    QSet<QString> labelled() const;
    bool hasEuValue() const;
    QColor rampColor(double shade) const;
    QColor stateColor(MapLayer::State state) const;
    void paintAreas(QPainter* painter, const MapViewport& viewport, const Layout& layout) const;
    void paintOutline(QPainter* painter, const QString& id, const QPen& pen) const;
    void paintLabels(QPainter* painter, const MapViewport& viewport, const Layout& layout) const;
    void paintLegend(QPainter* painter, const QRectF& target, const Layout& layout) const;
    void paintFootnote(QPainter* painter, const Layout& layout) const;
    double markerRadius(const MapViewport& viewport) const;

    const WorldGeometry& m_world;
    MapData m_data;
    int m_layerIndex = -1;
    QSet<QString> m_euMembers;
    QVector<QPolygonF> m_euOutline;         ///< projected, computed once per setData()
    QVector<QPolygonF> m_euOutlineCoarse;   ///< thinned like CountryShape::coarsePath
    QPointF m_euAnchor;
    Lang m_lang = Lang::Korean;
    QSet<QString> m_selection;
    QString m_hovered;
    QSet<QString> m_highlighted;
    QString m_focused;
    int m_highlightedEntry = -1;
    QString m_fontFamily = defaultFontFamily();
};

} // namespace atlas
