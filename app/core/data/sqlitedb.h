#pragma once

#include <QString>
#include <QVariant>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace atlas {

class SqliteStatement;

/// \brief Owns one SQLite connection. The only place (with SqliteStatement) that talks to the SQLite C API.
///
/// We use SQLite directly rather than through QtSql: the builder must run a multi-statement schema file,
/// and user-supplied databases must be opened with SQLITE_DBCONFIG_DEFENSIVE, neither of which QSQLITE offers.
class SqliteDb
{
public:
    enum class Mode { ReadOnly, ReadWriteCreate };

    SqliteDb() = default;
    ~SqliteDb();
    SqliteDb(const SqliteDb&) = delete;
    SqliteDb& operator=(const SqliteDb&) = delete;
    SqliteDb(SqliteDb&& other) noexcept;
    SqliteDb& operator=(SqliteDb&& other) noexcept;

    /// Opens \a path. ReadOnly connections are defensive: no writes, no untrusted schema functions,
    /// cell-size checks on, so a hostile file cannot make us write or run its triggers' side effects.
    bool open(const QString& path, Mode mode, QString* error);
    bool openMemory(QString* error);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    /// Makes a statement running on this connection stop soon with SQLITE_INTERRUPT; the one call that
    /// may come from another thread (sqlite3_interrupt), as long as the connection stays open meanwhile.
    void interrupt();

    /// Runs one or more statements with no result rows.
    bool exec(const QString& sql, QString* error);
    SqliteStatement prepare(const QString& sql, QString* error) const;

    QString lastError() const;
    sqlite3* handle() const { return m_db; }

private:
    bool configure(Mode mode, QString* error);
    sqlite3* m_db = nullptr;
};

/// \brief A prepared statement with bound values; rows are read with step().
class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&& other) noexcept;

    bool isValid() const { return m_stmt != nullptr; }

    void bind(int index, const QString& value);   ///< 1-based; a null QString binds NULL
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, static_cast<qint64>(value)); }
    void bind(int index, double value);
    void bindNull(int index);
    void bindVariant(int index, const QVariant& value);

    /// Advances to the next row. Returns false at the end or on error (see error()).
    bool step();
    bool reset();
    QString error() const { return m_error; }

    int columnCount() const;
    QString columnName(int column) const;
    bool isNull(int column) const;
    QString text(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    QVariant value(int column) const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_error;
};

} // namespace atlas
