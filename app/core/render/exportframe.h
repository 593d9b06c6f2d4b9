#pragma once

#include "domain/entities.h"

#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;

namespace atlas {

/// \brief What an exported picture says about itself: title, layer or series, selection and sources.
struct ExportMeta
{
    QString title;
    QString subtitle;       ///< layer, series or chart name
    QString selection;      ///< human-readable selection ('한국 · 정책/법제'), empty for "all"
    QStringList sources;    ///< '제3장 제10절 우리나라, p.134', … the table/figure and page behind the data
    Lang lang = Lang::Korean;
};

/// \brief The footer every export carries (and the header where the content has no title of its own):
/// the sources, the report credit with its KOGL type 4 line, the selection and the app version. Drawn
/// by the same code for PNG, SVG and PDF, sized in proportion to the page.
class ExportFrame
{
public:
    /// Height of the footer for a page of \a width logical pixels.
    static double footerHeight(double width);
    static double headerHeight(double width, const ExportMeta& meta);
    /// The part of \a page left for the content once header (if \a withHeader) and footer are drawn.
    static QRectF contentRect(const QRectF& page, const ExportMeta& meta, bool withHeader);
    static void paintHeader(QPainter& painter, const QRectF& page, const ExportMeta& meta);
    static void paintFooter(QPainter& painter, const QRectF& page, const ExportMeta& meta);
    /// The footer's text lines (also written into CSV headers and SVG descriptions).
    static QStringList footerLines(const ExportMeta& meta);
};

} // namespace atlas
