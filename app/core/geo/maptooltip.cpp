#include "maptooltip.h"

#include "mapdata.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace atlas {

namespace {
constexpr int kMaxItems = 12;

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString number(double v, Lang lang)
{
    const QLocale locale(lang == Lang::Korean ? QLocale::Korean : QLocale::English);
    if (std::abs(v - std::round(v)) < 1e-9)
        return locale.toString(qint64(std::llround(v)));
    return locale.toString(v, 'f', std::abs(v) < 10 ? 2 : 1).remove(QRegularExpression(QStringLiteral("0+$")));
}
} // namespace

QString MapTooltip::formatValue(double value, const QString& unit, Lang lang)
{
    const QString n = number(value, lang);
    if (unit == QLatin1String("percent"))
        return n + QLatin1Char('%');
    if (unit == QLatin1String("rank"))
        return tr("rank %1").arg(n);
    if (unit == QLatin1String("count"))
        return n;
    if (unit == QLatin1String("per_100k"))
        return tr("%1 per 100,000 people").arg(n);
    if (unit == QLatin1String("ratio"))
        return tr("%1×").arg(n);
    return unit.isEmpty() ? n : n + QLatin1Char(' ') + unit;
}

QString MapTooltip::unitCaption(const QString& unit, bool lowerIsBetter)
{
    if (unit == QLatin1String("rank"))
        return lowerIsBetter ? tr("Rank (lower is better)") : tr("Rank");
    if (unit == QLatin1String("percent"))
        return tr("Percent");
    if (unit == QLatin1String("count"))
        return tr("Count");
    if (unit == QLatin1String("per_100k"))
        return tr("Per 100,000 people");
    return unit;
}

QString MapTooltip::stateText(const MapLayer& layer, int state)
{
    switch (MapLayer::State(state)) {
    case MapLayer::State::HasValue:
        return {};
    case MapLayer::State::NoItem:
        return tr("No item in this field");
    case MapLayer::State::NotListed:
        return layer.isAppendix1() ? tr("Not part of 첨부 1 (covered in chapter 3)")
                                   : tr("Covered by the report, no figure here");
    case MapLayer::State::NotCovered:
        return tr("Not covered by the report");
    }
    return {};
}

QString MapTooltip::html(const MapData& data, const MapLayer& layer, const QString& id, Lang lang,
                         const QString& viaMember)
{
    const auto it = data.jurisdictions.constFind(id);
    const QString ko = it == data.jurisdictions.cend() ? id : it->nameKo;
    const QString en = it == data.jurisdictions.cend() ? QString() : it->nameEn;
    QString out = QStringLiteral("<b>") + esc(ko.isEmpty() ? en : ko) + QStringLiteral("</b>");
    if (!en.isEmpty() && en != ko)
        out += QStringLiteral(" · ") + esc(en);
    out += QStringLiteral(" <span style='color:gray'>(") + esc(id) + QStringLiteral(")</span>");
    if (!viaMember.isEmpty())
        out += QStringLiteral("<br/><i>") + esc(tr("Over %1, which has no value of its own here: the EU's value")
                                                   .arg(data.name(viaMember, lang)))
            + QStringLiteral("</i>");
    out += QStringLiteral("<br/>") + esc(layer.name(lang)) + QStringLiteral(": ");

    const MapLayer::State state = layer.state(id);
    if (state != MapLayer::State::HasValue) {
        out += QStringLiteral("<b>") + esc(stateText(layer, int(state))) + QStringLiteral("</b>");
        return out;
    }
    const MapValue& v = layer.values.value(id);
    if (layer.isAppendix1()) {
        out += QStringLiteral("<b>") + esc(tr("%n item(s)", nullptr, int(v.value))) + QStringLiteral("</b>");
        out += QStringLiteral("<ul style='margin:0'>");
        for (int i = 0; i < v.items.size() && i < kMaxItems; ++i) {
            const MapValue::Item& item = v.items.at(i);
            QString line = item.dateAsPrinted.isEmpty() ? QString() : item.dateAsPrinted + QStringLiteral(" · ");
            if (layer.kind == MapLayer::Kind::Appendix1Total)
                line += QLatin1Char('[') + item.fieldCode + QStringLiteral("] ");
            line += item.title(lang);
            out += QStringLiteral("<li>") + esc(line) + QStringLiteral("</li>");
        }
        if (v.items.size() > kMaxItems)
            out += QStringLiteral("<li>") + esc(tr("… and %n more", nullptr, int(v.items.size() - kMaxItems)))
                + QStringLiteral("</li>");
        out += QStringLiteral("</ul>");
    } else {
        out += QStringLiteral("<b>") + esc(formatValue(v.value, layer.unit, lang)) + QStringLiteral("</b>");
        if (!v.period.isEmpty())
            out += QStringLiteral(" (") + esc(v.period) + QLatin1Char(')');
        if (lang == Lang::Korean && !v.asPrinted.isEmpty())
            out += QStringLiteral(" · ") + esc(tr("as printed: %1").arg(v.asPrinted));
        if (!v.subject(lang).isEmpty())
            out += QStringLiteral("<br/>") + esc(v.subject(lang));
        if (!v.otherPeriods.isEmpty())
            out += QStringLiteral("<br/>") + esc(tr("Other periods: %1").arg(v.otherPeriods.join(QStringLiteral(", "))));
    }
    QString source = v.source.citation();
    if (!layer.publisher.isEmpty())
        source = layer.publisher + QStringLiteral(" · ") + source;
    if (!source.isEmpty())
        out += QStringLiteral("<br/><span style='color:gray'>") + esc(tr("Source: %1").arg(source))
            + QStringLiteral("</span>");
    return out;
}

} // namespace atlas
