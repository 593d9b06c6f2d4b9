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
    const MapLayer* layer = index.isValid() ? layerAt(index.row()) : nullptr;
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
