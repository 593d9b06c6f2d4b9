// libFuzzer target: the data-source validator (DbBuilder) on TSV bytes for tables of the real schema,
// loaded into an in-memory SQLite database built from db/schema.sql.
//
// Input: one or more sections separated by the byte 0x1E (record separator); each section is a table
// name, a newline, and that table's TSV source. The seed corpus holds slices of db/seed/.
#include "fuzzcheck.h"

#include "data/dbbuilder.h"
#include "data/sqlitedb.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {
QString g_schemaSql;
}

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    QFile schema(QStringLiteral(ATLAS_FUZZ_SCHEMA));
    if (!schema.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "fuzz_seed: cannot read %s\n", ATLAS_FUZZ_SCHEMA);
        std::exit(1);
    }
    g_schemaSql = QString::fromUtf8(schema.readAll());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QVector<atlas::DbBuilder::SeedFile> files;
    int n = 0;
    for (const QByteArray& section : bytes.split('\x1e')) {
        const qsizetype newline = section.indexOf('\n');
        if (newline < 0)
            continue;
        files.append({QString::fromUtf8(section.left(newline)), QStringLiteral("fuzz%1.tsv").arg(++n),
                      section.mid(newline + 1)});
    }
    if (files.isEmpty())
        return 0;

    atlas::SqliteDb db;
    QString error;
    FUZZ_CHECK(db.openMemory(&error));
    const atlas::DbBuilder::Result result = atlas::DbBuilder::buildInto(db, g_schemaSql, files);
    // A build either succeeds without problems or reports at least one, located in a file.
    FUZZ_CHECK(result.ok == result.problems.isEmpty());
    for (const atlas::SourceProblem& p : result.problems)
        FUZZ_CHECK(!p.file.isEmpty() && !p.rule.isEmpty());
    return 0;
}
