#include "database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QtEndian>

#include <atomic>
#include <chrono>
#include <future>
#include <mutex>

namespace atlas {

namespace {

/// PRAGMA quick_check of one table and its indexes: empty when it is sound, else SQLite's first finding.
QString quickCheck(const SqliteDb& db, const QString& table)
{
    QString error;
    QString quoted = table;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    SqliteStatement check = db.prepare(QStringLiteral("PRAGMA quick_check(\"%1\")").arg(quoted), &error);
    if (!check.isValid())
        return error;
    if (!check.step())
        return check.error().isEmpty() ? QStringLiteral("the check returned nothing") : check.error();
    const QString result = check.text(0);
    return result == QLatin1String("ok") ? QString() : result;
}

/// The bytes a database file must have at least, from its header (0: the header does not say). The
/// in-header page count is valid when the change counter equals "version-valid-for" (SQLite ≥ 3.7.0).
qint64 sizeFromHeader(const QByteArray& header)
{
    if (header.size() < 100)
        return 0;
    const auto* h = reinterpret_cast<const uchar*>(header.constData());
    const quint32 pageSizeField = qFromBigEndian<quint16>(h + 16);
    const qint64 pageSize = pageSizeField == 1 ? 65536 : pageSizeField;
    const quint32 changeCounter = qFromBigEndian<quint32>(h + 24);
    const quint32 pages = qFromBigEndian<quint32>(h + 28);
    const quint32 validFor = qFromBigEndian<quint32>(h + 92);
    if (pages == 0 || changeCounter != validFor || pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return 0;
    return pageSize * pages;
}

} // namespace

/// \brief Checks the search index of a database on a connection of its own, in a thread of its own.
class IndexCheck
{
public:
    IndexCheck(const QString& path, const QStringList& tables)
        : m_result(std::async(std::launch::async, [this, path, tables] { return run(path, tables); }))
    {
    }
    ~IndexCheck()
    {
        m_cancelled = true;
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            if (m_active)
                m_active->interrupt();
        }
        m_result.wait();
    }
    IndexCheck(const IndexCheck&) = delete;
    IndexCheck& operator=(const IndexCheck&) = delete;

    bool finished() const { return m_result.wait_for(std::chrono::seconds(0)) == std::future_status::ready; }
    QString problem() const { return m_result.get(); }

private:
    QString run(const QString& path, const QStringList& tables)
    {
        SqliteDb db;
        QString error;
        if (!db.open(path, SqliteDb::Mode::ReadOnly, &error))
            return QStringLiteral("the search index cannot be read: ") + error;
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_active = &db;
        }
        QString problem;
        for (const QString& table : tables) {
            if (m_cancelled)
                break;
            problem = quickCheck(db, table);
            if (!problem.isEmpty()) {
                problem = QStringLiteral("the search index (%1) is damaged: %2").arg(table, problem);
                break;
            }
        }
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_active = nullptr;
        return problem;
    }

    std::mutex m_mutex;
    SqliteDb* m_active = nullptr;   ///< the connection to interrupt, while run() uses it
    std::atomic<bool> m_cancelled{false};
    std::shared_future<QString> m_result;
};

Database::Database() = default;

Database::~Database()
{
    close();
}

void Database::close()
{
    m_indexCheck.reset();   // interrupts and joins a check still running
    m_db.close();
    m_path.clear();
}

QString Database::searchIndexProblem() const
{
    return m_indexCheck ? m_indexCheck->problem() : QString();
}

bool Database::searchIndexChecked() const
{
    return !m_indexCheck || m_indexCheck->finished();
}

bool Database::isSearchIndexTable(const QString& name)
{
    return name == QLatin1String("search_trigram") || name.startsWith(QLatin1String("search_fts_"));
}

QStringList Database::requiredTables()
{
    return {QStringLiteral("source"),          QStringLiteral("jurisdiction"),   QStringLiteral("jurisdiction_member"),
            QStringLiteral("policy"),          QStringLiteral("appendix1_entry"), QStringLiteral("organization"),
            QStringLiteral("company"),         QStringLiteral("appendix3_entry"), QStringLiteral("company_activity"),
            QStringLiteral("company_financial"), QStringLiteral("statistic"),    QStringLiteral("standard"),
            QStringLiteral("reference"),       QStringLiteral("field"),          QStringLiteral("data_note")};
}

