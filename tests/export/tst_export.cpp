// Every exportable view in every format, offscreen, and the error cases of the command line.
#include "cli/exportrequest.h"
#include "data/database.h"
#include "data/repository.h"
#include "export/exporter.h"
#include "export/exportservice.h"
#include "../testutil.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTextStream>

#include <gtest/gtest.h>

using namespace atlas;

namespace {

class ExportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_db.open(test::shippedDatabase()).ok());
        ASSERT_TRUE(m_dir.isValid());
    }
    QString path(const QString& name) const { return m_dir.filePath(name); }

    // A PNG that is not one flat colour: count the distinct colours in a coarse sample.
    static int colours(const QImage& image)
    {
        QSet<QRgb> seen;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                seen.insert(image.pixel(x, y));
        return static_cast<int>(seen.size());
    }
    static int pdfPages(const QByteArray& pdf)
    {
        static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
        return static_cast<int>(QString::fromLatin1(pdf).count(page));
    }

    Database m_db;
    Repository m_repo{m_db};
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(ExportTest, EveryViewInEveryPictureFormat)
{
    ExportService service(m_db, m_repo);
    SelectionState::Snapshot sel;
    sel.jurisdictions = {QStringLiteral("KOR")};
    const QVector<QPair<QString, QString>> views = {
        {QStringLiteral("map"), QStringLiteral("appendix1/policy_law")},
        {QStringLiteral("map"), QStringLiteral("statistic/tortoise_rank_2024")},
        {QStringLiteral("chart"), QStringLiteral("financial:revenue")},
        {QStringLiteral("chart"), QStringLiteral("countries:tortoise_rank_2024")},
        {QStringLiteral("chart"), QStringLiteral("appendix1")},
        {QStringLiteral("timeline"), QString()},
        {QStringLiteral("profile"), QString()},
    };
    Exporter::ImageOptions options;
    options.size = QSize(1200, 800);
    options.scale = 1.5;
    for (const auto& [kind, id] : views) {
        SCOPED_TRACE(QString(kind + QLatin1Char(' ') + id).toStdString());
        QString error;
        const QString png = path(kind + QStringLiteral(".png"));
        ASSERT_TRUE(service.exportView(kind, id, png, Exporter::Format::Png, options, sel, Lang::Korean, &error))
            << error.toStdString();
        const QImage image(png);
        EXPECT_EQ(image.size(), QSize(1800, 1200)) << "requested size × scale";
        EXPECT_GT(colours(image), 8) << "not blank";

        const QString svg = path(kind + QStringLiteral(".svg"));
        ASSERT_TRUE(service.exportView(kind, id, svg, Exporter::Format::Svg, options, sel, Lang::English, &error));
        QSvgRenderer renderer(svg);
        EXPECT_TRUE(renderer.isValid());
        const QByteArray svgText = test::readAll(svg);
        EXPECT_TRUE(svgText.contains("<title>")) << "the SVG carries the title";
        EXPECT_FALSE(svgText.contains("<text")) << "outlines mode writes no font-dependent text";

        const QString pdf = path(kind + QStringLiteral(".pdf"));
        ASSERT_TRUE(service.exportView(kind, id, pdf, Exporter::Format::Pdf, options, sel, Lang::Korean, &error));
        const QByteArray pdfBytes = test::readAll(pdf);
        EXPECT_TRUE(pdfBytes.startsWith("%PDF-"));
        EXPECT_EQ(pdfPages(pdfBytes), 1);
        EXPECT_TRUE(pdfBytes.contains("/FontFile2") || pdfBytes.contains("/FontFile")) << "fonts are embedded";
    }
}

TEST_F(ExportTest, EditableSvgKeepsRealTextWithTheTitle)
{
    ExportService service(m_db, m_repo);
    Exporter::ImageOptions options;
    options.svgTextAsOutlines = false;
    QString error;
    const QString svg = path(QStringLiteral("editable.svg"));
    ASSERT_TRUE(service.exportView(QStringLiteral("chart"), QStringLiteral("financial:revenue"), svg,
                                   Exporter::Format::Svg, options, {}, Lang::English, &error));
    const QString text = QString::fromUtf8(test::readAll(svg));
    EXPECT_TRUE(text.contains(QStringLiteral("<text")));
    EXPECT_TRUE(text.contains(QStringLiteral("Revenue (USD million)")));
    EXPECT_TRUE(text.contains(QStringLiteral("SPRi")));
}

