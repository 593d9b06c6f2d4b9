#include "topojson.h"

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>

namespace atlas {

namespace {
/// How far a decoded position may lie outside ±180°/±90°: quantization rounds the map's edge (e.g.
/// 99999 × scale + translate) a few ulps past it.
constexpr double kDegreeSlack = 1e-6;

/// A forward-only reader over JSON text, just enough for TopoJSON. QJsonDocument builds a value tree of
/// the whole file first (for 1:50m, 200 000 small arrays), which alone took longer than our load budget.
/// This reads the arcs straight into points and skips what we do not need.
class JsonReader
{
public:
    explicit JsonReader(const QByteArray& text)
        : m_begin(text.constData())
        , m_p(text.constData())
        , m_end(text.constData() + text.size())
    {
    }

    bool failed() const { return m_failed; }
    QString error() const { return m_error; }

    void fail(const char* what)
    {
        if (!m_failed)
            m_error = QStringLiteral("JSON: %1 at offset %2").arg(QLatin1String(what)).arg(qint64(m_p - m_begin));
        m_failed = true;
        m_p = m_end;
    }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    char peek()
    {
        skipSpace();
        return m_p < m_end ? *m_p : '\0';
    }
    bool consume(char c)
    {
        if (peek() != c)
            return false;
        ++m_p;
        return true;
    }
    void expect(char c)
    {
        if (!consume(c))
            fail("unexpected character");
    }

    QString string()
    {
        expect('"');
        QByteArray out;
        while (m_p < m_end && *m_p != '"') {
            if (*m_p == '\\' && m_p + 1 < m_end) {
                ++m_p;
                switch (*m_p) {
                case 'n': out += '\n'; break;
                case 't': out += '\t'; break;
                case 'r': out += '\r'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'u': {
                    if (m_end - m_p < 5) {
                        fail("bad escape");
                        return {};
                    }
                    const ushort code = ushort(std::strtoul(QByteArray(m_p + 1, 4).constData(), nullptr, 16));
                    out += QString(QChar(code)).toUtf8();
                    m_p += 4;
                    break;
                }
                default: out += *m_p; break;
                }
                ++m_p;
                continue;
            }
            out += *m_p++;
        }
        expect('"');
        return QString::fromUtf8(out);
    }

    double number()
    {
        skipSpace();
        // Integers (all of a quantized topology) without strtod's locale and allocation work, as long
        // as they fit a double exactly.
        const char* p = m_p;
        bool negative = false;
        if (p < m_end && *p == '-') {
            negative = true;
            ++p;
        }
        const char* digits = p;
        while (p < m_end && *p >= '0' && *p <= '9')
            ++p;
        if (p == digits) {
            fail("number expected");
            return 0;
        }
        constexpr qsizetype kExactDigits = 15;
        if (p - digits <= kExactDigits && !(p < m_end && (*p == '.' || *p == 'e' || *p == 'E'))) {
            long long value = 0;
            for (const char* d = digits; d < p; ++d)
                value = value * 10 + (*d - '0');
            m_p = p;
            return negative ? -double(value) : double(value);
        }
        // Fractions, exponents and long integers: parsed within the text (which need not end in a NUL)
        // by the C locale's rules, whatever the process locale.
        while (p < m_end && ((*p >= '0' && *p <= '9') || *p == '.' || *p == 'e' || *p == 'E' || *p == '+' || *p == '-'))
            ++p;
        bool ok = false;
        const double d = QByteArrayView(m_p, p - m_p).toDouble(&ok);
        if (!ok || !std::isfinite(d)) {
            fail("bad number");
            return 0;
        }
        m_p = p;
        return d;
    }

    /// A number that must be a whole number within int's range (arc indices).
    int integer()
    {
        const double d = number();
        if (!(d >= std::numeric_limits<int>::min() && d <= std::numeric_limits<int>::max()) || d != std::floor(d)) {
            fail("whole number expected");
            return 0;
        }
        return int(d);
    }

    /// Skips any value (strings, numbers, literals, nested arrays and objects). Recursive, so nesting is
    /// limited: a few hundred kilobytes of '[' would otherwise overflow the stack.
    void skipValue(int depth = 0)
    {
        constexpr int kMaxDepth = 256;
        const char c = peek();
        if (c == '"') {
            string();
        } else if (c == '{' || c == '[') {
            if (depth >= kMaxDepth)
                return fail("values nested too deeply");
            const char close = c == '{' ? '}' : ']';
            ++m_p;
            if (consume(close))
                return;
            do {
                if (c == '{') {
                    string();
                    expect(':');
                }
                skipValue(depth + 1);
            } while (!m_failed && consume(','));
            expect(close);
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            number();
        } else {
            while (m_p < m_end && std::strchr(",]} \n\r\t", *m_p) == nullptr)
                ++m_p;
        }
    }

    /// Calls \a member(key) for each member of an object; \a member must consume the value.
    template<typename F>
    void object(F&& member)
    {
        expect('{');
        if (consume('}'))
            return;
        do {
            const QString key = string();
            expect(':');
            member(key);
        } while (!m_failed && consume(','));
        expect('}');
    }

