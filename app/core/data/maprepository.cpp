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

void MapRepository::addStatisticLayers(MapData& data, const QSet<QString>& covered, StatisticValues values) const
{
    // Every topic flagged as a map layer is offered, even before it has figures.
    SqliteStatement q = m_db.connection().prepare(
        QStringLiteral("SELECT topic, name_ko, name_en, unit, lower_is_better FROM statistic_topic "
                       "WHERE map_layer = 1 ORDER BY rowid"),
        nullptr);
    while (q.step()) {
        MapLayer layer;
        layer.id = QStringLiteral("statistic/") + q.text(0);
        layer.kind = MapLayer::Kind::Statistic;
        layer.topic = q.text(0);
        layer.nameKo = q.text(1);
        layer.nameEn = q.text(2);
        layer.unit = q.text(3);
        layer.lowerIsBetter = q.integer(4) != 0;
        layer.covered = covered;
        layer.valuesLoaded = false;
        if (values == StatisticValues::Now)
            loadValues(layer);
        data.layers << layer;
    }
}

void MapRepository::loadValues(MapLayer& layer) const
{
    if (layer.valuesLoaded)
        return;
    // Per jurisdiction the latest period first: it is drawn, earlier ones go to the tooltip. The
    // covering index statistic_map_values answers this without touching the table.
    SqliteStatement q = m_db.connection().prepare(
        QStringLiteral("SELECT s.jurisdiction_id, s.subject, s.subject_en, s.period, s.value, s.value_as_printed, "
                       "s.publisher, src.id, src.locator, src.page, src.line_start, src.line_end "
                       "FROM statistic s LEFT JOIN source src ON src.id = s.source_id "
                       "WHERE s.topic = ? AND s.is_forecast = 0 AND s.jurisdiction_id IS NOT NULL "
                       "ORDER BY s.jurisdiction_id, s.period DESC, s.id"),
        nullptr);
    q.bind(1, layer.topic);
    QStringList publishers;
    layer.values.clear();
    while (q.step()) {
        const QString jurisdiction = q.text(0);
        const QString publisher = q.text(6);
        if (!publisher.isEmpty() && !publishers.contains(publisher))
            publishers << publisher;
        const QString asPrinted = q.text(5);
        const QString period = q.text(3);
        auto it = layer.values.find(jurisdiction);
        if (it != layer.values.end()) {   // an earlier period: for the tooltip
            it->otherPeriods << period + QStringLiteral(": ") + (asPrinted.isEmpty() ? QString::number(q.real(4)) : asPrinted);
            continue;
        }
        MapValue v;
        v.subjectKo = q.text(1);
        v.subjectEn = q.text(2);
        v.period = period;
        v.value = q.real(4);
        v.asPrinted = asPrinted;
        v.source.id = q.int64(7);
        v.source.locator = q.text(8);
        v.source.page = q.integer(9);
        v.source.lineStart = q.integer(10);
        v.source.lineEnd = q.integer(11);
        layer.values.insert(jurisdiction, v);
    }
    layer.publisher = publishers.join(QStringLiteral("; "));
    layer.valuesLoaded = true;
}

} // namespace atlas
