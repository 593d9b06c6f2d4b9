#include "timeaxis.h"

#include <algorithm>
#include <cmath>

namespace atlas {

TimeAxis::TimeAxis(QDate start, QDate end, double x0, double x1)
    : m_start(start), m_end(end), m_x0(x0), m_x1(x1)
{
}

double TimeAxis::daysPerPixel() const
{
    return static_cast<double>(m_start.daysTo(m_end)) / std::max(1.0, m_x1 - m_x0);
}

double TimeAxis::x(QDate date) const
{
    return m_x0 + static_cast<double>(m_start.daysTo(date)) / daysPerPixel();
}

QDate TimeAxis::date(double x) const
{
    return m_start.addDays(static_cast<qint64>(std::llround((x - m_x0) * daysPerPixel())));
}

void TimeAxis::zoom(double factor, double anchorX)
{
    if (!isValid() || factor <= 0)
        return;
    const double span = static_cast<double>(m_start.daysTo(m_end));
    const double newSpan = std::clamp(span / factor, 7.0, 40 * 365.25);
    const double anchorDays = (anchorX - m_x0) * daysPerPixel();   // days from start to the anchor
    const double ratio = newSpan / span;
    const QDate anchor = m_start.addDays(static_cast<qint64>(std::llround(anchorDays)));
    m_start = anchor.addDays(-static_cast<qint64>(std::llround(anchorDays * ratio)));
    m_end = m_start.addDays(static_cast<qint64>(std::llround(newSpan)));
}

void TimeAxis::pan(double dx)
{
    const auto days = static_cast<qint64>(std::llround(-dx * daysPerPixel()));
    m_start = m_start.addDays(days);
    m_end = m_end.addDays(days);
}

QVector<TimeAxis::Tick> TimeAxis::ticks() const
{
    QVector<Tick> out;
    if (!isValid())
        return out;
    const double pxPerMonth = 30.44 / daysPerPixel();
    // Labels like '2024.10' need about 50 px: months, quarters or years, whichever fits.
    int stepMonths = 12;
    if (pxPerMonth >= 55)
        stepMonths = 1;
    else if (pxPerMonth * 3 >= 55)
        stepMonths = 3;
    int yearStep = 1;
    while (stepMonths == 12 && 365.25 * yearStep / daysPerPixel() < 48)
        yearStep *= 2;
    QDate d(m_start.year(), 1, 1);
    while (d <= m_end) {
        if (d >= m_start) {
            const bool major = d.month() == 1;
            if (stepMonths < 12 || (d.year() % yearStep) == 0)
                out.append({d, major ? QString::number(d.year()) : QStringLiteral("%1.%2").arg(d.year()).arg(d.month()),
                            major});
        }
        d = stepMonths == 12 ? d.addYears(1) : d.addMonths(stepMonths);
    }
    return out;
}

namespace {

// Year, month, day and the number of '-'-separated parts of 'YYYY[-MM[-DD]]'. Timelines parse thousands
// of dates per scene: the usual forms ('2024', '2024-5', '2024-05-17') are read digit by digit; anything
// else goes through the general reading, which decides what it means.
struct Period
{
    int fields[3] = {0, 1, 1};
    qsizetype parts = 0;   ///< 0: malformed
};

bool readDigits(QStringView iso, Period* out)
{
    const auto digit = [&](qsizetype i) { return i < iso.size() && iso[i] >= u'0' && iso[i] <= u'9'; };
    qsizetype pos = 0;
    for (; pos < 4; ++pos) {
        if (!digit(pos))
            return false;
        out->fields[0] = out->fields[0] * 10 + (iso[pos].unicode() - u'0');
    }
    out->parts = 1;
    while (pos < iso.size()) {
        if (out->parts == 3 || iso[pos] != u'-')
            return false;
        ++pos;
        int value = 0;
        const qsizetype first = pos;
        for (; digit(pos) && pos - first < 2; ++pos)
            value = value * 10 + (iso[pos].unicode() - u'0');
        if (pos == first || (pos < iso.size() && iso[pos] != u'-'))
            return false;
        out->fields[out->parts++] = value;
    }
    return true;
}

Period readPeriod(const QString& iso)
{
    Period fast;
    if (readDigits(iso, &fast))
        return fast;
    Period p;
    int n = 0;
    for (const QStringView part : QStringView(iso).tokenize(QLatin1Char('-'))) {
        if (n == 0) {
            bool ok = false;
            p.fields[0] = part.toInt(&ok);
            if (!ok || part.size() != 4)
                return {};
        } else if (n < 3) {
            p.fields[n] = part.toInt();
        }
        ++n;
    }
    p.parts = n;
    return p;
}

} // namespace

QDate TimeAxis::periodStart(const QString& iso)
{
    const Period p = readPeriod(iso);
    if (p.parts == 0)
        return {};
    return QDate(p.fields[0], p.fields[1], p.fields[2]);
}

QDate TimeAxis::periodEnd(const QString& iso)
{
    const Period p = readPeriod(iso);
    const QDate start = p.parts == 0 ? QDate() : QDate(p.fields[0], p.fields[1], p.fields[2]);
    if (!start.isValid())
        return {};
    if (p.parts == 1)
        return QDate(start.year(), 12, 31);
    if (p.parts == 2)
        return QDate(start.year(), start.month(), start.daysInMonth());
    return start;
}

} // namespace atlas
