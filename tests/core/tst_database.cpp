// Opening files that are not (or no longer) our database gives a clear status, never a crash,
// and never writes to the file.
#include "data/database.h"
#include "data/sqlitedb.h"
#include "../testutil.h"

#include <QRandomGenerator>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using atlas::Database;
using namespace atlas::test;

namespace {
Database::Status openStatus(const QString& path, QString* message = nullptr)
{
    Database db;
    const auto result = db.open(path);
    if (message)
        *message = result.message;
    EXPECT_EQ(db.isOpen(), result.ok());
    return result.status;
}
} // namespace

TEST(Database, OpensTheShippedDatabase)
{
    Database db;
    const auto result = db.open(shippedDatabase());
    ASSERT_TRUE(result.ok()) << result.message.toStdString();
    EXPECT_EQ(db.path(), shippedDatabase());
}

TEST(Database, MissingFile)
{
    QString message;
    EXPECT_EQ(openStatus(QStringLiteral("/nonexistent/atlas.sqlite"), &message), Database::Status::Missing);
    EXPECT_TRUE(message.contains(QStringLiteral("/nonexistent/atlas.sqlite")));
}

TEST(Database, Directory)
{
    QTemporaryDir dir;
    EXPECT_EQ(openStatus(dir.path()), Database::Status::NotAFile);
}

TEST(Database, ZeroBytes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    ASSERT_TRUE(writeFile(path, {}));
    EXPECT_EQ(openStatus(path), Database::Status::Empty);
}

TEST(Database, RandomBytes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("random.sqlite"));
    QByteArray bytes(64 * 1024, '\0');
    auto* gen = QRandomGenerator::global();
    for (auto& b : bytes)
        b = static_cast<char>(gen->bounded(256));
    ASSERT_TRUE(writeFile(path, bytes));
    EXPECT_EQ(openStatus(path), Database::Status::NotSqlite);
}

TEST(Database, TruncatedCopyOfTheRealDatabase)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("truncated.sqlite"));
    const QByteArray full = readAll(shippedDatabase());
    ASSERT_GT(full.size(), 64 * 1024);
    ASSERT_TRUE(writeFile(path, full.left(full.size() / 3)));
    QString message;
    EXPECT_EQ(openStatus(path, &message), Database::Status::Corrupt) << message.toStdString();
}

TEST(Database, AnotherSqliteSchema)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        atlas::SqliteDb db;
        ASSERT_TRUE(db.open(path, atlas::SqliteDb::Mode::ReadWriteCreate, nullptr));
        ASSERT_TRUE(db.exec(QStringLiteral("CREATE TABLE songs(id INTEGER PRIMARY KEY, title TEXT)"), nullptr));
    }
    QString message;
    EXPECT_EQ(openStatus(path, &message), Database::Status::WrongSchema);
    EXPECT_TRUE(message.contains(QStringLiteral("policy")));
}

TEST(Database, NewerSchemaVersion)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    ASSERT_TRUE(QFile::copy(shippedDatabase(), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        atlas::SqliteDb db;
        ASSERT_TRUE(db.open(path, atlas::SqliteDb::Mode::ReadWriteCreate, nullptr));
        ASSERT_TRUE(db.exec(QStringLiteral("PRAGMA user_version = 99"), nullptr));
    }
    EXPECT_EQ(openStatus(path), Database::Status::NewerSchema);
}

TEST(Database, NeverWritesToTheFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("copy.sqlite"));
    ASSERT_TRUE(QFile::copy(shippedDatabase(), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = readAll(path);
    {
        Database db;
        ASSERT_TRUE(db.open(path).ok());
        QString error;
        EXPECT_FALSE(db.connection().exec(QStringLiteral("DELETE FROM policy"), &error));
        EXPECT_FALSE(db.connection().exec(QStringLiteral("CREATE TABLE x(a)"), &error));
    }
    EXPECT_EQ(readAll(path), before);
}

TEST(Database, FindsTheBundledDatabaseFromABuildTree)
{
    const QString binDir = QFileInfo(shippedDatabase()).absolutePath() + QStringLiteral("/../bin");
    qunsetenv("ATLAS_DATABASE");
    EXPECT_EQ(QFileInfo(Database::findBundled(binDir)), QFileInfo(shippedDatabase()));
}
