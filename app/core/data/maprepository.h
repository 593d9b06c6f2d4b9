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

    /// Layers in menu order (첨부 1 fields by field.seq, the total, then statistic topics in seed order),
    /// names of every jurisdiction and map area, and the EU's members.
    MapData load() const;

private:
    void addStatisticLayers(MapData& data, const QSet<QString>& covered) const;
    Database& m_db;
};

} // namespace atlas
