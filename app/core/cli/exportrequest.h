#pragma once

#include "domain/entities.h"

#include <QStringList>

#include <optional>

namespace atlas {

/// \brief One headless export, parsed from `ai-trends-atlas export …` arguments. Parsing checks the
/// syntax (known options, numbers, dates, formats); the runner checks ids against the data.
struct ExportRequest
{
    bool list = false;          ///< --list: print every exportable id
    QString kind;               ///< map, chart, timeline, table, profile, brief
    QString id;                 ///< chart or table id; map layer (also --layer)
    QString format;             ///< png, svg, pdf, csv; default from the output file's suffix
    Lang lang = Lang::Korean;
    QString out;
    int width = 0;              ///< logical pixels; 0 = the kind's default
    int height = 0;
    double scale = 0;           ///< PNG device pixel ratio; 0 = default (2)
    int dpi = 0;
    QStringList jurisdictions;
    QString from;
    QString to;
    bool svgOutlines = true;    ///< --text outlines|editable

    /// Parses the arguments after the word "export". Returns nullopt and sets \a error on bad input.
    static std::optional<ExportRequest> parse(const QStringList& args, QString* error);
    static QStringList kinds();
    static QString usage();
};

} // namespace atlas
