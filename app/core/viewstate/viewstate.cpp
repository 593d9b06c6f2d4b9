#include "viewstate.h"

#include "data/repository.h"
#include "io/savefile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace atlas {

namespace {

const QRegularExpression& idPattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_:./\\-]{1,80}$"));
    return re;
}
const QRegularExpression& datePattern()
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$"));
    return re;
}

QStringList sorted(const QSet<QString>& s)
{
    QStringList l(s.cbegin(), s.cend());
    l.sort();
    return l;
}

template <typename T>
QList<T> sortedIds(const QSet<T>& s)
{
    QList<T> l(s.cbegin(), s.cend());
    std::sort(l.begin(), l.end());
    return l;
}

} // namespace

QByteArray ViewState::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("ai-trends-atlas-view"));
    o.insert(QStringLiteral("version"), kFormatVersion);
    o.insert(QStringLiteral("mapLayer"), mapLayer);
    o.insert(QStringLiteral("chart"), chart);
    o.insert(QStringLiteral("language"), lang == Lang::Korean ? QStringLiteral("ko") : QStringLiteral("en"));
    o.insert(QStringLiteral("jurisdictions"), QJsonArray::fromStringList(sorted(selection.jurisdictions)));
    o.insert(QStringLiteral("field"), selection.field);
    QJsonArray policies, companies;
    for (qint64 id : sortedIds(selection.policies))
        policies.append(id);
    for (qint64 id : sortedIds(selection.companies))
        companies.append(id);
    o.insert(QStringLiteral("policies"), policies);
    o.insert(QStringLiteral("companies"), companies);
    o.insert(QStringLiteral("from"), selection.timeRange.from);
    o.insert(QStringLiteral("to"), selection.timeRange.to);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

std::optional<ViewState> ViewState::fromJson(const QByteArray& json, QString* error)
{
    const auto fail = [error](const QString& m) {
        if (error)
            *error = m;
        return std::nullopt;
    };
    if (json.size() > kMaxFileSize)
        return fail(QStringLiteral("the file is %1 bytes; a saved view is at most %2").arg(json.size()).arg(kMaxFileSize));
    QByteArray bytes = json;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Report line:column of the offset, which is what an editor shows.
        const QByteArray before = bytes.left(parseError.offset);
        const int line = static_cast<int>(before.count('\n')) + 1;
        const int column = static_cast<int>(parseError.offset - (before.lastIndexOf('\n') + 1)) + 1;
        return fail(QStringLiteral("line %1, column %2: %3").arg(line).arg(column).arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return fail(QStringLiteral("a saved view is a JSON object"));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QStringLiteral("ai-trends-atlas-view"))
        return fail(QStringLiteral("\"format\" must be \"ai-trends-atlas-view\""));
    const int version = o.value(QStringLiteral("version")).toInt(-1);
    if (version < 1 || version > kFormatVersion)
        return fail(QStringLiteral("\"version\" %1 is not one this app reads (1..%2)").arg(version).arg(kFormatVersion));

    ViewState v;
    const auto text = [&](const char* key, QString* out, const QRegularExpression* pattern) -> bool {
        const QJsonValue value = o.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isString())
            return false;
        *out = value.toString();
        return out->isEmpty() || !pattern || pattern->match(*out).hasMatch();
    };
    if (!text("mapLayer", &v.mapLayer, &idPattern()))
        return fail(QStringLiteral("\"mapLayer\" is not a layer id"));
    if (!text("chart", &v.chart, &idPattern()))
        return fail(QStringLiteral("\"chart\" is not a chart id"));
    if (!text("field", &v.selection.field, &idPattern()))
        return fail(QStringLiteral("\"field\" is not a field code"));
    if (!text("from", &v.selection.timeRange.from, &datePattern()))
        return fail(QStringLiteral("\"from\" must be YYYY, YYYY-MM or YYYY-MM-DD"));
    if (!text("to", &v.selection.timeRange.to, &datePattern()))
        return fail(QStringLiteral("\"to\" must be YYYY, YYYY-MM or YYYY-MM-DD"));
    QString lang;
    if (!text("language", &lang, nullptr) || (!lang.isEmpty() && lang != QStringLiteral("ko") && lang != QStringLiteral("en")))
        return fail(QStringLiteral("\"language\" must be \"ko\" or \"en\""));
    v.lang = lang == QStringLiteral("en") ? Lang::English : Lang::Korean;

    const QJsonValue js = o.value(QStringLiteral("jurisdictions"));
    if (!js.isUndefined() && !js.isArray())
        return fail(QStringLiteral("\"jurisdictions\" must be a list"));
    const QJsonArray jarray = js.toArray();
    if (jarray.size() > 300)
        return fail(QStringLiteral("\"jurisdictions\" has %1 entries; at most 300").arg(jarray.size()));
    for (int i = 0; i < jarray.size(); ++i) {
        const QString id = jarray.at(i).toString();
        if (!jarray.at(i).isString() || !idPattern().match(id).hasMatch())
            return fail(QStringLiteral("\"jurisdictions\"[%1] is not a jurisdiction id").arg(i));
        v.selection.jurisdictions.insert(id);
    }
    for (const char* key : {"policies", "companies"}) {
        const QJsonValue value = o.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isArray())
            return fail(QStringLiteral("\"%1\" must be a list").arg(QLatin1String(key)));
        const QJsonArray array = value.toArray();
        if (array.size() > 10000)
            return fail(QStringLiteral("\"%1\" has too many entries").arg(QLatin1String(key)));
        for (int i = 0; i < array.size(); ++i) {
            const double d = array.at(i).toDouble(-1);
            if (!array.at(i).isDouble() || d < 1 || d > 1e12 || d != static_cast<double>(static_cast<qint64>(d)))
                return fail(QStringLiteral("\"%1\"[%2] is not an id").arg(QLatin1String(key)).arg(i));
            (qstrcmp(key, "policies") == 0 ? v.selection.policies : v.selection.companies).insert(static_cast<qint64>(d));
        }
    }
    if (!v.selection.timeRange.from.isEmpty() && !v.selection.timeRange.to.isEmpty()
        && v.selection.timeRange.to < v.selection.timeRange.from)
        return fail(QStringLiteral("\"to\" is before \"from\""));
    return v;
}

