#pragma once

#include "mapdata.h"

#include <QAbstractListModel>

#include <functional>

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

    /// Reads the figures of a layer the data was reset without (MapLayer::valuesLoaded false).
    using ValueLoader = std::function<void(MapLayer&)>;

    void reset(const MapData& data);
    void setValueLoader(ValueLoader loader) { m_loader = std::move(loader); }
    void setLanguage(Lang lang);
    Lang language() const { return m_lang; }

    /// The layers as they are: a statistic layer not shown yet may have no figures (loadedLayer()).
    const MapData& mapData() const { return m_data; }
    const MapLayer* layerAt(int row) const;
    /// The layer at \a row with its figures, read by the value loader the first time they are needed.
    const MapLayer* loadedLayer(int row) const;
    int rowOf(const QString& layerId) const;   ///< -1 when unknown

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    mutable MapData m_data;   ///< figures of statistic layers are filled in when first needed
    ValueLoader m_loader;
    Lang m_lang = Lang::Korean;
};

} // namespace atlas
