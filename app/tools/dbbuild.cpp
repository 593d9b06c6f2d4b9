// atlas-dbbuild: validates db/seed/ and writes the SQLite database (run by CMake, usable by curators).
#include "data/dbbuilder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using atlas::DbBuilder;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("atlas-dbbuild"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Validates the curated TSV sources and writes the AI Trends Atlas database."));
    parser.addHelpOption();
    const QCommandLineOption schema(QStringLiteral("schema"), QStringLiteral("Schema file (db/schema.sql)."),
                                    QStringLiteral("file"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed folder (db/seed)."),
                                  QStringLiteral("dir"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Database to write."), QStringLiteral("file"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("Print problems only."));
    parser.addOptions({schema, seed, out, quiet});
    parser.process(app);

    QTextStream err(stderr);
    QTextStream outStream(stdout);
    if (!parser.isSet(schema) || !parser.isSet(seed) || !parser.isSet(out)) {
        err << "atlas-dbbuild: --schema, --seed and --out are required\n";
        return 2;
    }
    const auto result = DbBuilder::build(parser.value(schema), parser.value(seed), parser.value(out));
    for (const auto& problem : result.problems)
        err << problem.toString() << '\n';
    if (!result.ok) {
        err << "atlas-dbbuild: " << result.problems.size() << " problem(s); no database written\n";
        return 1;
    }
    if (!parser.isSet(quiet)) {
        for (auto it = result.rowCounts.cbegin(); it != result.rowCounts.cend(); ++it)
            outStream << it.key() << '\t' << it.value() << '\n';
        outStream << "wrote " << parser.value(out) << '\n';
    }
    return 0;
}
