#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVector>

#include "data/database.h"

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
