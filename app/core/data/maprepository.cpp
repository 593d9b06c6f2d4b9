#include "maprepository.h"

#include "database.h"
#include "geo/countrytable.h"
#include "geo/worldgeometry.h"
#include "repository.h"

namespace atlas {

namespace {
MapValue::Item itemOf(const Appendix1Entry& e)
{
    MapValue::Item item;
    item.fieldCode = e.field;
    item.titleKo = e.titleAsPrinted.isEmpty() ? e.policy.titleKo : e.titleAsPrinted;
    item.titleEn = e.policy.titleEn;
    item.dateAsPrinted = e.dateAsPrinted;
    item.source = e.source;
    return item;
}

MapLayer appendix1Layer(const QString& id, MapLayer::Kind kind, const QString& nameKo, const QString& nameEn,
                        const QSet<QString>& listed, const QSet<QString>& covered)
{
    MapLayer layer;
    layer.id = id;
    layer.kind = kind;
    layer.nameKo = nameKo;
    layer.nameEn = nameEn;
    layer.unit = QStringLiteral("count");
    layer.listed = listed;
    layer.covered = covered;
    return layer;
}

void addEntry(MapLayer& layer, const Appendix1Entry& e)
{
    MapValue& v = layer.values[e.jurisdictionId];
    v.value += 1;
    v.items << itemOf(e);
    if (!v.source.isValid())
        v.source = e.source;
}
} // namespace

MapData MapRepository::load(StatisticValues values, const QVector<Appendix1Entry>& knownEntries) const
{
    MapData data;
    const Repository repo(m_db);
    QSet<QString> listed;
    QSet<QString> covered;
    for (const Jurisdiction& j : repo.jurisdictions()) {
        data.jurisdictions.insert(j.id, j);
        if (j.inAppendix1)
            listed.insert(j.id);
        if (j.chapter3Seq > 0)
            covered.insert(j.id);
    }
    // Every other map area still gets a name for its tooltip, from maps/countries.tsv.
    const CountryTable& table = CountryTable::bundled();
    for (const CountryShape& shape : WorldGeometry::bundled().countries()) {
        if (data.jurisdictions.contains(shape.id))
            continue;
        Jurisdiction j;
        j.id = shape.id;
        j.kind = QStringLiteral("country");
        if (const CountryTable::Entry* e = table.find(shape.id)) {
            j.nameKo = e->nameKo;
            j.nameEn = e->nameEn;
            j.isoNumeric = e->numeric;
        } else {
            j.nameEn = shape.name;
        }
        data.jurisdictions.insert(j.id, j);
    }
    data.euMembers = repo.members(MapData::euId());

    const QVector<Field> fields = repo.fields();
    const QVector<Appendix1Entry> entries = knownEntries.isEmpty() ? repo.appendix1Entries() : knownEntries;
    for (const Field& f : fields) {
        MapLayer layer = appendix1Layer(QStringLiteral("appendix1/") + f.code, MapLayer::Kind::Appendix1Field,
                                        QStringLiteral("첨부 1 · ") + f.nameKo,
                                        QStringLiteral("Appendix 1 · ") + f.nameEn, listed, covered);
        layer.fieldCode = f.code;
        for (const Appendix1Entry& e : entries)
            if (e.field == f.code)
                addEntry(layer, e);
        data.layers << layer;
    }
    MapLayer total = appendix1Layer(QStringLiteral("appendix1/all"), MapLayer::Kind::Appendix1Total,
                                    QStringLiteral("첨부 1 · 전체 분야"), QStringLiteral("Appendix 1 · all fields"),
                                    listed, covered);
    for (const Appendix1Entry& e : entries)
        addEntry(total, e);
    data.layers << total;

    addStatisticLayers(data, covered, values);
    return data;
}

namespace {
// The figures of one jurisdiction on a layer: the latest period is drawn, earlier ones go to the tooltip.
constexpr const char* kValueColumns = "s.jurisdiction_id, s.subject, s.subject_en, s.period, s.value, s.value_as_printed, "
                                      "s.publisher, src.id, src.locator, src.page, src.line_start, src.line_end";
constexpr const char* kValueJoin = "LEFT JOIN statistic s ON s.topic = t.topic AND s.is_forecast = 0 "
                                   "AND s.jurisdiction_id IS NOT NULL "
                                   "LEFT JOIN source src ON src.id = s.source_id";
constexpr const char* kValueOrder = "s.jurisdiction_id, s.period DESC, s.id";
} // namespace

void MapRepository::readValues(SqliteStatement& q, int c, MapLayer& layer, QStringList& publishers)
{
    if (q.isNull(c))
        return;   // a topic without figures (LEFT JOIN)
    const QString jurisdiction = q.text(c);
    const QString publisher = q.text(c + 6);
    if (!publisher.isEmpty() && !publishers.contains(publisher))
        publishers << publisher;
    const QString asPrinted = q.text(c + 5);
    const QString period = q.text(c + 3);
    auto it = layer.values.find(jurisdiction);
    if (it != layer.values.end()) {
        it->otherPeriods << period + QStringLiteral(": ") + (asPrinted.isEmpty() ? QString::number(q.real(c + 4)) : asPrinted);
        return;
    }
    MapValue v;
    v.subjectKo = q.text(c + 1);
    v.subjectEn = q.text(c + 2);
    v.period = period;
    v.value = q.real(c + 4);
    v.asPrinted = asPrinted;
    v.source.id = q.int64(c + 7);
    v.source.locator = q.text(c + 8);
    v.source.page = q.integer(c + 9);
    v.source.lineStart = q.integer(c + 10);
    v.source.lineEnd = q.integer(c + 11);
    layer.values.insert(jurisdiction, v);
}

void MapRepository::addStatisticLayers(MapData& data, const QSet<QString>& covered, StatisticValues values) const
{
    // LEFT JOIN: a topic flagged as a map layer is offered even before it has figures.
    const bool now = values == StatisticValues::Now;
    SqliteStatement q = m_db.connection().prepare(
        now ? QStringLiteral("SELECT t.topic, t.name_ko, t.name_en, t.unit, t.lower_is_better, %1 FROM statistic_topic t %2 "
                             "WHERE t.map_layer = 1 ORDER BY t.rowid, %3")
                  .arg(QLatin1String(kValueColumns), QLatin1String(kValueJoin), QLatin1String(kValueOrder))
            : QStringLiteral("SELECT t.topic, t.name_ko, t.name_en, t.unit, t.lower_is_better FROM statistic_topic t "
                             "WHERE t.map_layer = 1 ORDER BY t.rowid"),
        nullptr);
    MapLayer* layer = nullptr;
    QStringList publishers;
    auto finish = [&] {
        if (layer)
            layer->publisher = publishers.join(QStringLiteral("; "));
        publishers.clear();
    };
    while (q.step()) {
        const QString topic = q.text(0);
        if (!layer || layer->topic != topic) {
            finish();
            MapLayer next;
            next.id = QStringLiteral("statistic/") + topic;
            next.kind = MapLayer::Kind::Statistic;
            next.topic = topic;
            next.nameKo = q.text(1);
            next.nameEn = q.text(2);
            next.unit = q.text(3);
            next.lowerIsBetter = q.integer(4) != 0;
            next.covered = covered;
            next.valuesLoaded = now;
            data.layers << next;
            layer = &data.layers.last();
        }
        if (now)
            readValues(q, 5, *layer, publishers);
    }
    finish();
}

void MapRepository::loadValues(MapLayer& layer) const
{
    if (layer.valuesLoaded)
        return;
    // The statistic rows alone (the layer is known): the covering index statistic_map_values answers it.
    SqliteStatement q = m_db.connection().prepare(
        QStringLiteral("SELECT %1 FROM statistic s LEFT JOIN source src ON src.id = s.source_id WHERE s.topic = ? "
                       "AND s.is_forecast = 0 AND s.jurisdiction_id IS NOT NULL ORDER BY %2")
            .arg(QLatin1String(kValueColumns), QLatin1String(kValueOrder)),
        nullptr);
    q.bind(1, layer.topic);
    QStringList publishers;
    layer.values.clear();
    while (q.step())
        readValues(q, 0, layer, publishers);
    layer.publisher = publishers.join(QStringLiteral("; "));
    layer.valuesLoaded = true;
}

} // namespace atlas
