// Selection semantics: time ranges over ISO prefixes and the back/forward history.
#include "selection/selectionhistory.h"
#include "selection/selectionstate.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace atlas;

TEST(TimeRange, OverlapAtThePrecisionOfEachSide)
{
    const TimeRange y2024{QStringLiteral("2024-01"), QStringLiteral("2024-12")};
    EXPECT_TRUE(y2024.contains(QStringLiteral("2024-03-28")));
    EXPECT_TRUE(y2024.contains(QStringLiteral("2024")));          // a year-only date overlaps
    EXPECT_TRUE(y2024.contains(QStringLiteral("2023-10"), QStringLiteral("2024-01")));  // a range reaching in
    EXPECT_FALSE(y2024.contains(QStringLiteral("2023-12-31")));
    EXPECT_FALSE(y2024.contains(QStringLiteral("2025-01")));
    EXPECT_FALSE(y2024.contains(QString()));                     // undated items are outside any range
    EXPECT_TRUE(TimeRange{}.contains(QString()));                // no range: everything
    const TimeRange openEnd{QStringLiteral("2024-06"), QString()};
    EXPECT_TRUE(openEnd.contains(QStringLiteral("2030")));
    EXPECT_FALSE(openEnd.contains(QStringLiteral("2024-05-31")));
    const TimeRange month{QStringLiteral("2024-05"), QStringLiteral("2024-05")};
    EXPECT_TRUE(month.contains(QStringLiteral("2024-05-31")));
    EXPECT_FALSE(month.contains(QStringLiteral("2024-06-01")));
}

TEST(SelectionState, TimeRangeAndCompaniesSignalOnce)
{
    SelectionState s;
    QSignalSpy changed(&s, &SelectionState::changed);
    QSignalSpy range(&s, &SelectionState::timeRangeChanged);
    s.setTimeRange({QStringLiteral("2024-01"), QStringLiteral("2024-06")});
    s.setTimeRange({QStringLiteral("2024-01"), QStringLiteral("2024-06")});
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(range.count(), 1);
    s.setCompanies({4});
    EXPECT_EQ(changed.count(), 2);
    QSignalSpy hover(&s, &SelectionState::hoverChanged);
    s.setHoveredJurisdictions({QStringLiteral("KOR")});
    EXPECT_EQ(hover.count(), 1);
    EXPECT_EQ(changed.count(), 2) << "hover highlights only; it is not a selection change";
}

TEST(SelectionHistory, BackAndForwardRestoreStates)
{
    SelectionState s;
    SelectionHistory h(&s);
    EXPECT_FALSE(h.canGoBack());
    s.selectJurisdiction(QStringLiteral("KOR"));
    s.selectCell(QStringLiteral("EU"), QStringLiteral("industry"));
    s.setTimeRange({QStringLiteral("2024"), QStringLiteral("2024")});
    ASSERT_TRUE(h.canGoBack());
    h.back();
    EXPECT_EQ(s.jurisdictions(), QSet<QString>{QStringLiteral("EU")});
    EXPECT_TRUE(s.timeRange().isEmpty());
    h.back();
    EXPECT_EQ(s.jurisdictions(), QSet<QString>{QStringLiteral("KOR")});
    EXPECT_TRUE(s.field().isEmpty());
    EXPECT_TRUE(h.canGoForward());
    h.forward();
    EXPECT_EQ(s.field(), QStringLiteral("industry"));
    // A new change after going back drops the forward states.
    h.back();
    s.selectJurisdiction(QStringLiteral("JPN"));
    EXPECT_FALSE(h.canGoForward());
    h.back();
    EXPECT_EQ(s.jurisdictions(), QSet<QString>{QStringLiteral("KOR")});
    h.back();
    EXPECT_TRUE(s.isEmpty());
    EXPECT_FALSE(h.canGoBack());
}