Database::OpenResult Database::open(const QString& path)
{
    close();
    const QFileInfo info(path);
    if (!info.exists())
        return {Status::Missing, QStringLiteral("There is no file at %1.").arg(path)};
    if (!info.isFile())
        return {Status::NotAFile, QStringLiteral("%1 is not a file.").arg(path)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {Status::Unreadable, QStringLiteral("%1 cannot be read: %2").arg(path, file.errorString())};
    if (file.size() == 0)
        return {Status::Empty, QStringLiteral("%1 is empty (0 bytes).").arg(path)};
    const QByteArray header = file.read(100);
    const qint64 fileSize = file.size();
    file.close();
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return {Status::NotSqlite, QStringLiteral("%1 is not an SQLite database.").arg(path)};
    // Truncation shows in the header at once, without reading the file.
    if (const qint64 expected = sizeFromHeader(header); expected > fileSize)
        return {Status::Corrupt, QStringLiteral("%1 is truncated: its header counts %2 bytes of pages, the file has %3.")
                                     .arg(path).arg(expected).arg(fileSize)};

    QString error;
    if (!m_db.open(path, SqliteDb::Mode::ReadOnly, &error))
        return {Status::Corrupt, QStringLiteral("%1 cannot be opened: %2").arg(path, error)};

    auto fail = [this](Status status, const QString& message) {
        m_db.close();
        return OpenResult{status, message};
    };

    QSet<QString> tables;
    QStringList checkNow = {QStringLiteral("sqlite_schema")};
    QStringList checkLater;
    SqliteStatement list = m_db.prepare(QStringLiteral("SELECT name, sql LIKE 'CREATE VIRTUAL TABLE%' FROM sqlite_schema "
                                                       "WHERE type = 'table' ORDER BY rowid"),
                                        &error);
    if (!list.isValid())
        return fail(Status::Corrupt, QStringLiteral("%1 is damaged: %2").arg(path, error));
    while (list.step()) {
        const QString name = list.text(0);
        tables.insert(name);
        if (list.integer(1) != 0)
            continue;   // virtual: its shadow tables are checked
        (isSearchIndexTable(name) ? checkLater : checkNow).append(name);
    }
    if (!list.error().isEmpty())
        return fail(Status::Corrupt, QStringLiteral("%1 is damaged: %2").arg(path, list.error()));

    // quick_check of every table the views read, before any view trusts the data. The search index
    // is most of a large file and only a search reads it: it is checked in the background.
    for (const QString& table : std::as_const(checkNow))
        if (const QString problem = quickCheck(m_db, table); !problem.isEmpty())
            return fail(Status::Corrupt, QStringLiteral("%1 is damaged or truncated (%2): %3").arg(path, table, problem));

    QStringList missing;
    for (const QString& t : requiredTables())
        if (!tables.contains(t))
            missing.append(t);
    if (!missing.isEmpty())
        return fail(Status::WrongSchema, QStringLiteral("%1 is an SQLite database but not an AI Trends Atlas "
                                                        "database (missing tables: %2).")
                                             .arg(path, missing.join(QStringLiteral(", "))));

    SqliteStatement version = m_db.prepare(QStringLiteral("PRAGMA user_version"), &error);
    const int v = version.step() ? version.integer(0) : 0;
    if (v > kSchemaVersion)
        return fail(Status::NewerSchema, QStringLiteral("%1 was written by a newer version of AI Trends Atlas "
                                                        "(schema %2, this version reads %3).")
                                             .arg(path).arg(v).arg(kSchemaVersion));
    if (v < kSchemaVersion)
        return fail(Status::OlderSchema, QStringLiteral("%1 uses schema version %2; this version reads %3.")
                                             .arg(path).arg(v).arg(kSchemaVersion));
    m_path = path;
    m_indexCheck = std::make_unique<IndexCheck>(path, checkLater);
    return {};
}

QString Database::findBundled(const QString& applicationDir)
{
    const QString name = QStringLiteral("ai-trends-2024.sqlite");
    const QStringList candidates = {
        qEnvironmentVariable("ATLAS_DATABASE"),
        applicationDir + QStringLiteral("/../db/") + name,
        applicationDir + QStringLiteral("/../share/ai-trends-atlas/") + name,
        QStringLiteral("/usr/share/ai-trends-atlas/") + name,
    };
    for (const QString& c : candidates)
        if (!c.isEmpty() && QFileInfo(c).isFile())
            return QDir::cleanPath(QFileInfo(c).absoluteFilePath());
    return {};
}

} // namespace atlas
