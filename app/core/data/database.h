#pragma once

#include "sqlitedb.h"

#include <QString>

namespace atlas {

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

    OpenResult open(const QString& path);
    void close() { m_db.close(); m_path.clear(); }
    bool isOpen() const { return m_db.isOpen(); }
    const QString& path() const { return m_path; }
    SqliteDb& connection() { return m_db; }
    const SqliteDb& connection() const { return m_db; }

    /// The tables every readable database must have (the public contract of the schema).
    static QStringList requiredTables();

    /// Locates the database shipped with the app: next to a build (../db/) or installed (../share/…).
    static QString findBundled(const QString& applicationDir);

private:
    SqliteDb m_db;
    QString m_path;
};

} // namespace atlas
