#pragma once

#include "sqlitedb.h"

#include <QString>

#include <memory>

namespace atlas {

class IndexCheck;

/// \brief Opens an AI Trends Atlas database read-only and checks that it is one we can read.
///
/// Every failure has a kind and a sentence a researcher can act on; nothing here throws or crashes on a
/// hostile file. The file is never written: the connection is read-only and defensive.
class Database
{
public:
    static constexpr int kSchemaVersion = 1;

    enum class Status {
        Ok,
        Missing,          ///< no file at the path
        NotAFile,         ///< a directory or something else
        Unreadable,       ///< permissions
        Empty,            ///< zero bytes
        NotSqlite,        ///< the header is not SQLite's
        Corrupt,          ///< SQLite's integrity check fails (truncated, damaged)
        WrongSchema,      ///< a SQLite file, but not ours (tables missing)
        NewerSchema,      ///< ours, but written by a newer version of the app
        OlderSchema,      ///< ours, but from an older version
    };

    struct OpenResult
    {
        Status status = Status::Ok;
        QString message;   ///< English; the shell translates by status
        bool ok() const { return status == Status::Ok; }
    };

    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Opens \a path after checking it: the header, a file size that holds every page the header
    /// counts (truncation), the integrity of every table the views read (PRAGMA quick_check per table),
    /// the tables of the schema and its version. The search index (most of a large file) is checked
    /// on its own connection in the background; see searchIndexProblem().
    OpenResult open(const QString& path);
    /// Closes the connection; a background check still running is interrupted.
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    const QString& path() const { return m_path; }
    SqliteDb& connection() { return m_db; }
    const SqliteDb& connection() const { return m_db; }

    /// Empty when the search index of the open database passed its integrity check, else why not
    /// (English). Waits for the background check if it has not finished; empty when nothing is open.
    QString searchIndexProblem() const;
    /// Whether the background check of the search index has finished (never waits).
    bool searchIndexChecked() const;

    /// The tables every readable database must have (the public contract of the schema).
    static QStringList requiredTables();
    /// The tables of the search index (search_fts's shadow tables and search_trigram): checked in the
    /// background, since only a search reads them.
    static bool isSearchIndexTable(const QString& name);

    /// Locates the database shipped with the app: next to a build (../db/) or installed (../share/…).
    static QString findBundled(const QString& applicationDir);

private:
    SqliteDb m_db;
    QString m_path;
    std::unique_ptr<IndexCheck> m_indexCheck;
};

} // namespace atlas
