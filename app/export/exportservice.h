#pragma once

#include "cli/exportrequest.h"
#include "exporter.h"
#include "selection/selectionstate.h"

#include <QStringList>

#include <memory>

class QTextStream;

namespace atlas {

class ChartBuilder;
class Database;
class MapRenderer;
class Repository;
struct MapData;

/// \brief Paints every exportable view — map layers, charts, the timeline, the country profile — and
/// writes tables, for the File ▸ Export menu and for `ai-trends-atlas export` alike. Uses the same
/// renderers and chart builder as the screen.
class ExportService
{
public:
    ExportService(Database& database, const Repository& repository);
    ~ExportService();

    /// 'map:<layer>', 'chart:<id>', 'timeline', 'table:<entity>', 'profile', 'brief' — one per line.
    QStringList listIds(Lang lang) const;

    /// Exports one view. \a id is the layer, chart or table id (may be empty for timeline/profile).
    bool exportView(const QString& kind, const QString& id, const QString& path, Exporter::Format format,
                    const Exporter::ImageOptions& options, const SelectionState::Snapshot& selection, Lang lang,
                    QString* error);
    bool exportBrief(const QString& path, const QStringList& jurisdictions, Lang lang, QString* error);

    /// Runs a parsed command-line request; problems go to \a err. Returns the process exit code.
    int run(const ExportRequest& request, QTextStream& out, QTextStream& err);

    /// Resolves a map layer id: exact, or a short form ('policy_law' → 'appendix1/policy_law').
    QString resolveLayer(const QString& id) const;

private:
    /// The map's layers; the figures of \a layerWithValues are read if they were not yet.
    const MapData& mapData(const QString& layerWithValues = {}) const;
    Database& m_database;
    const Repository& m_repository;
    std::unique_ptr<ChartBuilder> m_charts;
    mutable std::unique_ptr<MapData> m_mapData;
};

} // namespace atlas
