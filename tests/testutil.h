#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

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

} // namespace atlas::test
