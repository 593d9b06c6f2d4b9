// Date ↔ x mapping shared by the timeline and the charts.
#include "render/timeaxis.h"

#include <gtest/gtest.h>

#include <cmath>

using atlas::TimeAxis;

TEST(TimeAxis, MapsDatesToPixelsAndBack)
{
    const TimeAxis axis(QDate(2024, 1, 1), QDate(2025, 1, 1), 100, 466);  // 366 days over 366 px
    EXPECT_DOUBLE_EQ(axis.x(QDate(2024, 1, 1)), 100);
    EXPECT_DOUBLE_EQ(axis.x(QDate(2025, 1, 1)), 466);
    EXPECT_DOUBLE_EQ(axis.x(QDate(2024, 2, 1)), 131);
    for (int day = 0; day < 366; day += 17) {
        const QDate d = QDate(2024, 1, 1).addDays(day);
        EXPECT_EQ(axis.date(axis.x(d)), d) << day;
    }
}

TEST(TimeAxis, PeriodsOfIsoPrefixes)
{
    EXPECT_EQ(TimeAxis::periodStart(QStringLiteral("2024")), QDate(2024, 1, 1));
    EXPECT_EQ(TimeAxis::periodEnd(QStringLiteral("2024")), QDate(2024, 12, 31));
    EXPECT_EQ(TimeAxis::periodStart(QStringLiteral("2024-02")), QDate(2024, 2, 1));
    EXPECT_EQ(TimeAxis::periodEnd(QStringLiteral("2024-02")), QDate(2024, 2, 29));  // leap year, a month span
    EXPECT_EQ(TimeAxis::periodEnd(QStringLiteral("2023-02")), QDate(2023, 2, 28));
    EXPECT_EQ(TimeAxis::periodEnd(QStringLiteral("2024-03-28")), QDate(2024, 3, 28));
    EXPECT_FALSE(TimeAxis::periodStart(QStringLiteral("24")).isValid());
    EXPECT_FALSE(TimeAxis::periodStart(QString()).isValid());
}

TEST(TimeAxis, UnusualPrefixesReadAsBefore)
{
    // The usual forms are read digit by digit; the rest as '-'-separated numbers, as they always were.
    EXPECT_EQ(TimeAxis::periodStart(QStringLiteral("2024-5")), QDate(2024, 5, 1));
    EXPECT_EQ(TimeAxis::periodEnd(QStringLiteral("2024-5")), QDate(2024, 5, 31));
    EXPECT_EQ(TimeAxis::periodEnd(QStringLiteral("2024-5-7")), QDate(2024, 5, 7));
    EXPECT_EQ(TimeAxis::periodStart(QStringLiteral("2024-005")), QDate(2024, 5, 1));
    EXPECT_EQ(TimeAxis::periodEnd(QStringLiteral("2024-005")), QDate(2024, 5, 31));
    EXPECT_EQ(TimeAxis::periodStart(QStringLiteral("2024-01-02-03")), QDate(2024, 1, 2));
    EXPECT_EQ(TimeAxis::periodEnd(QStringLiteral("2024-01-02-03")), QDate(2024, 1, 2));
    for (const char* bad : {"2024-02-30", "2024--05", "2024-13", "+2024", " 2024", "2024x", "20245", "0000", "2024-"}) {
        EXPECT_FALSE(TimeAxis::periodStart(QString::fromLatin1(bad)).isValid()) << bad;
        EXPECT_FALSE(TimeAxis::periodEnd(QString::fromLatin1(bad)).isValid()) << bad;
    }
}

TEST(TimeAxis, ZoomKeepsTheAnchorAndPanMovesDates)
{
    TimeAxis axis(QDate(2020, 1, 1), QDate(2026, 1, 1), 0, 1000);
    const double anchor = 600;
    const QDate under = axis.date(anchor);
    axis.zoom(4, anchor);
    EXPECT_LE(std::abs(axis.date(anchor).daysTo(under)), 2);
    EXPECT_NEAR(static_cast<double>(axis.start().daysTo(axis.end())), 2192 / 4.0, 2);
    const QDate before = axis.date(500);
    axis.pan(-100);   // drag left: later dates come into view
    EXPECT_GT(axis.date(500), before);
    // Limits: never narrower than a week, never wider than 40 years.
    for (int i = 0; i < 40; ++i)
        axis.zoom(10, 500);
    EXPECT_GE(axis.start().daysTo(axis.end()), 7);
    for (int i = 0; i < 40; ++i)
        axis.zoom(0.1, 500);
    EXPECT_LE(axis.start().daysTo(axis.end()), 40 * 366);
}

TEST(TimeAxis, TicksFitTheZoom)
{
    const TimeAxis years(QDate(2016, 1, 1), QDate(2026, 1, 1), 0, 800);
    const auto y = years.ticks();
    ASSERT_FALSE(y.isEmpty());
    for (const auto& t : y)
        EXPECT_EQ(t.date.month(), 1);
    const TimeAxis months(QDate(2024, 1, 1), QDate(2024, 7, 1), 0, 1200);
    const auto m = months.ticks();
    EXPECT_GE(m.size(), 6);
    EXPECT_EQ(m.at(1).label, QStringLiteral("2024.2"));
}
