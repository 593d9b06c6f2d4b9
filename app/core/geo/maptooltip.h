#pragma once

#include "domain/entities.h"

#include <QCoreApplication>
#include <QString>

namespace atlas {

struct MapData;
struct MapLayer;

/// \brief The text of the map's hover tooltip, and value formatting shared with the legend: Korean and
/// English names, the value with its unit, the 첨부 1 items behind a count, and the source (PRODUCT §1.1).
class MapTooltip
{
    Q_DECLARE_TR_FUNCTIONS(MapTooltip)
public:
    /// Rich text for jurisdiction \a id on \a layer. \a viaMember names the member state the pointer is
    /// over when an EU-level value is shown for it.
    static QString html(const MapData& data, const MapLayer& layer, const QString& id, Lang lang,
                        const QString& viaMember = {});
    /// '61.1%', '3위' / 'rank 3', '7건' / '7 items', '10.3 (per 100,000 people)'.
    static QString formatValue(double value, const QString& unit, Lang lang);
    /// The unit as a legend caption ('순위 (낮을수록 좋음)' / 'rank (lower is better)').
    static QString unitCaption(const QString& unit, bool lowerIsBetter);
    /// Short text of a state outside the colour ramp, for legend chips and tooltips.
    static QString stateText(const MapLayer& layer, int state);
};

} // namespace atlas
