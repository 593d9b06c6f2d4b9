#pragma once

#include "mapdata.h"

#include <QAbstractListModel>

namespace atlas {

/// \brief The map layers as a list (for a layer combo box) and the provider of the MapData behind them.
class MapLayerModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        IdRole = Qt::UserRole,   ///< 'appendix1/policy_law', 'statistic/<topic>'
        KindRole,                ///< int(MapLayer::Kind)
        SourceRole,              ///< the layer's source line
    };

    using QAbstractListModel::QAbstractListModel;

    void reset(const MapData& data);
    void setLanguage(Lang lang);
    Lang language() const { return m_lang; }

    const MapData& mapData() const { return m_data; }
    const MapLayer* layerAt(int row) const;
    int rowOf(const QString& layerId) const;   ///< -1 when unknown

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    MapData m_data;
    Lang m_lang = Lang::Korean;
};

} // namespace atlas
