#include "database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace atlas {

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
    const QByteArray header = file.read(16);
    file.close();
    if (header != QByteArrayLiteral("SQLite format 3\0"))
        return {Status::NotSqlite, QStringLiteral("%1 is not an SQLite database.").arg(path)};

    QString error;
    if (!m_db.open(path, SqliteDb::Mode::ReadOnly, &error))
        return {Status::Corrupt, QStringLiteral("%1 cannot be opened: %2").arg(path, error)};

    auto fail = [this](Status status, const QString& message) {
        m_db.close();
        return OpenResult{status, message};
    };

    // quick_check reads every page: catches truncation and damage before any view trusts the data.
    SqliteStatement check = m_db.prepare(QStringLiteral("PRAGMA quick_check(1)"), &error);
    if (!check.isValid())
        return fail(Status::Corrupt, QStringLiteral("%1 is damaged: %2").arg(path, error));
    const bool stepped = check.step();
    if (!stepped || check.text(0) != QStringLiteral("ok"))
        return fail(Status::Corrupt, QStringLiteral("%1 is damaged or truncated: %2")
                                         .arg(path, stepped ? check.text(0) : check.error()));

    QSet<QString> tables;
    SqliteStatement list = m_db.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"), &error);
    while (list.step())
        tables.insert(list.text(0));
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
