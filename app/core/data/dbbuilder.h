#pragma once

#include "tsvreader.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QVector>

namespace atlas {

/// \brief Validates the curated sources in db/seed/ and writes the SQLite database from them.
///
/// Each folder db/seed/<table>/ holds TSV files whose header names the table's columns; tables with a
/// source_id take src_locator / src_lines / src_page instead, which become rows of `source`. The rules
/// come from the schema itself (NOT NULL, primary keys, foreign keys, CHECK … IN lists, column types)
/// plus a few conventions (date columns, Korean and English names must not be empty). Every problem is
/// reported as file:line:column; with any problem no database is written.
class DbBuilder
{
public:
    struct Result
    {
        bool ok = false;
        QVector<SourceProblem> problems;
        QMap<QString, int> rowCounts;  ///< rows loaded per table (incl. the synthesized `source`)
    };

    /// Builds \a outPath from \a schemaPath and the folders below \a seedDir. The file is written
    /// through a temporary sibling and renamed, so a failed build never leaves a partial database.
    static Result build(const QString& schemaPath, const QString& seedDir, const QString& outPath);

    /// The same, into an already open empty database (used by tests and by build()).
    static Result buildInto(class SqliteDb& db, const QString& schemaSql, const QString& seedDir);

    /// One source given as bytes: the table it fills, the path problems name, and its content.
    struct SeedFile
    {
        QString table;
        QString path;
        QByteArray bytes;
    };
    /// The same validation and loading for sources given as bytes instead of a seed folder (a table not
    /// in the schema is reported as unknown-table), e.g. one table's TSV into an in-memory database.
    static Result buildInto(class SqliteDb& db, const QString& schemaSql, const QVector<SeedFile>& files);

    /// True when \a value is 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' naming a real calendar date.
    static bool isIsoDatePrefix(const QString& value);
};

} // namespace atlas
