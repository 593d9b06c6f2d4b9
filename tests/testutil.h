#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVector>

#include "data/database.h"
#include "data/sqlitedb.h"

#include <gtest/gtest.h>

#include <string>

namespace atlas::test {

inline QString sourceDir() { return QStringLiteral(ATLAS_SOURCE_DIR); }
inline QString shippedDatabase() { return QStringLiteral(ATLAS_TEST_DATABASE); }
inline QString schemaPath() { return sourceDir() + QStringLiteral("/db/schema.sql"); }
inline QString seedDir() { return sourceDir() + QStringLiteral("/db/seed"); }

inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(path.left(path.lastIndexOf(QLatin1Char('/'))));
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

/// A copy of the shipped database in \a dir whose b-tree page at the root of \a table is overwritten
/// with bytes that are no b-tree page; the rest of the file is unchanged.
inline QString copyWithDamagedTable(const QString& dir, const QString& table)
{
    const QString path = dir + QStringLiteral("/damaged-") + table + QStringLiteral(".sqlite");
    QByteArray bytes = readAll(shippedDatabase());
    qint64 root = 0;
    {
        SqliteDb db;
        EXPECT_TRUE(db.open(shippedDatabase(), SqliteDb::Mode::ReadOnly, nullptr));
        SqliteStatement q = db.prepare(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = ?"), nullptr);
        q.bind(1, table);
        EXPECT_TRUE(q.step()) << table.toStdString();
        root = q.int64(0);
    }
    const int pageSize = (static_cast<uchar>(bytes.at(16)) << 8) | static_cast<uchar>(bytes.at(17));
    EXPECT_GT(root, 1);
    EXPECT_LE(root * pageSize, bytes.size());
    const qint64 offset = (root - 1) * pageSize;
    for (int i = 0; i < 64; ++i)
        bytes[offset + i] = static_cast<char>(0xEE);
    EXPECT_TRUE(writeFile(path, bytes));
    return path;
}

/// A fixture with the shipped database open and two helpers to query it (tests may run SQL directly).
class ShippedDatabaseTest : public ::testing::Test
{
protected:
    using Row = QStringList;

    static std::string str(const QString& text) { return text.toStdString(); }

    void SetUp() override
    {
        const auto result = m_db.open(shippedDatabase());
        ASSERT_TRUE(result.ok()) << str(result.message);
    }

    QVector<Row> rows(const QString& sql, const QVariantList& args = {}) const
    {
        QString error;
        SqliteStatement st = m_db.connection().prepare(sql, &error);
        EXPECT_TRUE(st.isValid()) << str(error) << "\n" << str(sql);
        QVector<Row> out;
        if (!st.isValid())
            return out;
        for (int i = 0; i < args.size(); ++i)
            st.bindVariant(i + 1, args.at(i));
        while (st.step()) {
            Row r;
            for (int c = 0; c < st.columnCount(); ++c)
                r << st.text(c);
            out << r;
        }
        EXPECT_TRUE(st.error().isEmpty()) << str(st.error()) << "\n" << str(sql);
        return out;
    }

    qint64 scalar(const QString& sql, const QVariantList& args = {}) const
    {
        const auto r = rows(sql, args);
        return r.isEmpty() || r.first().isEmpty() ? -1 : r.first().first().toLongLong();
    }

    Database m_db;
};

} // namespace atlas::test