    /// Calls \a element() for each element of an array; \a element must consume the value.
    template<typename F>
    void array(F&& element)
    {
        expect('[');
        if (consume(']'))
            return;
        do
            element();
        while (!m_failed && consume(','));
        expect(']');
    }

private:
    const char* m_begin;
    const char* m_p;
    const char* m_end;
    bool m_failed = false;
    QString m_error;
};

QVector<int> readRing(JsonReader& r)
{
    QVector<int> ring;
    r.array([&] { ring << r.integer(); });
    return ring;
}

} // namespace

std::optional<TopoJson::Topology> TopoJson::decode(const QByteArray& json, const QString& objectName,
                                                   QString* error)
{
    JsonReader r(json);
    QString type;
    QVector<double> scale, translate;
    QVector<QVector<QPointF>> rawArcs;
    bool objectFound = false;
    Topology topo;

    auto readGeometry = [&] {
        Feature f;
        QString geometryType;
        QVector<QVector<QVector<int>>> polygons;
        r.object([&](const QString& key) {
            if (key == QLatin1String("type"))
                geometryType = r.string();
            else if (key == QLatin1String("id"))
                f.id = r.peek() == '"' ? r.string() : QString::number(r.number(), 'g', 17);
            else if (key == QLatin1String("properties"))
                r.object([&](const QString& property) {
                    if (property == QLatin1String("name") && r.peek() == '"')
                        f.name = r.string();
                    else
                        r.skipValue();
                });
            else if (key == QLatin1String("arcs"))
                // Polygon: [[ring]], MultiPolygon: [[[ring]]]; told apart once the type is known, so
                // keep both shapes' depth by reading one level generically.
                r.array([&] {
                    QVector<QVector<int>> level;
                    QVector<int> flat;
                    r.array([&] {
                        if (r.peek() == '[')
                            level << readRing(r);
                        else
                            flat << r.integer();
                    });
                    if (!flat.isEmpty())
                        polygons.append(QVector<QVector<int>>{flat});   // a Polygon's ring
                    else
                        polygons << level;                            // a MultiPolygon's polygon
                });
            else
                r.skipValue();
        });
        if (geometryType == QLatin1String("Polygon")) {
            // Each element read above was one ring: together they are one polygon.
            QVector<QVector<int>> rings;
            for (const auto& p : qAsConst(polygons))
                rings << p.value(0);
            f.polygons << rings;
        } else if (geometryType == QLatin1String("MultiPolygon")) {
            f.polygons = polygons;
        } else {
            return;   // points and lines carry no area to fill
        }
        topo.features << f;
    };

    r.object([&](const QString& key) {
        if (key == QLatin1String("type")) {
            type = r.string();
        } else if (key == QLatin1String("transform")) {
            r.object([&](const QString& k) {
                QVector<double>& target = k == QLatin1String("scale") ? scale : translate;
                if (k != QLatin1String("scale") && k != QLatin1String("translate"))
                    return r.skipValue();
                r.array([&] { target << r.number(); });
            });
        } else if (key == QLatin1String("arcs")) {
            r.array([&] {
                QVector<QPointF> arc;
                r.array([&] {
                    double xy[2] = {0, 0};
                    int i = 0;
                    r.array([&] {
                        const double v = r.number();
                        if (i < 2)
                            xy[i] = v;
                        ++i;
                    });
                    arc << QPointF(xy[0], xy[1]);
                });
                rawArcs << arc;
            });
        } else if (key == QLatin1String("objects")) {
            r.object([&](const QString& name) {
                if (name != objectName)
                    return r.skipValue();
                objectFound = true;
                r.object([&](const QString& k) {
                    if (k == QLatin1String("geometries"))
                        r.array(readGeometry);
                    else
                        r.skipValue();
                });
            });
        } else {
            r.skipValue();
        }
    });

    auto failWith = [error](const QString& text) {
        if (error)
            *error = text;
        return std::nullopt;
    };
    if (r.failed())
        return failWith(r.error());
    if (type != QLatin1String("Topology"))
        return failWith(QStringLiteral("not a TopoJSON topology"));
    if (!objectFound)
        return failWith(QStringLiteral("no object named %1").arg(objectName));

    // Without a transform, positions are absolute; with one they are quantized and delta-encoded.
    const bool quantized = scale.size() == 2 && translate.size() == 2;
    topo.arcs.reserve(rawArcs.size());
    for (const QVector<QPointF>& raw : qAsConst(rawArcs)) {
        QPolygonF points;
        points.reserve(raw.size());
        double x = 0, y = 0;
        for (const QPointF& p : raw) {
            if (quantized) {
                x += p.x();
                y += p.y();
                points << QPointF(x * scale.at(0) + translate.at(0), y * scale.at(1) + translate.at(1));
            } else {
                points << p;
            }
            // Everything downstream (antimeridian repair, densifying to 1° steps, projection) assumes
            // degrees: a position off the globe would be densified into millions of points.
            const QPointF& last = points.last();
            if (!(std::abs(last.x()) <= 180 + kDegreeSlack && std::abs(last.y()) <= 90 + kDegreeSlack))
                return failWith(QStringLiteral("arc %1 has a position outside longitude ±180°, latitude ±90°")
                                    .arg(topo.arcs.size()));
        }
        topo.arcs << points;
    }
    for (const Feature& f : qAsConst(topo.features))
        for (const auto& polygon : f.polygons)
            for (const auto& ring : polygon)
                for (int index : ring)
                    if (arcIndex(index) >= topo.arcs.size())
                        return failWith(QStringLiteral("arc %1 out of range in %2").arg(index).arg(f.id));
    return topo;
}

QPolygonF TopoJson::ring(const QVector<QPolygonF>& arcs, const QVector<int>& arcIndices)
{
    QPolygonF out;
    for (int signedIndex : arcIndices) {
        const QPolygonF& arc = arcs.at(arcIndex(signedIndex));
        const bool reversed = signedIndex < 0;
        const qsizetype n = arc.size();
        for (qsizetype i = out.isEmpty() ? 0 : 1; i < n; ++i)
            out << arc.at(reversed ? n - 1 - i : i);
    }
    return out;
}

} // namespace atlas
