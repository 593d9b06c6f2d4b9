#include "exportrequest.h"

#include <QRegularExpression>

namespace atlas {

QStringList ExportRequest::kinds()
{
    return {QStringLiteral("map"),   QStringLiteral("chart"),   QStringLiteral("timeline"),
            QStringLiteral("table"), QStringLiteral("profile"), QStringLiteral("brief")};
}

QString ExportRequest::usage()
{
    return QStringLiteral(
        "usage: ai-trends-atlas export --list\n"
        "       ai-trends-atlas export map [--layer ID] --out FILE [options]\n"
        "       ai-trends-atlas export chart ID --out FILE [options]\n"
        "       ai-trends-atlas export timeline --out FILE [--jurisdiction A,B] [--from YYYY-MM] [--to YYYY-MM] [options]\n"
        "       ai-trends-atlas export table ID --out FILE.csv [--jurisdiction A,B] [--from …] [--to …]\n"
        "       ai-trends-atlas export profile --jurisdiction ID --out FILE [options]\n"
        "       ai-trends-atlas export brief --jurisdiction A[,B] --out FILE.pdf\n"
        "options: --format png|svg|pdf|csv  --lang ko|en  --width N --height N  --scale X  --dpi N\n"
        "         --text outlines|editable (SVG)\n");
}

std::optional<ExportRequest> ExportRequest::parse(const QStringList& args, QString* error)
{
    ExportRequest r;
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    static const QRegularExpression datePrefix(QStringLiteral("^\\d{4}(-(0[1-9]|1[0-2]))?$"));
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_:.\\-]{1,80}$"));
    QStringList positional;
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        const auto value = [&](QString* out) -> bool {
            if (i + 1 >= args.size() || args.at(i + 1).startsWith(QStringLiteral("--")))
                return false;
            *out = args.at(++i);
            return true;
        };
        QString v;
        if (a == QStringLiteral("--list")) {
            r.list = true;
        } else if (a == QStringLiteral("--layer") || a == QStringLiteral("--format") || a == QStringLiteral("--lang")
                   || a == QStringLiteral("--out") || a == QStringLiteral("--width") || a == QStringLiteral("--height")
                   || a == QStringLiteral("--scale") || a == QStringLiteral("--dpi")
                   || a == QStringLiteral("--jurisdiction") || a == QStringLiteral("--from") || a == QStringLiteral("--to")
                   || a == QStringLiteral("--text")) {
            if (!value(&v))
                return fail(QStringLiteral("%1 needs a value").arg(a));
            bool ok = true;
            if (a == QStringLiteral("--layer")) {
                r.id = v;
            } else if (a == QStringLiteral("--format")) {
                r.format = v.toLower();
                if (!QStringList{QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf"), QStringLiteral("csv")}
                         .contains(r.format))
                    return fail(QStringLiteral("unknown format '%1' (png, svg, pdf or csv)").arg(v));
            } else if (a == QStringLiteral("--lang")) {
                if (v != QStringLiteral("ko") && v != QStringLiteral("en"))
                    return fail(QStringLiteral("unknown language '%1' (ko or en)").arg(v));
                r.lang = v == QStringLiteral("en") ? Lang::English : Lang::Korean;
            } else if (a == QStringLiteral("--out")) {
                r.out = v;
            } else if (a == QStringLiteral("--width") || a == QStringLiteral("--height")) {
                const int n = v.toInt(&ok);
                if (!ok || n < 200 || n > 20000)
                    return fail(QStringLiteral("%1 must be a whole number from 200 to 20000, not '%2'").arg(a, v));
                (a == QStringLiteral("--width") ? r.width : r.height) = n;
            } else if (a == QStringLiteral("--scale")) {
                r.scale = v.toDouble(&ok);
                if (!ok || r.scale < 0.25 || r.scale > 8)
                    return fail(QStringLiteral("--scale must be a number from 0.25 to 8, not '%1'").arg(v));
            } else if (a == QStringLiteral("--dpi")) {
                r.dpi = v.toInt(&ok);
                if (!ok || r.dpi < 24 || r.dpi > 1200)
                    return fail(QStringLiteral("--dpi must be a whole number from 24 to 1200, not '%1'").arg(v));
            } else if (a == QStringLiteral("--jurisdiction")) {
                for (const QString& id : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                    if (!idPattern.match(id.trimmed()).hasMatch())
                        return fail(QStringLiteral("'%1' is not a jurisdiction id").arg(id));
                    r.jurisdictions.append(id.trimmed());
                }
                if (r.jurisdictions.isEmpty())
                    return fail(QStringLiteral("--jurisdiction needs at least one id"));
            } else if (a == QStringLiteral("--from") || a == QStringLiteral("--to")) {
                if (!datePrefix.match(v).hasMatch())
                    return fail(QStringLiteral("%1 must be YYYY or YYYY-MM, not '%2'").arg(a, v));
                (a == QStringLiteral("--from") ? r.from : r.to) = v;
            } else if (a == QStringLiteral("--text")) {
                if (v != QStringLiteral("outlines") && v != QStringLiteral("editable"))
                    return fail(QStringLiteral("--text must be outlines or editable, not '%1'").arg(v));
                r.svgOutlines = v == QStringLiteral("outlines");
            }
        } else if (a.startsWith(QStringLiteral("-"))) {
            return fail(QStringLiteral("unknown option '%1'").arg(a));
        } else {
            positional.append(a);
        }
    }
    if (r.list) {
        if (!positional.isEmpty())
            return fail(QStringLiteral("--list takes no other arguments"));
        return r;
    }
    if (positional.isEmpty())
        return fail(QStringLiteral("what should be exported? one of: ") + kinds().join(QStringLiteral(", ")));
    r.kind = positional.takeFirst();
    if (!kinds().contains(r.kind))
        return fail(QStringLiteral("unknown export '%1' (one of: %2)").arg(r.kind, kinds().join(QStringLiteral(", "))));
    if (!positional.isEmpty()) {
        if (!r.id.isEmpty() || positional.size() > 1)
            return fail(QStringLiteral("unexpected argument '%1'").arg(positional.last()));
        r.id = positional.takeFirst();
    }
    if ((r.kind == QStringLiteral("chart") || r.kind == QStringLiteral("table")) && r.id.isEmpty())
        return fail(QStringLiteral("export %1 needs an id (see export --list)").arg(r.kind));
    if ((r.kind == QStringLiteral("brief") || r.kind == QStringLiteral("profile")) && r.jurisdictions.isEmpty())
        return fail(QStringLiteral("export %1 needs --jurisdiction").arg(r.kind));
    if (r.out.isEmpty())
        return fail(QStringLiteral("--out FILE is required"));
    if (r.format.isEmpty()) {
        const QString suffix = r.out.section(QLatin1Char('.'), -1).toLower();
        r.format = QStringList{QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf"), QStringLiteral("csv")}
                           .contains(suffix)
            ? suffix
            : (r.kind == QStringLiteral("table") ? QStringLiteral("csv")
                                                 : (r.kind == QStringLiteral("brief") ? QStringLiteral("pdf") : QStringLiteral("png")));
    }
    if (r.kind == QStringLiteral("table") && r.format != QStringLiteral("csv"))
        return fail(QStringLiteral("tables are exported as csv"));
    if (r.kind != QStringLiteral("table") && r.format == QStringLiteral("csv"))
        return fail(QStringLiteral("only tables are exported as csv"));
    if (r.kind == QStringLiteral("brief") && r.format != QStringLiteral("pdf"))
        return fail(QStringLiteral("the country brief is a PDF"));
    if (!r.from.isEmpty() && !r.to.isEmpty() && r.to < r.from)
        return fail(QStringLiteral("--to is before --from"));
    return r;
}

} // namespace atlas
