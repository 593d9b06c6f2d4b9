// Item models under QAbstractItemModelTester, filled from the shipped database, and the selection.
#include "data/database.h"
#include "data/repository.h"
#include "models/appendix1entrymodel.h"
#include "models/appendix1matrixmodel.h"
#include "selection/selectionstate.h"
#include "../testutil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>

#include <gtest/gtest.h>

using namespace atlas;

namespace {
class ModelTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_db.open(test::shippedDatabase()).ok()); }
    Database m_db;
    Repository m_repo{m_db};
};
constexpr auto kMode = QAbstractItemModelTester::FailureReportingMode::Warning;
} // namespace

TEST_F(ModelTest, MatrixModelShowsTheTenChapterThreeJurisdictions)
{
    Appendix1MatrixModel model;
    QAbstractItemModelTester tester(&model, kMode);
    model.reset(m_repo.jurisdictions(), m_repo.fields(), m_repo.appendix1Entries());
    ASSERT_EQ(model.rowCount(), 10);
    ASSERT_EQ(model.columnCount(), 5);
    const QModelIndex korLaw = model.indexOf(QStringLiteral("KOR"), QStringLiteral("policy_law"));
    ASSERT_TRUE(korLaw.isValid());
    EXPECT_EQ(korLaw.data(Appendix1MatrixModel::CountRole).toInt(), 7);
    EXPECT_EQ(korLaw.data().toInt(), 7);
    EXPECT_EQ(model.indexOf(QStringLiteral("KOR"), QString()).data(Appendix1MatrixModel::CountRole).toInt(), 17);
    EXPECT_EQ(model.indexOf(QStringLiteral("CHN"), QStringLiteral("talent_education"))
                  .data(Appendix1MatrixModel::CellStateRole).toInt(),
              Appendix1MatrixModel::NoneRecorded);
    EXPECT_EQ(model.indexOf(QStringLiteral("DEU"), QStringLiteral("industry"))
                  .data(Appendix1MatrixModel::CellStateRole).toInt(),
              Appendix1MatrixModel::NotCovered);
    EXPECT_EQ(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("미국"));
    model.setLanguage(Lang::English);
    EXPECT_EQ(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("United States"));
    EXPECT_EQ(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Policy & law"));
    EXPECT_TRUE(korLaw.data(Qt::ToolTipRole).toString().contains(QStringLiteral("7")));
    model.reset({}, {}, {});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(ModelTest, EntryModelFiltersBySelection)
{
    Appendix1EntryModel model;
    QAbstractItemModelTester tester(&model, kMode);
    model.reset(m_repo.appendix1Entries(), m_repo.jurisdictions(), m_repo.fields());
    EXPECT_EQ(model.rowCount(), 70);
    model.setFilter({QStringLiteral("KOR")}, QStringLiteral("policy_law"));
    EXPECT_EQ(model.rowCount(), 7);
    for (int r = 0; r < model.rowCount(); ++r) {
        EXPECT_EQ(model.entryAt(r).jurisdictionId, QStringLiteral("KOR"));
        EXPECT_FALSE(model.index(r, Appendix1EntryModel::SourceColumn).data().toString().isEmpty());
        EXPECT_GT(model.index(r, 0).data(Appendix1EntryModel::IdRole).toLongLong(), 0);
    }
    model.setFilter({QStringLiteral("KOR"), QStringLiteral("EU")}, QString());
    EXPECT_EQ(model.rowCount(), 17 + 7);
    model.setFilter({QStringLiteral("CHN")}, QStringLiteral("talent_education"));
    EXPECT_EQ(model.rowCount(), 0);
    model.setLanguage(Lang::English);
    model.setFilter({}, QString());
    EXPECT_EQ(model.rowCount(), 70);
}

TEST_F(ModelTest, MatrixCellsFollowTheEntriesOfTheLastReset)
{
    // Each cell's placements are worked out on reset(): they must be those of the entries just given,
    // counted here directly, after a reset with every entry and again with only half of them.
    Appendix1MatrixModel model;
    QAbstractItemModelTester tester(&model, kMode);
    const auto jurisdictions = m_repo.jurisdictions();
    const auto fields = m_repo.fields();
    const auto all = m_repo.appendix1Entries();
    ASSERT_GT(all.size(), 2);
    const QVector<Appendix1Entry> half = all.mid(0, all.size() / 2);
    for (const QVector<Appendix1Entry>* entries : {&all, &half, &all}) {
        model.reset(jurisdictions, fields, *entries);
        for (int r = 0; r < model.rowCount(); ++r)
            for (int c = 0; c < model.columnCount(); ++c) {
                const QModelIndex cell = model.index(r, c);
                const QString id = cell.data(Appendix1MatrixModel::IdRole).toString();
                const QString field = cell.data(Appendix1MatrixModel::FieldRole).toString();
                int expected = 0;
                for (const Appendix1Entry& e : *entries)
                    expected += e.jurisdictionId == id && (field.isEmpty() || e.field == field) ? 1 : 0;
                EXPECT_EQ(cell.data(Appendix1MatrixModel::CountRole).toInt(), expected) << id.toStdString() << ' ' << c;
                if (cell.data(Appendix1MatrixModel::CellStateRole).toInt() == Appendix1MatrixModel::HasItems)
                    EXPECT_EQ(cell.data(Qt::ToolTipRole).toString().count(QStringLiteral("• ")), expected);
            }
    }
}

TEST_F(ModelTest, EntryModelFilterEqualsAScanInListOrder)
{
    // The filter reads the selected jurisdictions' rows from an index: the rows must be exactly those a
    // scan of the list finds, in the list's order, for any jurisdictions and field, and after a reset.
    Appendix1EntryModel model;
    const auto all = m_repo.appendix1Entries();
    const QVector<Appendix1Entry> half = all.mid(all.size() / 2);
    const QList<QSet<QString>> selections = {{QStringLiteral("KOR")}, {QStringLiteral("USA"), QStringLiteral("EU")},
                                             {QStringLiteral("CHN"), QStringLiteral("KOR"), QStringLiteral("XXX")}, {}};
    for (const QVector<Appendix1Entry>* entries : {&all, &half}) {
        model.reset(*entries, m_repo.jurisdictions(), m_repo.fields());
        for (const QSet<QString>& jurisdictions : selections)
            for (const QString& field : {QString(), QStringLiteral("policy_law")}) {
                model.setFilter(jurisdictions, field);
                const auto key = [](const Appendix1Entry& e) {
                    return QStringLiteral("%1|%2|%3|%4").arg(e.jurisdictionId, e.field).arg(e.seq).arg(e.policyId);
                };
                QStringList expected;
                for (const Appendix1Entry& e : *entries)
                    if ((jurisdictions.isEmpty() || jurisdictions.contains(e.jurisdictionId))
                        && (field.isEmpty() || e.field == field))
                        expected.append(key(e));
                QStringList rows;
                for (int r = 0; r < model.rowCount(); ++r)
                    rows.append(key(model.entryAt(r)));
                EXPECT_EQ(rows, expected) << jurisdictions.size() << field.toStdString();
            }
    }
}

TEST_F(ModelTest, EntryProxySortsAsTheGenericProxy)
{
    // Appendix1EntryProxy reads the dates itself: every column, both orders, must sort as
    // QSortFilterProxyModel does by SortRole.
    Appendix1EntryModel model;
    model.reset(m_repo.appendix1Entries(), m_repo.jurisdictions(), m_repo.fields());
    Appendix1EntryProxy fast;
    fast.setSourceModel(&model);
    QSortFilterProxyModel generic;
    generic.setSourceModel(&model);
    generic.setSortRole(Appendix1EntryModel::SortRole);
    for (const QSet<QString>& jurisdictions : QList<QSet<QString>>{{}, {QStringLiteral("KOR"), QStringLiteral("USA")}}) {
        model.setFilter(jurisdictions, QString());
        for (int column = 0; column < Appendix1EntryModel::NUM_COLUMNS; ++column)
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                fast.sort(column, order);
                generic.sort(column, order);
                ASSERT_EQ(fast.rowCount(), generic.rowCount());
                for (int r = 0; r < fast.rowCount(); ++r)
                    ASSERT_EQ(fast.mapToSource(fast.index(r, 0)).row(), generic.mapToSource(generic.index(r, 0)).row())
                        << "column " << column << " row " << r;
            }
    }
}

TEST(SelectionState, SignalsOnlyOnRealChanges)
{
    SelectionState s;
    QSignalSpy changed(&s, &SelectionState::changed);
    QSignalSpy jurisdictions(&s, &SelectionState::jurisdictionsChanged);
    s.selectCell(QStringLiteral("KOR"), QStringLiteral("policy_law"));
    EXPECT_EQ(changed.count(), 1);  // one compound change, one notification
    EXPECT_EQ(jurisdictions.count(), 1);
    s.selectCell(QStringLiteral("KOR"), QStringLiteral("policy_law"));
    EXPECT_EQ(changed.count(), 1);
    s.toggleJurisdiction(QStringLiteral("EU"));
    EXPECT_EQ(s.jurisdictions(), (QSet<QString>{QStringLiteral("KOR"), QStringLiteral("EU")}));
    const auto args = jurisdictions.last();
    EXPECT_EQ(args.at(0).value<QSet<QString>>(), QSet<QString>{QStringLiteral("EU")});
    s.toggleJurisdiction(QStringLiteral("KOR"));
    EXPECT_EQ(s.jurisdictions(), QSet<QString>{QStringLiteral("EU")});
    s.clear();
    EXPECT_TRUE(s.isEmpty());
    const auto before = changed.count();
    s.clear();
    EXPECT_EQ(changed.count(), before);
}
