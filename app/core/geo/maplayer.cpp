#include "maplayer.h"

#include <QMap>

#include <algorithm>

namespace atlas {

MapLayer::State MapLayer::state(const QString& jurisdictionId) const
{
    if (values.contains(jurisdictionId))
        return State::HasValue;
    if (listed.contains(jurisdictionId))
        return State::NoItem;
    if (covered.contains(jurisdictionId))
        return State::NotListed;
    return State::NotCovered;
}

QString MapLayer::sourceLine() const
{
    // QMap: locators in a stable order, whatever the hash order of the values.
    QMap<QString, QVector<int>> pages;
    auto add = [&pages](const SourceRef& s) {
        if (!s.isValid())
            return;
        QVector<int>& list = pages[s.locator];
        if (s.page > 0 && !list.contains(s.page))
            list << s.page;
    };
    for (const MapValue& v : values) {
        add(v.source);
        for (const MapValue::Item& item : v.items)
            add(item.source);
    }
    QStringList parts;
    for (auto it = pages.begin(); it != pages.end(); ++it) {
        QVector<int>& list = it.value();
        std::sort(list.begin(), list.end());
        QString part = it.key();
        if (list.size() == 1)
            part += QStringLiteral(", p.") + QString::number(list.first());
        else if (list.size() > 1)
            part += QStringLiteral(", pp.") + QString::number(list.first()) + QChar(0x2013)
                + QString::number(list.last());
        parts << part;
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace atlas
