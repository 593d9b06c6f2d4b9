#include "sqlitedb.h"

#include <sqlite3.h>

#include <utility>

namespace atlas {

namespace {
QString fromUtf8(const char* text)
{
    return text ? QString::fromUtf8(text) : QString();
}
} // namespace

SqliteDb::~SqliteDb()
{
    close();
}

SqliteDb::SqliteDb(SqliteDb&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{
}

SqliteDb& SqliteDb::operator=(SqliteDb&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

bool SqliteDb::open(const QString& path, Mode mode, QString* error)
{
    close();
    const int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
                                             : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    const QByteArray utf8 = path.toUtf8();
    const int rc = sqlite3_open_v2(utf8.constData(), &m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        if (error)
            *error = m_db ? lastError() : fromUtf8(sqlite3_errstr(rc));
        close();
        return false;
    }
    return configure(mode, error);
}

bool SqliteDb::openMemory(QString* error)
{
    return open(QStringLiteral(":memory:"), Mode::ReadWriteCreate, error);
}

bool SqliteDb::configure(Mode mode, QString* error)
{
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 2000);
    if (mode == Mode::ReadOnly) {
        int on = 1;
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, &on);
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &on);
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &on);
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_VIEW, 1, &on);
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, &on);
        sqlite3_limit(m_db, SQLITE_LIMIT_LENGTH, 10 * 1000 * 1000);
        sqlite3_limit(m_db, SQLITE_LIMIT_SQL_LENGTH, 100 * 1000);
        if (!exec(QStringLiteral("PRAGMA query_only = ON; PRAGMA cell_size_check = ON;"), error)) {
            close();
            return false;
        }
    } else if (!exec(QStringLiteral("PRAGMA foreign_keys = ON;"), error)) {
        close();
        return false;
    }
    return true;
}

void SqliteDb::interrupt()
{
    if (m_db)
        sqlite3_interrupt(m_db);
}

void SqliteDb::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

bool SqliteDb::exec(const QString& sql, QString* error)
{
    if (!m_db) {
        if (error)
            *error = QStringLiteral("database is not open");
        return false;
    }
    char* message = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_exec(m_db, utf8.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        if (error)
            *error = message ? QString::fromUtf8(message) : fromUtf8(sqlite3_errstr(rc));
        sqlite3_free(message);
        return false;
    }
    return true;
}

SqliteStatement SqliteDb::prepare(const QString& sql, QString* error) const
{
    if (!m_db) {
        if (error)
            *error = QStringLiteral("database is not open");
        return {};
    }
    sqlite3_stmt* stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        if (error)
            *error = lastError();
        sqlite3_finalize(stmt);
        return {};
    }
    return SqliteStatement(m_db, stmt);
}

QString SqliteDb::lastError() const
{
    return m_db ? fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

SqliteStatement::~SqliteStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_error(std::move(other.m_error))
{
}

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_error = std::move(other.m_error);
    }
    return *this;
}

void SqliteStatement::bind(int index, const QString& value)
{
    if (value.isNull()) {
        bindNull(index);
        return;
    }
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

void SqliteStatement::bindVariant(int index, const QVariant& value)
{
    if (!value.isValid() || value.isNull()) {
        bindNull(index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        bind(index, value.toLongLong());
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        bind(index, value.toDouble());
        break;
    default:
        bind(index, value.toString());
    }
}

bool SqliteStatement::step()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

bool SqliteStatement::reset()
{
    m_error.clear();
    if (!m_stmt)
        return false;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return true;
}

int SqliteStatement::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

QString SqliteStatement::columnName(int column) const
{
    return fromUtf8(sqlite3_column_name(m_stmt, column));
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString SqliteStatement::text(int column) const
{
    if (isNull(column))
        return {};
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return QString::fromUtf8(data, size);
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QVariant SqliteStatement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant::fromValue(int64(column));
    case SQLITE_FLOAT:
        return real(column);
    case SQLITE_NULL:
        return {};
    default:
        return text(column);
    }
}

} // namespace atlas