TEST_F(ExportTest, CsvReadsBackWithKoreanIntact)
{
    ExportService service(m_db, m_repo);
    SelectionState::Snapshot sel;
    sel.jurisdictions = {QStringLiteral("KOR")};
    QString error;
    const QString csv = path(QStringLiteral("policies.csv"));
    ASSERT_TRUE(service.exportView(QStringLiteral("table"), QStringLiteral("policies"), csv, Exporter::Format::Csv, {}, sel,
                                   Lang::Korean, &error));
    const QByteArray bytes = test::readAll(csv);
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "a BOM, so spreadsheet programs read UTF-8";
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    EXPECT_TRUE(lines.first().startsWith(QStringLiteral("id,jurisdiction_id,date")));
    EXPECT_TRUE(text.contains(QStringLiteral("인공지능 발전과 신뢰 기반 조성 등에 관한 기본법")));
    int korean = 0;
    for (const QString& l : lines)
        korean += l.section(QLatin1Char(','), 1, 1) == QStringLiteral("KOR") ? 1 : 0;
    EXPECT_GT(korean, 30);
    EXPECT_TRUE(text.contains(QStringLiteral("소프트웨어정책연구소")));
}

TEST_F(ExportTest, CountryBriefIsAMultiPagePdfWithEmbeddedFonts)
{
    ExportService service(m_db, m_repo);
    QString error;
    const QString pdf = path(QStringLiteral("brief.pdf"));
    ASSERT_TRUE(service.exportBrief(pdf, {QStringLiteral("KOR"), QStringLiteral("EU")}, Lang::Korean, &error))
        << error.toStdString();
    const QByteArray bytes = test::readAll(pdf);
    EXPECT_GE(pdfPages(bytes), 3);
    EXPECT_TRUE(bytes.contains("/FontFile2") || bytes.contains("/FontFile"));
}

TEST_F(ExportTest, ErrorsLeaveNoFileAndKeepAnOldOne)
{
    ExportService service(m_db, m_repo);
    QString error;
    // Unknown ids.
    EXPECT_FALSE(service.exportView(QStringLiteral("chart"), QStringLiteral("nope"), path(QStringLiteral("a.png")),
                                    Exporter::Format::Png, {}, {}, Lang::English, &error));
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("a.png"))));
    EXPECT_FALSE(service.exportView(QStringLiteral("map"), QStringLiteral("nope"), path(QStringLiteral("b.png")),
                                    Exporter::Format::Png, {}, {}, Lang::English, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("nope")));
    // Parent folder missing, or the path is a folder.
    EXPECT_FALSE(service.exportView(QStringLiteral("timeline"), {}, path(QStringLiteral("missing/t.png")),
                                    Exporter::Format::Png, {}, {}, Lang::English, &error));
    EXPECT_FALSE(service.exportView(QStringLiteral("timeline"), {}, m_dir.path(), Exporter::Format::Png, {}, {},
                                    Lang::English, &error));
    // Bad size: the previous file of that name stays untouched.
    const QString existing = path(QStringLiteral("keep.png"));
    ASSERT_TRUE(test::writeFile(existing, "previous"));
    Exporter::ImageOptions tiny;
    tiny.size = QSize(10, 10);
    EXPECT_FALSE(service.exportView(QStringLiteral("timeline"), {}, existing, Exporter::Format::Png, tiny, {},
                                    Lang::English, &error));
    EXPECT_EQ(test::readAll(existing), QByteArray("previous"));
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1) << "no temporary file left";
}

TEST(ExportRequest, ParsesTheDocumentedCommands)
{
    QString error;
    auto r = ExportRequest::parse({QStringLiteral("map"), QStringLiteral("--layer"), QStringLiteral("policy_law"),
                                   QStringLiteral("--format"), QStringLiteral("svg"), QStringLiteral("--lang"),
                                   QStringLiteral("en"), QStringLiteral("--out"), QStringLiteral("map.svg")},
                                  &error);
    ASSERT_TRUE(r) << error.toStdString();
    EXPECT_EQ(r->kind, QStringLiteral("map"));
    EXPECT_EQ(r->id, QStringLiteral("policy_law"));
    EXPECT_EQ(r->lang, Lang::English);
    r = ExportRequest::parse({QStringLiteral("timeline"), QStringLiteral("--jurisdiction"), QStringLiteral("KOR,EU"),
                              QStringLiteral("--from"), QStringLiteral("2024-01"), QStringLiteral("--to"),
                              QStringLiteral("2024-12"), QStringLiteral("--out"), QStringLiteral("t.pdf")},
                             &error);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->format, QStringLiteral("pdf")) << "from the file suffix";
    EXPECT_EQ(r->jurisdictions, (QStringList{QStringLiteral("KOR"), QStringLiteral("EU")}));
    EXPECT_TRUE(ExportRequest::parse({QStringLiteral("--list")}, &error)->list);
}

