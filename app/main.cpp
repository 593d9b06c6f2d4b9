// AI Trends Atlas: entry point. Chooses the platform, installs translators, opens the database.
#include "cli/exportrequest.h"
#include "data/database.h"
#include "data/repository.h"
#include "data/searchengine.h"
#include "export/exportservice.h"
#include "shell/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QFontDatabase>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

namespace {

bool hasDisplay()
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!platform.isEmpty())
        return true;  // the user chose a platform (offscreen, xcb, wayland …): let Qt decide
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

bool isSubcommand(int argc, char** argv, const char* name)
{
    return argc > 1 && qstrcmp(argv[1], name) == 0;
}

bool wantsHeadless(int argc, char** argv)
{
    if (isSubcommand(argc, argv, "export") || isSubcommand(argc, argv, "search"))
        return true;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--screenshot" || arg.startsWith("--screenshot=") || arg == "--help" || arg == "-h"
            || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

void useAppFont()
{
    // A Korean-capable font for every label: fontconfig's default falls back per glyph, which gives
    // uneven metrics; Noto Sans CJK KR covers Hangul, Latin and the report's symbols (①, ▲, ▪).
    if (QFontDatabase::families().contains(QStringLiteral("Noto Sans CJK KR"))) {
        QFont font(QStringLiteral("Noto Sans CJK KR"));
        font.setPointSizeF(QApplication::font().pointSizeF());
        QApplication::setFont(font);
    }
}

/// `ai-trends-atlas export …`: the same renderers as the window, no display needed.
int runExport(const QStringList& args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList rest = args;
    QString databasePath;
    const qsizetype db = rest.indexOf(QStringLiteral("--database"));
    if (db >= 0) {
        if (db + 1 >= rest.size()) {
            err << "ai-trends-atlas: --database needs a path\n";
            return 2;
        }
        databasePath = rest.at(db + 1);
        rest.remove(db, 2);
    }
    if (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"))) {
        out << atlas::ExportRequest::usage();
        return 0;
    }
    QString error;
    const auto request = atlas::ExportRequest::parse(rest, &error);
    if (!request) {
        err << "ai-trends-atlas: " << error << "\n" << atlas::ExportRequest::usage();
        return 2;
    }
    // Exported pictures speak the requested language, whatever the desktop's.
    QTranslator translator;
    if (request->lang == atlas::Lang::Korean && translator.load(QStringLiteral(":/i18n/atlas_ko.qm")))
        QCoreApplication::installTranslator(&translator);
    if (databasePath.isEmpty())
        databasePath = atlas::Database::findBundled(QCoreApplication::applicationDirPath());
    atlas::Database database;
    const auto opened = database.open(databasePath);
    if (!opened.ok()) {
        err << "ai-trends-atlas: " << (databasePath.isEmpty() ? QStringLiteral("the bundled database was not found")
                                                              : opened.message)
            << "\n";
        return 2;
    }
    atlas::Repository repository(database);
    atlas::ExportService service(database, repository);
    return service.run(*request, out, err);
}

/// `ai-trends-atlas search QUERY [--type T] [--limit N]`: tab-separated type, id, title_ko, title_en,
/// date, source — the same engine as the search box.
int runSearch(const QStringList& args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString query, type, databasePath;
    int limit = 20;
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (a == QStringLiteral("--type") && hasValue) {
            type = args.at(++i);
            if (!atlas::SearchEngine::types().contains(type)) {
                err << "ai-trends-atlas: unknown type '" << type << "' (" << atlas::SearchEngine::types().join(QStringLiteral(", "))
                    << ")\n";
                return 2;
            }
        } else if (a == QStringLiteral("--limit") && hasValue) {
            bool ok = false;
            limit = args.at(++i).toInt(&ok);
            if (!ok || limit < 1 || limit > 1000) {
                err << "ai-trends-atlas: --limit must be a whole number from 1 to 1000\n";
                return 2;
            }
        } else if (a == QStringLiteral("--database") && hasValue) {
            databasePath = args.at(++i);
        } else if (a == QStringLiteral("--")) {
            query += (query.isEmpty() ? QString() : QStringLiteral(" ")) + args.mid(i + 1).join(QLatin1Char(' '));
            break;
        } else {
            query += (query.isEmpty() ? QString() : QStringLiteral(" ")) + a;  // any text, even '--x', is a query
        }
    }
    if (query.trimmed().isEmpty()) {
        err << "usage: ai-trends-atlas search QUERY [--type TYPE] [--limit N] [--database PATH]\n";
        return 2;
    }
    if (databasePath.isEmpty())
        databasePath = atlas::Database::findBundled(QCoreApplication::applicationDirPath());
    atlas::Database database;
    const auto opened = database.open(databasePath);
    if (!opened.ok()) {
        err << "ai-trends-atlas: " << opened.message << "\n";
        return 2;
    }
    const atlas::SearchEngine engine(database);
    if (const QString problem = engine.unavailableReason(); !problem.isEmpty()) {
        err << "ai-trends-atlas: cannot search " << databasePath << ": " << problem << "\n";
        return 2;
    }
    const auto clean = [](QString s) { return s.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' ')); };
    for (const atlas::SearchHit& h : engine.search(query, type, limit))
        out << h.type << '\t' << h.id << '\t' << clean(h.titleKo) << '\t' << clean(h.titleEn) << '\t' << h.date << '\t'
            << h.source << '\n';
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (wantsHeadless(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");  // these modes never need a screen
    if (!hasDisplay()) {
        std::fputs("ai-trends-atlas: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                   "  Start it from a desktop session, or on a server with:  xvfb-run -a ai-trends-atlas\n"
                   "  Headless output without any display:  ai-trends-atlas export --list\n"
                   "                                         ai-trends-atlas --screenshot window.png\n",
                   stderr);
        return 2;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ai-trends-atlas"));
    QApplication::setOrganizationName(QStringLiteral("ai-trends-atlas"));
    QApplication::setApplicationDisplayName(QStringLiteral("AI Trends Atlas"));
    QApplication::setApplicationVersion(QStringLiteral(ATLAS_VERSION));

    if (isSubcommand(argc, argv, "export")) {
        useAppFont();
        return runExport(QCoreApplication::arguments().mid(2));
    }
    if (isSubcommand(argc, argv, "search"))
        return runSearch(QCoreApplication::arguments().mid(2));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Explorer of the SPRi report on 2024 AI industry trends."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QStringLiteral("Open this database instead of the bundled one."),
                                            QStringLiteral("path"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Interface language: ko or en."),
                                        QStringLiteral("ko|en"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QStringLiteral("Render the main window to a PNG file and exit."),
                                              QStringLiteral("file"));
    const QCommandLineOption viewOption(QStringLiteral("view"), QStringLiteral("Open a saved view file or an aitrends://view link."),
                                        QStringLiteral("file-or-link"));
    parser.addOptions({databaseOption, langOption, screenshotOption, viewOption});
    parser.process(app);

    useAppFont();
    atlas::MainWindow window;
    if (parser.isSet(langOption))
        window.setLanguage(parser.value(langOption) == QStringLiteral("en") ? atlas::Lang::English : atlas::Lang::Korean);

    const bool headless = parser.isSet(screenshotOption);
    QString path = parser.value(databaseOption);
    if (path.isEmpty())
        path = atlas::Database::findBundled(QCoreApplication::applicationDirPath());
    if (path.isEmpty()) {
        std::fputs("ai-trends-atlas: the bundled database was not found; pass --database PATH\n", stderr);
        if (headless)
            return 1;
    } else if (!window.openDatabase(path, !headless)) {
        if (headless) {
            std::fprintf(stderr, "ai-trends-atlas: cannot open %s\n", qPrintable(QDir::toNativeSeparators(path)));
            return 1;
        }
    }

    if (parser.isSet(viewOption)) {
        const QString view = parser.value(viewOption);
        if (view.startsWith(QStringLiteral("aitrends://"))) {
            QString error;
            const auto state = atlas::ViewState::fromLink(view, &error);
            if (!state) {
                std::fprintf(stderr, "ai-trends-atlas: %s\n", qPrintable(error));
                if (headless)
                    return 2;
            } else {
                const QString notice = window.applyView(*state);
                if (!notice.isEmpty())
                    std::fprintf(stderr, "ai-trends-atlas: %s\n", qPrintable(notice));
            }
        } else if (!window.openViewFile(view, !headless) && headless) {
            std::fprintf(stderr, "ai-trends-atlas: cannot open the view %s\n", qPrintable(view));
            return 2;
        }
    }

    if (headless) {
        window.resize(1400, 900);
        window.show();
        QApplication::processEvents();
        const QString out = parser.value(screenshotOption);
        if (!window.grab().save(out, "PNG")) {
            std::fprintf(stderr, "ai-trends-atlas: cannot write %s\n", qPrintable(out));
            return 1;
        }
        return 0;
    }
    window.show();
    return app.exec();
}
