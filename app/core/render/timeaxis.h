#pragma once

#include <QDate>
#include <QString>
#include <QVector>

namespace atlas {

/// \brief Maps dates to x positions and back, shared by the timeline and the time-axis charts so their
/// plot areas line up. Dates at month or year precision are periods: they span from their first to
/// their last day, never an invented day.
class TimeAxis
{
public:
    TimeAxis() = default;
    TimeAxis(QDate start, QDate end, double x0, double x1);

    QDate start() const { return m_start; }
    QDate end() const { return m_end; }
    double x0() const { return m_x0; }
    double x1() const { return m_x1; }
    bool isValid() const { return m_start.isValid() && m_end.isValid() && m_start < m_end && m_x1 > m_x0; }

    double x(QDate date) const;
    QDate date(double x) const;
    double daysPerPixel() const;

    /// Zooms by \a factor (> 1 zooms in) keeping the date under \a anchorX in place; limited to
    /// [1 week, 40 years] across the axis.
    void zoom(double factor, double anchorX);
    void pan(double dx);   ///< moves the dates under the axis by dx pixels
    void setPixelRange(double x0, double x1) { m_x0 = x0; m_x1 = x1; }

    struct Tick { QDate date; QString label; bool major = false; };
    /// Ticks at years, quarters or months depending on the zoom, labelled 'YYYY' or 'YYYY.M'.
    QVector<Tick> ticks() const;

    /// First and last day of an ISO prefix ('2024' → 2024-01-01..2024-12-31); invalid dates if malformed.
    static QDate periodStart(const QString& isoPrefix);
    static QDate periodEnd(const QString& isoPrefix);

private:
    QDate m_start;
    QDate m_end;
    double m_x0 = 0;
    double m_x1 = 1;
};

} // namespace atlas
