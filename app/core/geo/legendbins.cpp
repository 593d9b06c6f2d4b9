#include "legendbins.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {
bool isWhole(double v)
{
    return std::abs(v - std::round(v)) < 1e-9;
}

QString number(double v)
{
    return isWhole(v) ? QLocale::c().toString(qint64(std::llround(v)))
                      : QLocale::c().toString(v, 'g', 4);
}

double niceStep(double raw)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (raw <= m * magnitude + 1e-12)
            return m * magnitude;
    return 10 * magnitude;
}
} // namespace

LegendBins LegendBins::fromValues(const QVector<double>& values, bool lowerIsBetter, int maxBins)
{
    LegendBins bins;
    bins.m_lowerIsBetter = lowerIsBetter;
    if (values.isEmpty() || maxBins < 1)
        return bins;
    QVector<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    const bool whole = std::all_of(sorted.cbegin(), sorted.cend(), isWhole);

    if ((whole && sorted.size() <= maxBins + 1) || sorted.size() == 1) {
        bins.m_discrete = true;
        for (double v : sorted)
            bins.m_bins << Bin{v, v, number(v)};
        return bins;
    }

    const double lo = sorted.first();
    const double hi = sorted.last();
    double step = niceStep((hi - lo) / maxBins);
    if (whole)
        step = std::max(1.0, std::round(step));
    double start = std::floor(lo / step) * step;
    // Ranks start at 1: bins 1–10, 11–20 read better than 0–9, 10–19.
    if (whole && lo >= 1 && start < 1)
        start = std::max(start, lo - std::fmod(lo - 1, step));
    // Edges as start + i·step, not a running sum, so 0.1-steps do not drift past the last value.
    // Whole numbers need a bin that starts at the maximum (its label reads 'hi–hi+step-1'); for real
    // values the last bin's upper edge is inclusive, so no bin may start at the maximum.
    const double limit = whole ? hi + 1e-9 : hi - 1e-9 * step;
    for (int i = 0; start + i * step <= limit || bins.m_bins.isEmpty(); ++i) {
        Bin b{start + i * step, start + (i + 1) * step, {}};
        if (whole) {
            const double last = b.upper - 1;
            b.label = last > b.lower ? number(b.lower) + QChar(0x2013) + number(last) : number(b.lower);
        } else {
            b.label = number(b.lower) + QChar(0x2013) + number(b.upper);
        }
        bins.m_bins << b;
    }
    return bins;
}

int LegendBins::binOf(double value) const
{
    for (int i = 0; i < count(); ++i) {
        const Bin& b = m_bins.at(i);
        if (m_discrete) {
            if (std::abs(value - b.lower) < 1e-9)
                return i;
            continue;
        }
        const bool last = i == count() - 1;
        if (value >= b.lower - 1e-12 && (value < b.upper || (last && value <= b.upper + 1e-12)))
            return i;
    }
    return -1;
}

double LegendBins::shade(int index) const
{
    if (count() <= 1)
        return 1.0;
    const double t = double(index) / (count() - 1);
    return m_lowerIsBetter ? 1.0 - t : t;
}

} // namespace atlas
