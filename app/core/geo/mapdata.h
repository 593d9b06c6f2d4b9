#pragma once

#include "domain/entities.h"
#include "maplayer.h"

#include <QHash>
#include <QStringList>
#include <QVector>

namespace atlas {

/// \brief Everything a map needs besides geometry: the layers, the names of every jurisdiction and map
/// area, and the EU's members (the EU is a jurisdiction, not a map area).
struct MapData
{
    QVector<MapLayer> layers;
    QHash<QString, Jurisdiction> jurisdictions;   ///< the database's, plus every other map area by alpha-3
    QStringList euMembers;

    static QString euId() { return QStringLiteral("EU"); }

    const MapLayer* layer(const QString& id) const
    {
        for (const MapLayer& l : layers)
            if (l.id == id)
                return &l;
        return nullptr;
    }
    QString name(const QString& id, Lang lang) const
    {
        const auto it = jurisdictions.constFind(id);
        return it == jurisdictions.cend() ? id : it->name(lang);
    }
};

} // namespace atlas