QString ViewState::toLink() const
{
    QUrlQuery q;
    if (!selection.jurisdictions.isEmpty())
        q.addQueryItem(QStringLiteral("c"), sorted(selection.jurisdictions).join(QLatin1Char(',')));
    if (!selection.field.isEmpty())
        q.addQueryItem(QStringLiteral("field"), selection.field);
    if (!selection.timeRange.isEmpty())
        q.addQueryItem(QStringLiteral("t"), selection.timeRange.from + QStringLiteral("..") + selection.timeRange.to);
    if (!mapLayer.isEmpty())
        q.addQueryItem(QStringLiteral("layer"), mapLayer);
    if (!chart.isEmpty())
        q.addQueryItem(QStringLiteral("chart"), chart);
    QStringList p, c;
    for (qint64 id : sortedIds(selection.policies))
        p.append(QString::number(id));
    for (qint64 id : sortedIds(selection.companies))
        c.append(QString::number(id));
    if (!p.isEmpty())
        q.addQueryItem(QStringLiteral("p"), p.join(QLatin1Char(',')));
    if (!c.isEmpty())
        q.addQueryItem(QStringLiteral("co"), c.join(QLatin1Char(',')));
    q.addQueryItem(QStringLiteral("lang"), lang == Lang::Korean ? QStringLiteral("ko") : QStringLiteral("en"));
    return QStringLiteral("aitrends://view?") + q.toString(QUrl::FullyEncoded);
}

