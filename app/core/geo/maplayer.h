#pragma once

#include "mapvalue.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QVector>

namespace atlas {

/// \brief One thematic map: a value per jurisdiction, generated from the database (never hard-coded):
/// one per 첨부 1 field, the all-fields total, and one per statistic_topic with map_layer = 1.
struct MapLayer
{
    enum class Kind { Appendix1Field, Appendix1Total, Statistic };
    /// How a jurisdiction is drawn. The last three sit outside the colour ramp, each with its own chip,
    /// so "none recorded" never looks like "not covered" (PRODUCT §3.2).
    enum class State {
        HasValue,
        NoItem,       ///< listed by the layer's table with nothing in it (China × 인력/교육)
        NotListed,    ///< covered by the report but absent from this layer's table (Germany on 첨부 1): hatched
        NotCovered,   ///< the report does not cover it here: plain
    };

    QString id;                 ///< 'appendix1/policy_law', 'appendix1/all', 'statistic/<topic>'
    Kind kind = Kind::Statistic;
    QString nameKo;
    QString nameEn;
    QString fieldCode;          ///< 첨부 1 field layers
    QString topic;              ///< statistic layers
    QString unit;               ///< 'count', 'percent', 'rank', 'per_100k', ...
    bool lowerIsBetter = false; ///< ranks: 1 is best, so the ramp runs the other way
    QString publisher;          ///< who produced the figures (Stanford HAI, Tortoise Intelligence, ...)
    QHash<QString, MapValue> values;   ///< by jurisdiction id (alpha-3 or 'EU')
    /// False for a statistic layer whose figures (values, publisher) are read when it is first shown
    /// (MapRepository::loadValues, MapLayerModel::loadedLayer).
    bool valuesLoaded = true;
    QSet<QString> listed;       ///< jurisdictions the layer's table has a row for (the nine of 첨부 1)
    QSet<QString> covered;      ///< jurisdictions the report covers (chapter 3): hatched when no value

    QString name(Lang lang) const { return pick(lang, nameKo, nameEn); }
    bool isAppendix1() const { return kind != Kind::Statistic; }
    State state(const QString& jurisdictionId) const;
    /// Every source behind the layer, compacted to one citation per locator with its page range
    /// ('첨부 1, pp.329–331'), for the footnote.
    QString sourceLine() const;
};

} // namespace atlas
