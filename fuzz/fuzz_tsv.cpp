// libFuzzer target: the TSV reader every data source goes through (db/seed/<table>/*.tsv).
#include "fuzzcheck.h"

#include "data/tsvreader.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QVector<atlas::SourceProblem> problems;
    const atlas::TsvTable table = atlas::TsvReader::parse(bytes, QStringLiteral("fuzz.tsv"), &problems);

    // Every returned row is padded or cut to the header, with one 1-based column per cell, in order
    // (padding cells share the column after the row's end).
    for (const atlas::TsvRow& row : table.rows) {
        FUZZ_CHECK(row.cells.size() == table.header.size());
        FUZZ_CHECK(row.columns.size() == row.cells.size());
        FUZZ_CHECK(row.line > table.headerLine);
        for (qsizetype i = 0; i < row.columns.size(); ++i)
            FUZZ_CHECK(row.columns.at(i) >= 1 && (i == 0 || row.columns.at(i) >= row.columns.at(i - 1)));
    }
    for (const atlas::SourceProblem& p : problems) {
        FUZZ_CHECK(p.line >= 0 && p.column >= 0);
        FUZZ_CHECK(!p.toString().isEmpty());
    }
    return 0;
}