std::optional<ViewState> ViewState::fromLink(const QString& link, QString* error)
{
    const auto fail = [error](const QString& m) {
        if (error)
            *error = m;
        return std::nullopt;
    };
    const QString trimmed = link.trimmed();
    if (trimmed.size() > 8192)
        return fail(QStringLiteral("the link is too long"));
    if (!trimmed.startsWith(QStringLiteral("aitrends://view?")) && trimmed != QStringLiteral("aitrends://view"))
        return fail(QStringLiteral("a view link starts with aitrends://view?"));
    const QUrlQuery q(trimmed.section(QLatin1Char('?'), 1));
    // Rebuild a JSON object and reuse its validation: one set of rules for files and links.
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("ai-trends-atlas-view"));
    o.insert(QStringLiteral("version"), kFormatVersion);
    const auto item = [&](const char* key) { return q.queryItemValue(QLatin1String(key), QUrl::FullyDecoded); };
    if (q.hasQueryItem(QStringLiteral("c")))
        o.insert(QStringLiteral("jurisdictions"),
                 QJsonArray::fromStringList(item("c").split(QLatin1Char(','), Qt::SkipEmptyParts)));
    for (const auto& [key, name] : {std::pair{"field", "field"}, std::pair{"layer", "mapLayer"}, std::pair{"chart", "chart"},
                                    std::pair{"lang", "language"}})
        if (q.hasQueryItem(QLatin1String(key)))
            o.insert(QLatin1String(name), item(key));
    if (q.hasQueryItem(QStringLiteral("t"))) {
        const QString t = item("t");
        const int sep = static_cast<int>(t.indexOf(QStringLiteral("..")));
        if (sep < 0)
            return fail(QStringLiteral("t must be FROM..TO"));
        o.insert(QStringLiteral("from"), t.left(sep));
        o.insert(QStringLiteral("to"), t.mid(sep + 2));
    }
    for (const auto& [key, name] : {std::pair{"p", "policies"}, std::pair{"co", "companies"}}) {
        if (!q.hasQueryItem(QLatin1String(key)))
            continue;
        QJsonArray ids;
        for (const QString& s : item(key).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = s.toLongLong(&ok);
            if (!ok)
                return fail(QStringLiteral("%1: '%2' is not an id").arg(QLatin1String(key), s));
            ids.append(id);
        }
        o.insert(QLatin1String(name), ids);
    }
    return fromJson(QJsonDocument(o).toJson(QJsonDocument::Compact), error);
}

std::optional<ViewState> ViewState::load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    // Read one byte more than a view may have, so that a huge file (or an endless device) is refused
    // by fromJson's size check without being read whole.
    const QByteArray bytes = file.read(kMaxFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    return fromJson(bytes, error);
}

bool ViewState::save(const QString& path, QString* error) const
{
    return SaveFile::write(path, toJson(), error);
}

ViewState::KnownSelection ViewState::knownSelection(const Repository& repository) const
{
    KnownSelection known;
    known.selection = selection;
    SelectionState::Snapshot& sel = known.selection;
    for (const QString& id : selection.jurisdictions)
        if (!repository.jurisdiction(id)) {
            known.unknownJurisdictions.append(id);
            sel.jurisdictions.remove(id);
        }
    if (!selection.field.isEmpty() && !repository.vocabulary(QStringLiteral("field")).contains(selection.field)) {
        known.unknownField = selection.field;
        sel.field.clear();
    }
    const QList<qint64> policies(selection.policies.cbegin(), selection.policies.cend());
    const QSet<qint64> knownPolicies = repository.existingPolicyIds(policies);
    for (qint64 id : policies)
        if (!knownPolicies.contains(id)) {
            known.unknownPolicies.append(id);
            sel.policies.remove(id);
        }
    const QList<qint64> companies(selection.companies.cbegin(), selection.companies.cend());
    QSet<qint64> knownCompanies;
    if (!companies.isEmpty())   // companies({}) would be all of them
        for (const Company& c : repository.companies(companies))
            knownCompanies.insert(c.id);
    for (qint64 id : companies)
        if (!knownCompanies.contains(id)) {
            known.unknownCompanies.append(id);
            sel.companies.remove(id);
        }
    std::sort(known.unknownJurisdictions.begin(), known.unknownJurisdictions.end());
    std::sort(known.unknownPolicies.begin(), known.unknownPolicies.end());
    std::sort(known.unknownCompanies.begin(), known.unknownCompanies.end());
    return known;
}

} // namespace atlas
