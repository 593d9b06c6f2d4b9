#include "maplayermodel.h"

namespace atlas {

void MapLayerModel::reset(const MapData& data)
{
    beginResetModel();
    m_data = data;
    endResetModel();
}

void MapLayerModel::setLanguage(Lang lang)
{
    if (lang == m_lang)
        return;
    m_lang = lang;
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

const MapLayer* MapLayerModel::layerAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_data.layers.at(row) : nullptr;
}

const MapLayer* MapLayerModel::loadedLayer(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    MapLayer& layer = m_data.layers[row];
    if (!layer.valuesLoaded && m_loader) {
        m_loader(layer);
        layer.valuesLoaded = true;
    }
    return &layer;
}

int MapLayerModel::rowOf(const QString& layerId) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (m_data.layers.at(row).id == layerId)
            return row;
    return -1;
}

int MapLayerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_data.layers.size());
}

QVariant MapLayerModel::data(const QModelIndex& index, int role) const
{
    // The tooltip and the source line name the figures' publishers and pages: read them for those.
    const bool needsValues = role == Qt::ToolTipRole || role == SourceRole;
    const MapLayer* layer = !index.isValid() ? nullptr : needsValues ? loadedLayer(index.row()) : layerAt(index.row());
    if (!layer)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return layer->name(m_lang);
    case Qt::ToolTipRole:
        return layer->publisher.isEmpty() ? layer->sourceLine()
                                          : layer->publisher + QStringLiteral(" · ") + layer->sourceLine();
    case IdRole:
        return layer->id;
    case KindRole:
        return int(layer->kind);
    case SourceRole:
        return layer->sourceLine();
    default:
        return {};
    }
}

QHash<int, QByteArray> MapLayerModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "layerId");
    names.insert(KindRole, "kind");
    names.insert(SourceRole, "source");
    return names;
}

} // namespace atlas