TEST(ExportRequest, RejectsBadInputWithAMessage)
{
    const QVector<QStringList> bad = {
        {},
        {QStringLiteral("poster"), QStringLiteral("--out"), QStringLiteral("x.png")},
        {QStringLiteral("chart"), QStringLiteral("--out"), QStringLiteral("x.png")},
        {QStringLiteral("map"), QStringLiteral("--width"), QStringLiteral("abc"), QStringLiteral("--out"), QStringLiteral("x.png")},
        {QStringLiteral("map"), QStringLiteral("--width"), QStringLiteral("50"), QStringLiteral("--out"), QStringLiteral("x.png")},
        {QStringLiteral("map"), QStringLiteral("--format"), QStringLiteral("gif"), QStringLiteral("--out"), QStringLiteral("x.gif")},
        {QStringLiteral("map")},
        {QStringLiteral("map"), QStringLiteral("--out")},
        {QStringLiteral("table"), QStringLiteral("policies"), QStringLiteral("--out"), QStringLiteral("x.png")},
        {QStringLiteral("timeline"), QStringLiteral("--from"), QStringLiteral("2024-13"), QStringLiteral("--out"), QStringLiteral("t.png")},
        {QStringLiteral("timeline"), QStringLiteral("--from"), QStringLiteral("2025"), QStringLiteral("--to"), QStringLiteral("2024"),
         QStringLiteral("--out"), QStringLiteral("t.png")},
        {QStringLiteral("brief"), QStringLiteral("--out"), QStringLiteral("b.pdf")},
        {QStringLiteral("map"), QStringLiteral("--jurisdiction"), QStringLiteral("'; DROP TABLE policy"),
         QStringLiteral("--out"), QStringLiteral("x.png")},
        {QStringLiteral("map"), QStringLiteral("--bogus"), QStringLiteral("--out"), QStringLiteral("x.png")},
    };
    for (const QStringList& args : bad) {
        QString error;
        EXPECT_FALSE(ExportRequest::parse(args, &error)) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(error.isEmpty());
    }
}

// The real binary, headless: errors exit non-zero and write nothing.
TEST(ExportCommandLine, ExitCodesAndNoPartialFiles)
{
    const QString binary = QFileInfo(test::shippedDatabase()).absolutePath() + QStringLiteral("/../bin/ai-trends-atlas");
    ASSERT_TRUE(QFileInfo::exists(binary));
    QTemporaryDir dir;
    const auto run = [&](const QStringList& args, QString* err = nullptr) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));  // the export command must choose offscreen itself
        p.setProcessEnvironment(env);
        p.start(binary, QStringList{QStringLiteral("export")} + args);
        p.waitForFinished(60000);
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    };
    QString err;
    EXPECT_EQ(run({QStringLiteral("--list")}), 0);
    const QString out = dir.filePath(QStringLiteral("m.png"));
    EXPECT_EQ(run({QStringLiteral("map"), QStringLiteral("--layer"), QStringLiteral("policy_law"), QStringLiteral("--out"), out}), 0);
    EXPECT_TRUE(QFileInfo::exists(out));
    EXPECT_NE(run({QStringLiteral("chart"), QStringLiteral("no-such-chart"), QStringLiteral("--out"),
                   dir.filePath(QStringLiteral("c.png"))}, &err), 0);
    EXPECT_TRUE(err.contains(QStringLiteral("no-such-chart")));
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("c.png"))));
    EXPECT_NE(run({QStringLiteral("map"), QStringLiteral("--out"), QStringLiteral("/proc/no/such/dir/m.png")}, &err), 0);
    EXPECT_NE(run({QStringLiteral("map"), QStringLiteral("--width"), QStringLiteral("-5"), QStringLiteral("--out"),
                   dir.filePath(QStringLiteral("w.png"))}, &err), 0);
    EXPECT_NE(run({QStringLiteral("brief"), QStringLiteral("--jurisdiction"), QStringLiteral("XXX"), QStringLiteral("--out"),
                   dir.filePath(QStringLiteral("b.pdf"))}, &err), 0);
    EXPECT_TRUE(err.contains(QStringLiteral("XXX")));
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("b.pdf"))));
}
