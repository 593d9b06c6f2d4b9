// Opening files that are not (or no longer) our database gives a clear status, never a crash,
// and never writes to the file.
#include "data/database.h"
#include "data/repository.h"
#include "data/searchengine.h"
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

// A file whose header does not vouch for its page count (an old writer's) is still caught when
// truncated, by the checks of the tables instead of the header: a cut into the views' tables is
// refused at open; a cut into the search index only (written last, at the end of the file) leaves
// the views working and search disabled by the background check.
TEST(Database, TruncatedCopyWithoutAPageCountInItsHeader)
{
    QTemporaryDir dir;
    QByteArray bytes = readAll(shippedDatabase());
    bytes[95] = static_cast<char>(bytes.at(95) ^ 0x5A);   // "version-valid-for" no longer matches
    int refused = 0, searchDisabled = 0;
    for (int eighths = 1; eighths < 8; ++eighths) {
        const QString path = dir.filePath(QStringLiteral("truncated-%1.sqlite").arg(eighths));
        ASSERT_TRUE(writeFile(path, bytes.left(bytes.size() / 8 * eighths)));
        Database db;
        const auto result = db.open(path);
        EXPECT_FALSE(result.message.contains(QStringLiteral("header counts"))) << result.message.toStdString();
        if (!result.ok()) {
            EXPECT_EQ(result.status, Database::Status::Corrupt) << eighths;
            ++refused;
        } else {
            EXPECT_FALSE(db.searchIndexProblem().isEmpty()) << "cut at " << eighths << "/8 went unnoticed";
            ++searchDisabled;
        }
    }
    EXPECT_GE(refused, 1);
    EXPECT_GE(searchDisabled, 1);
}

TEST(Database, TruncationIsToldFromTheHeader)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("short.sqlite"));
    const QByteArray full = readAll(shippedDatabase());
    ASSERT_TRUE(writeFile(path, full.left(full.size() - 1)));
    QString message;
    EXPECT_EQ(openStatus(path, &message), Database::Status::Corrupt);
    EXPECT_TRUE(message.contains(QStringLiteral("truncated"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QString::number(full.size() - 1))) << message.toStdString();
}

// Damage in a table the views read is refused at open, naming the table.
TEST(Database, DamageInAViewsTableIsRefusedAtOpen)
{
    QTemporaryDir dir;
    for (const QString table : {QStringLiteral("policy"), QStringLiteral("statistic"), QStringLiteral("appendix1_entry")}) {
        QString message;
        EXPECT_EQ(openStatus(copyWithDamagedTable(dir.path(), table), &message), Database::Status::Corrupt) << table.toStdString();
        EXPECT_TRUE(message.contains(table)) << message.toStdString();
    }
}

// Damage in the search index (checked in the background) leaves every view's data readable; search
// says why it finds nothing instead of reading the damaged pages.
TEST(Database, DamageInTheSearchIndexDisablesSearchOnly)
{
    QTemporaryDir dir;
    for (const QString table : {QStringLiteral("search_fts_data"), QStringLiteral("search_trigram")}) {
        Database db;
        const auto result = db.open(copyWithDamagedTable(dir.path(), table));
        ASSERT_TRUE(result.ok()) << result.message.toStdString();
        EXPECT_FALSE(atlas::Repository(db).policies().isEmpty());
        const QString problem = db.searchIndexProblem();
        EXPECT_TRUE(problem.contains(table)) << problem.toStdString();
        EXPECT_TRUE(db.searchIndexChecked());
        const atlas::SearchEngine engine(db);
        EXPECT_EQ(engine.unavailableReason(), problem);
        EXPECT_TRUE(engine.search(QStringLiteral("기본법")).isEmpty());
    }
}

TEST(Database, TheSearchIndexOfTheShippedDatabaseIsSound)
{
    Database db;
    ASSERT_TRUE(db.open(shippedDatabase()).ok());
    EXPECT_EQ(db.searchIndexProblem(), QString());
    EXPECT_TRUE(db.searchIndexChecked());
    EXPECT_FALSE(atlas::SearchEngine(db).search(QStringLiteral("기본법")).isEmpty());
    db.close();
    EXPECT_EQ(db.searchIndexProblem(), QString());   // nothing open: nothing to report
}

// Closing (or opening another file) while the background check runs interrupts it: it neither
// blocks for the whole check nor outlives the connection it reads.
TEST(Database, ClosingDuringTheSearchIndexCheckIsSafe)
{
    Database db;
    for (int i = 0; i < 20; ++i) {
        ASSERT_TRUE(db.open(shippedDatabase()).ok());
        if (i % 2)
            db.close();
    }
    EXPECT_EQ(db.searchIndexProblem(), QString());
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

// A colleague's file may carry triggers and views meant to write or to run functions: opened
// read-only with triggers disabled, nothing fires and the file stays byte-for-byte the same.
TEST(Database, TriggersAndViewsInAHostileFileDoNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hostile.sqlite"));
    ASSERT_TRUE(QFile::copy(shippedDatabase(), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        atlas::SqliteDb db;
        ASSERT_TRUE(db.open(path, atlas::SqliteDb::Mode::ReadWriteCreate, nullptr));
        QString error;
        ASSERT_TRUE(db.exec(QStringLiteral(
                                "CREATE TABLE log(x); "
                                "CREATE TEMP TABLE IF NOT EXISTS t(x); "
                                "CREATE VIEW sneaky AS SELECT writefile('/tmp/atlas-hostile', 'x') AS w; "
                                "CREATE TRIGGER wipe AFTER INSERT ON log BEGIN DELETE FROM policy; END;"),
                            &error))
            << error.toStdString();
    }
    const QByteArray before = readAll(path);
    Database db;
    ASSERT_TRUE(db.open(path).ok());
    atlas::Repository repo(db);
    EXPECT_GT(repo.policies().size(), 300);
    QString error;
    EXPECT_FALSE(db.connection().exec(QStringLiteral("INSERT INTO log VALUES (1)"), &error));
    // writefile() exists only in the sqlite3 shell; with trusted_schema off no function a view names
    // can have side effects here either. The query fails with a message, nothing crashes.
    EXPECT_FALSE(db.connection().exec(QStringLiteral("SELECT * FROM sneaky"), &error));
    EXPECT_FALSE(error.isEmpty());
    db.close();
    EXPECT_EQ(readAll(path), before);
    EXPECT_FALSE(QFileInfo::exists(QStringLiteral("/tmp/atlas-hostile")));
}

// Another program holding a write lock, or a folder we may not write to, must not stop reading.
TEST(Database, OpensWhileLockedAndInAReadOnlyFolder)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("ro"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/atlas.sqlite");
    ASSERT_TRUE(QFile::copy(shippedDatabase(), path));
    QFile::setPermissions(path, QFile::ReadOwner);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
    {
        Database db;
        const auto result = db.open(path);
        EXPECT_TRUE(result.ok()) << result.message.toStdString();
        EXPECT_GT(atlas::Repository(db).policies().size(), 300);
    }
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

    atlas::SqliteDb writer;
    ASSERT_TRUE(writer.open(path, atlas::SqliteDb::Mode::ReadWriteCreate, nullptr));
    ASSERT_TRUE(writer.exec(QStringLiteral("BEGIN IMMEDIATE; CREATE TABLE scratch(x);"), nullptr));
    Database reader;
    const auto result = reader.open(path);   // a RESERVED lock still lets readers in
    EXPECT_TRUE(result.ok()) << result.message.toStdString();
    writer.exec(QStringLiteral("ROLLBACK;"), nullptr);
}
