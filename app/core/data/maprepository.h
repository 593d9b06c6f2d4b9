#pragma once

#include "geo/mapdata.h"

namespace atlas {

class Database;

/// \brief Builds the map layers from the database: the four 첨부 1 fields, their total, and one layer per
/// statistic_topic with map_layer = 1. All SQL of the map lives here (ARCHITECTURE §2.4).
class MapRepository
{
public:
    explicit MapRepository(Database& database) : m_db(database) {}

    /// Whether load() reads the figures of the statistic layers, or leaves them to loadValues() (the
    /// figures of every topic are most of the map's data: 27,000 rows at 100× the report).
    enum class StatisticValues { Now, WhenShown };

    /// Layers in menu order (첨부 1 fields by field.seq, the total, then statistic topics in seed order),
    /// names of every jurisdiction and map area, and the EU's members. \a entries: the 첨부 1 entries
    /// when the caller has read them already (Repository::appendix1Entries; read here when empty).
    MapData load(StatisticValues values = StatisticValues::Now, const QVector<Appendix1Entry>& entries = {}) const;
    /// Reads the figures of a layer that load() left without them (MapLayer::valuesLoaded); other
    /// layers are left as they are.
    void loadValues(MapLayer& layer) const;

private:
    void addStatisticLayers(MapData& data, const QSet<QString>& covered, StatisticValues values) const;
    Database& m_db;
};

} // namespace atlas
