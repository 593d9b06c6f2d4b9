#include "dbbuilder.h"

#include "searchengine.h"
#include "sqlitedb.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>

namespace atlas {

namespace {

const QString kSrcLocator = QStringLiteral("src_locator");
const QString kSrcLines = QStringLiteral("src_lines");
const QString kSrcPage = QStringLiteral("src_page");
const QString kSourceId = QStringLiteral("source_id");

struct ColumnInfo
{
    QString name;
    QString type;        // declared type, upper case
    bool notNull = false;
    bool hasDefault = false;
    QString defaultValue; // the DEFAULT expression as written in the schema
    int pk = 0;          // position in the primary key, 0 if not part of it
    QStringList allowed; // from CHECK (col IN (...)), empty if none
};

struct ForeignKey
{
    QString parentTable;
    QStringList from;
    QStringList to;
};

struct TableInfo
{
    QString name;
    QVector<ColumnInfo> columns;
    QVector<ForeignKey> foreignKeys;
    bool hasSource = false;
    bool sourceRequired = false;

    const ColumnInfo* column(const QString& columnName) const
    {
        for (const ColumnInfo& c : columns)
            if (c.name == columnName)
                return &c;
        return nullptr;
    }
    QStringList primaryKey() const
    {
        QVector<const ColumnInfo*> pkCols;
        for (const ColumnInfo& c : columns)
            if (c.pk > 0)
                pkCols.append(&c);
        std::sort(pkCols.begin(), pkCols.end(), [](auto a, auto b) { return a->pk < b->pk; });
        QStringList names;
        for (auto* c : pkCols)
            names.append(c->name);
        return names;
    }
};

// One loaded row, kept with its position so that checks across tables can point back at it.
struct LoadedRow
{
    const TsvTable* file = nullptr;
    const TsvRow* row = nullptr;
    QHash<QString, QString> values;  // column -> normalized text (null QString = NULL)
    std::optional<qint64> sourceId;
};

bool isDateColumn(const QString& table, const QString& column)
{
    static const QSet<QString> names = {QStringLiteral("date"), QStringLiteral("date_end"),
                                        QStringLiteral("founded"), QStringLiteral("listed"),
                                        QStringLiteral("period_end")};
    Q_UNUSED(table);
    return names.contains(column);
}

bool isNameColumn(const QString& column)
{
    static const QSet<QString> names = {QStringLiteral("name_ko"), QStringLiteral("name_en"),
                                        QStringLiteral("title_ko"), QStringLiteral("title_en")};
    return names.contains(column);
}

bool isPeriod(const QString& value)
{
    const int sep = static_cast<int>(value.indexOf(QStringLiteral("..")));
    if (sep < 0)
        return DbBuilder::isIsoDatePrefix(value);
    return DbBuilder::isIsoDatePrefix(value.left(sep)) && DbBuilder::isIsoDatePrefix(value.mid(sep + 2))
        && value.left(sep) <= value.mid(sep + 2);
}

QString keyOf(const LoadedRow& row, const QStringList& columns)
{
    QStringList parts;
    for (const QString& c : columns)
        parts.append(row.values.value(c));
    return parts.join(QChar(0x1F));
}

QVector<TableInfo> introspect(SqliteDb& db, QString* error)
{
    QVector<TableInfo> tables;
    SqliteStatement list = db.prepare(
        QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                       "ORDER BY name"),
        error);
    static const QRegularExpression checkIn(
        QStringLiteral("CHECK\\s*\\(\\s*(\\w+)\\s+IN\\s*\\(([^)]*)\\)\\s*\\)"),
        QRegularExpression::CaseInsensitiveOption);
    while (list.step()) {
        TableInfo info;
        info.name = list.text(0);
        const QString sql = list.text(1);
        QHash<QString, QStringList> allowed;
        for (auto it = checkIn.globalMatch(sql); it.hasNext();) {
            const auto m = it.next();
            QStringList values;
            for (QString v : m.captured(2).split(QLatin1Char(','))) {
                v = v.trimmed();
                if (v.startsWith(QLatin1Char('\'')) && v.endsWith(QLatin1Char('\'')))
                    v = v.mid(1, v.size() - 2);
                values.append(v);
            }
            allowed.insert(m.captured(1), values);
        }
        SqliteStatement cols = db.prepare(QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk "
                                                         "FROM pragma_table_info(?)"),
                                          error);
        cols.bind(1, info.name);
        while (cols.step()) {
            ColumnInfo c;
            c.name = cols.text(0);
            c.type = cols.text(1).toUpper();
            c.notNull = cols.int64(2) != 0;
            c.hasDefault = !cols.isNull(3);
            c.defaultValue = cols.text(3);
            c.pk = cols.integer(4);
            c.allowed = allowed.value(c.name);
            if (c.name == kSourceId) {
                info.hasSource = true;
                info.sourceRequired = c.notNull;
            }
            info.columns.append(c);
        }
        SqliteStatement fks = db.prepare(QStringLiteral("SELECT id, seq, \"table\", \"from\", \"to\" "
                                                        "FROM pragma_foreign_key_list(?) ORDER BY id, seq"),
                                         error);
        fks.bind(1, info.name);
        std::map<qint64, ForeignKey> byId;
        while (fks.step()) {
            ForeignKey& fk = byId[fks.int64(0)];
            fk.parentTable = fks.text(2);
            fk.from.append(fks.text(3));
            fk.to.append(fks.text(4));
        }
        for (auto& [id, fk] : byId) {
            Q_UNUSED(id);
            if (fk.from != QStringList{kSourceId})
                info.foreignKeys.append(fk);
        }
        tables.append(info);
    }
    return tables;
}

class Builder
{
public:
    Builder(SqliteDb& db, QVector<TableInfo> tables) : m_db(db), m_tables(std::move(tables)) {}

    DbBuilder::Result run(const QString& seedDir)
    {
        readFolders(seedDir);
        return validateAndInsert();
    }

    DbBuilder::Result run(const QVector<DbBuilder::SeedFile>& files)
    {
        readFiles(files);
        return validateAndInsert();
    }

private:
    void problem(const TsvTable& file, int line, int column, const QString& rule, const QString& message,
                 const QString& value = QString())
    {
        m_problems.append({file.path, line, column, rule, message, value});
    }

    // Every distinct trigram of the search index, forwards and reversed (schema.sql, search_trigram).
    bool fillTrigrams(QString* error)
    {
        if (!m_db.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.search_vocab USING fts5vocab(main, search_fts, 'row');"),
                       error))
            return false;
        bool ok = true;
        {
            SqliteStatement terms = m_db.prepare(QStringLiteral("SELECT term FROM temp.search_vocab ORDER BY term"), error);
            SqliteStatement insert = m_db.prepare(QStringLiteral("INSERT INTO search_trigram (term, rev) VALUES (?, ?)"), error);
            ok = terms.isValid() && insert.isValid();
            while (ok && terms.step()) {
                const QString term = terms.text(0);
                insert.reset();
                insert.bind(1, term);
                insert.bind(2, SearchEngine::reversed(term));
                insert.step();
                ok = insert.error().isEmpty();
                if (!ok && error)
                    *error = insert.error();
            }
        }
        return m_db.exec(QStringLiteral("DROP TABLE temp.search_vocab;"), error) && ok;
    }

    const TableInfo* table(const QString& name) const
    {
        for (const TableInfo& t : m_tables)
            if (t.name == name)
                return &t;
        return nullptr;
    }

    void readFolders(const QString& seedDir)
    {
        QDir root(seedDir);
        if (!root.exists()) {
            m_problems.append({seedDir, 0, 0, QStringLiteral("missing-folder"),
                               QStringLiteral("seed folder does not exist"), {}});
            return;
        }
        const auto folders = root.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo& folder : folders) {
            const auto files = QDir(folder.filePath()).entryInfoList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name);
            if (!table(folder.fileName())) {
                if (!files.isEmpty())
                    m_problems.append({folder.filePath(), 0, 0, QStringLiteral("unknown-table"),
                                       QStringLiteral("no table of this name in the schema"), folder.fileName()});
                continue;
            }
            for (const QFileInfo& f : files) {
                auto tsv = std::make_unique<TsvTable>(TsvReader::read(f.filePath(), &m_problems));
                m_files[folder.fileName()].push_back(std::move(tsv));
            }
        }
    }

    void readFiles(const QVector<DbBuilder::SeedFile>& files)
    {
        for (const DbBuilder::SeedFile& f : files) {
            if (!table(f.table)) {
                m_problems.append({f.path, 0, 0, QStringLiteral("unknown-table"),
                                   QStringLiteral("no table of this name in the schema"), f.table});
                continue;
            }
            m_files[f.table].push_back(std::make_unique<TsvTable>(TsvReader::parse(f.bytes, f.path, &m_problems)));
        }
    }

    DbBuilder::Result validateAndInsert()
    {
        DbBuilder::Result result;
        loadPageAnchors();
        for (const TableInfo& table : m_tables)
            validateTable(table);
        checkForeignKeys();
        if (m_problems.isEmpty())
            insertAll(&result);
        result.problems = m_problems;
        result.ok = m_problems.isEmpty();
        return result;
    }

    void loadPageAnchors()
    {
        for (const auto& file : m_files[QStringLiteral("page_anchor")]) {
            const int lineCol = file->columnIndex(QStringLiteral("line"));
            const int pageCol = file->columnIndex(QStringLiteral("page"));
            if (lineCol < 0 || pageCol < 0)
                continue; // reported by validateTable
            for (const TsvRow& row : file->rows) {
                bool okLine = false, okPage = false;
                const int line = row.cells.at(lineCol).toInt(&okLine);
                const int page = row.cells.at(pageCol).toInt(&okPage);
                if (okLine && okPage)
                    m_anchors[line] = page;
            }
        }
    }

    // The page range a line span can be on: from the page of the last anchor at or before the first
    // line up to the page of the first anchor after the last line.
    std::pair<int, int> pageRange(int first, int last) const
    {
        auto lower = m_anchors.upperBound(first);
        const int from = lower == m_anchors.begin() ? 1 : std::prev(lower).value();
        auto upper = m_anchors.upperBound(last);
        const int to = upper == m_anchors.end() ? from : upper.value();
        return {from, std::max(from, to)};
    }

    void validateTable(const TableInfo& info)
    {
        auto it = m_files.find(info.name);
        if (it == m_files.end())
            return;
        const QStringList pk = info.primaryKey();
        QHash<QString, QPair<QString, int>> seenKeys;
        for (const auto& filePtr : it->second) {
            const TsvTable& file = *filePtr;
            if (file.header.isEmpty())
                continue;
            // Header: known columns only, no duplicates, source columns where the table has a source.
            QSet<QString> seenHeader;
            for (int i = 0; i < file.header.size(); ++i) {
                const QString& name = file.header.at(i);
                const bool isSrc = name == kSrcLocator || name == kSrcLines || name == kSrcPage;
                if (seenHeader.contains(name))
                    problem(file, file.headerLine, 1, QStringLiteral("duplicate-column"),
                            QStringLiteral("column appears twice in the header"), name);
                seenHeader.insert(name);
                if ((isSrc && !info.hasSource) || (!isSrc && (!info.column(name) || name == kSourceId)))
                    problem(file, file.headerLine, 1, QStringLiteral("unknown-column"),
                            QStringLiteral("table '%1' has no column of this name").arg(info.name), name);
            }
            for (const ColumnInfo& c : info.columns) {
                const bool required = ((c.notNull && !c.hasDefault) || c.pk > 0) && c.name != kSourceId;
                if (required && !seenHeader.contains(c.name))
                    problem(file, file.headerLine, 1, QStringLiteral("missing-column"),
                            QStringLiteral("required column is missing from the header"), c.name);
            }
            if (info.sourceRequired && !(seenHeader.contains(kSrcLocator) && seenHeader.contains(kSrcLines)))
                problem(file, file.headerLine, 1, QStringLiteral("missing-source"),
                        QStringLiteral("table '%1' needs src_locator and src_lines columns").arg(info.name));

            for (const TsvRow& row : file.rows)
                validateRow(info, file, row, pk, seenKeys);
        }
    }

    void validateRow(const TableInfo& info, const TsvTable& file, const TsvRow& row, const QStringList& pk,
                     QHash<QString, QPair<QString, int>>& seenKeys)
    {
        LoadedRow loaded;
        loaded.file = &file;
        loaded.row = &row;
        auto cellOf = [&](const QString& name) -> std::pair<QString, int> {
            const int idx = file.columnIndex(name);
            if (idx < 0)
                return {QString(), row.columns.value(0, 1)};
            const QString v = row.cells.at(idx);
            return {v.isEmpty() ? QString() : v, row.columns.at(idx)};
        };

        for (const ColumnInfo& c : info.columns) {
            if (c.name == kSourceId)
                continue;
            auto [value, col] = cellOf(c.name);
            const bool required = (c.notNull && !c.hasDefault) || c.pk > 0;
            if (value.isNull()) {
                if (isNameColumn(c.name))
                    problem(file, row.line, col, QStringLiteral("empty-name"),
                            QStringLiteral("%1 must not be empty").arg(c.name));
                else if (required && file.columnIndex(c.name) >= 0)
                    problem(file, row.line, col, QStringLiteral("missing-value"),
                            QStringLiteral("%1 is required").arg(c.name));
                loaded.values.insert(c.name, QString());
                continue;
            }
            if (c.type.contains(QStringLiteral("INT"))) {
                bool ok = false;
                const qint64 number = value.toLongLong(&ok);
                if (!ok) {
                    problem(file, row.line, col, QStringLiteral("bad-integer"),
                            QStringLiteral("%1 must be a whole number").arg(c.name), value);
                } else {
                    value = QString::number(number);
                }
            } else if (c.type.contains(QStringLiteral("REAL"))) {
                bool ok = false;
                value.toDouble(&ok);
                if (!ok || value.contains(QLatin1Char(',')))
                    problem(file, row.line, col, QStringLiteral("bad-number"),
                            QStringLiteral("%1 must be a number with '.' as decimal point").arg(c.name), value);
            }
            if (!c.allowed.isEmpty() && !c.allowed.contains(value))
                problem(file, row.line, col, QStringLiteral("bad-code"),
                        QStringLiteral("%1 must be one of: %2").arg(c.name, c.allowed.join(QStringLiteral(", "))),
                        value);
            if (isDateColumn(info.name, c.name) && !DbBuilder::isIsoDatePrefix(value))
                problem(file, row.line, col, QStringLiteral("bad-date"),
                        QStringLiteral("%1 must be YYYY, YYYY-MM or YYYY-MM-DD and a real date").arg(c.name), value);
            if (c.name == QStringLiteral("period") && !isPeriod(value))
                problem(file, row.line, col, QStringLiteral("bad-date"),
                        QStringLiteral("period must be an ISO date prefix or a range 'FROM..TO'"), value);
            if (c.name == QStringLiteral("fiscal_year_end")
                && !QDate::fromString(QStringLiteral("2000-") + value, QStringLiteral("yyyy-MM-dd")).isValid())
                problem(file, row.line, col, QStringLiteral("bad-date"),
                        QStringLiteral("fiscal_year_end must be MM-DD"), value);
            loaded.values.insert(c.name, value);
        }
        if (info.name == QStringLiteral("policy") || info.name == QStringLiteral("company_activity")) {
            const QString from = loaded.values.value(QStringLiteral("date"));
            const QString to = loaded.values.value(QStringLiteral("date_end"));
            if (!from.isNull() && !to.isNull() && to < from.left(to.size()))
                problem(file, row.line, cellOf(QStringLiteral("date_end")).second, QStringLiteral("bad-date"),
                        QStringLiteral("date_end is before date"), to);
        }

        if (info.hasSource) {
            validateSource(info, file, row, &loaded);
            // source_id can be part of a key (policy_source): compare the synthesized id.
            if (loaded.sourceId)
                loaded.values.insert(kSourceId, QString::number(*loaded.sourceId));
        }

        if (!pk.isEmpty()) {
            const QString key = keyOf(loaded, pk);
            auto seen = seenKeys.constFind(key);
            if (seen != seenKeys.constEnd()) {
                problem(file, row.line, cellOf(pk.first()).second, QStringLiteral("duplicate-key"),
                        QStringLiteral("%1 already used at %2:%3").arg(pk.join(QLatin1Char('+')), seen->first)
                            .arg(seen->second),
                        QStringList(loaded.values.value(pk.first())).join(QString()));
            } else {
                seenKeys.insert(key, {file.path, row.line});
            }
        }
        m_rows[info.name].append(loaded);
    }

    void validateSource(const TableInfo& info, const TsvTable& file, const TsvRow& row, LoadedRow* loaded)
    {
        const int locIdx = file.columnIndex(kSrcLocator);
        const int linesIdx = file.columnIndex(kSrcLines);
        const int pageIdx = file.columnIndex(kSrcPage);
        const QString locator = locIdx >= 0 ? row.cells.at(locIdx) : QString();
        const QString lines = linesIdx >= 0 ? row.cells.at(linesIdx) : QString();
        const QString page = pageIdx >= 0 ? row.cells.at(pageIdx) : QString();
        const int locCol = locIdx >= 0 ? row.columns.at(locIdx) : 1;
        const int linesCol = linesIdx >= 0 ? row.columns.at(linesIdx) : 1;
        if (locator.isEmpty() && lines.isEmpty() && page.isEmpty()) {
            if (info.sourceRequired && locIdx >= 0)
                problem(file, row.line, locCol, QStringLiteral("missing-source"),
                        QStringLiteral("every row must cite its source (src_locator and src_lines)"));
            return;
        }
        if (locator.isEmpty())
            problem(file, row.line, locCol, QStringLiteral("missing-source"), QStringLiteral("src_locator is empty"));
        static const QRegularExpression linesRe(QStringLiteral("^(\\d+)(?:-(\\d+))?$"));
        const auto m = linesRe.match(lines);
        if (!m.hasMatch()) {
            problem(file, row.line, linesCol, QStringLiteral("bad-lines"),
                    QStringLiteral("src_lines must be a report line or span like 1238 or 1238-1240"), lines);
            return;
        }
        const int first = m.captured(1).toInt();
        const int last = m.captured(2).isEmpty() ? first : m.captured(2).toInt();
        const int maxLine = m_anchors.isEmpty() ? 0 : m_anchors.lastKey();
        if (first < 1 || last < first || (maxLine > 0 && last > maxLine)) {
            problem(file, row.line, linesCol, QStringLiteral("bad-lines"),
                    QStringLiteral("src_lines must lie within the report's lines 1..%1, first <= last").arg(maxLine),
                    lines);
            return;
        }
        const auto [lowPage, highPage] = pageRange(first, last);
        int pageNo = lowPage;
        if (!page.isEmpty()) {
            bool ok = false;
            pageNo = page.toInt(&ok);
            if (!ok || pageNo < lowPage || pageNo > highPage) {
                problem(file, row.line, row.columns.at(pageIdx), QStringLiteral("bad-page"),
                        QStringLiteral("src_page disagrees with the page anchors (lines %1 are on pages %2-%3)")
                            .arg(lines).arg(lowPage).arg(highPage),
                        page);
                return;
            }
        }
        if (locator.isEmpty())
            return;
        const SourceKey key{locator, pageNo, first, last};
        auto found = m_sourceIds.find(key);
        if (found == m_sourceIds.end()) {
            found = m_sourceIds.emplace(key, static_cast<qint64>(m_sourceIds.size()) + 1).first;
            m_sourceOrder.append(key);
        }
        loaded->sourceId = found->second;
    }

    void checkForeignKeys()
    {
        for (const TableInfo& info : m_tables) {
            const auto& rows = m_rows[info.name];
            for (const ForeignKey& fk : info.foreignKeys) {
                QSet<QString> parents;
                for (const LoadedRow& parent : m_rows[fk.parentTable])
                    parents.insert(keyOf(parent, fk.to));
                for (const LoadedRow& child : rows) {
                    bool anyNull = false;
                    for (const QString& c : fk.from)
                        anyNull = anyNull || child.values.value(c).isNull();
                    if (anyNull)
                        continue;
                    if (!parents.contains(keyOf(child, fk.from))) {
                        const int idx = child.file->columnIndex(fk.from.first());
                        QStringList shown;
                        for (const QString& c : fk.from)
                            shown.append(child.values.value(c));
                        problem(*child.file, child.row->line, idx >= 0 ? child.row->columns.at(idx) : 1,
                                QStringLiteral("unknown-reference"),
                                QStringLiteral("%1 names no row of %2(%3)")
                                    .arg(fk.from.join(QLatin1Char('+')), fk.parentTable, fk.to.join(QLatin1Char('+'))),
                                shown.join(QLatin1Char('|')));
                    }
                }
            }
        }
    }

    void insertAll(DbBuilder::Result* result)
    {
        QString error;
        auto fail = [&](const QString& what) {
            m_problems.append({QStringLiteral("<database>"), 0, 0, QStringLiteral("sqlite"), what + QStringLiteral(": ") + error, {}});
        };
        if (!m_db.exec(QStringLiteral("PRAGMA foreign_keys = OFF; BEGIN;"), &error))
            return fail(QStringLiteral("begin"));

        SqliteStatement src = m_db.prepare(
            QStringLiteral("INSERT INTO source (id, locator, page, line_start, line_end) VALUES (?, ?, ?, ?, ?)"), &error);
        for (int i = 0; i < m_sourceOrder.size(); ++i) {
            const SourceKey& k = m_sourceOrder.at(i);
            src.reset();
            src.bind(1, static_cast<qint64>(i + 1));
            src.bind(2, k.locator);
            src.bind(3, k.page);
            src.bind(4, k.first);
            src.bind(5, k.last);
            src.step();
            if (!src.error().isEmpty()) {
                error = src.error();
                return fail(QStringLiteral("insert source"));
            }
        }
        result->rowCounts.insert(QStringLiteral("source"), static_cast<int>(m_sourceOrder.size()));

        for (const TableInfo& info : m_tables) {
            const auto& rows = m_rows[info.name];
            if (rows.isEmpty())
                continue;
            QStringList names, marks;
            for (const ColumnInfo& c : info.columns) {
                names.append(QLatin1Char('"') + c.name + QLatin1Char('"'));
                marks.append(QStringLiteral("?"));
            }
            SqliteStatement insert = m_db.prepare(QStringLiteral("INSERT INTO \"%1\" (%2) VALUES (%3)")
                                                      .arg(info.name, names.join(QLatin1Char(',')), marks.join(QLatin1Char(','))),
                                                  &error);
            if (!insert.isValid())
                return fail(QStringLiteral("prepare ") + info.name);
            for (const LoadedRow& row : rows) {
                insert.reset();
                for (int i = 0; i < info.columns.size(); ++i) {
                    const ColumnInfo& c = info.columns.at(i);
                    if (c.name == kSourceId) {
                        if (row.sourceId)
                            insert.bind(i + 1, *row.sourceId);
                        else
                            insert.bindNull(i + 1);
                        continue;
                    }
                    const QString v = row.values.value(c.name);
                    if (v.isNull() && c.hasDefault) {
                        // An empty cell means "the schema's default" (a fixed column list bypasses it).
                        bool numeric = false;
                        const qint64 number = c.defaultValue.toLongLong(&numeric);
                        if (numeric)
                            insert.bind(i + 1, number);
                        else
                            insert.bind(i + 1, c.defaultValue.mid(1, c.defaultValue.size() - 2));
                    } else if (v.isNull()) {
                        insert.bindNull(i + 1);
                    } else if (c.type.contains(QStringLiteral("INT"))) {
                        insert.bind(i + 1, v.toLongLong());
                    } else if (c.type.contains(QStringLiteral("REAL"))) {
                        insert.bind(i + 1, v.toDouble());
                    } else {
                        insert.bind(i + 1, v);
                    }
                }
                insert.step();
                if (!insert.error().isEmpty()) {
                    error = insert.error();
                    m_problems.append({row.file->path, row.row->line, 1, QStringLiteral("sqlite"), error, {}});
                }
            }
            result->rowCounts.insert(info.name, static_cast<int>(rows.size()));
        }
        if (!m_problems.isEmpty()) {
            m_db.exec(QStringLiteral("ROLLBACK;"), nullptr);
            return;
        }
        // The search index is derived data: rebuilt from the search_document view on every build, in a
        // fixed order (priority, newest first) with a space around every text (see schema.sql).
        if (table(QStringLiteral("search_fts"))
            && !m_db.exec(QStringLiteral("INSERT INTO search_fts (type, id, title_ko, title_en, body, date, source_id, "
                                         "priority) SELECT type, id, ' ' || coalesce(title_ko, '') || ' ', "
                                         "' ' || coalesce(title_en, '') || ' ', ' ' || coalesce(body, '') || ' ', "
                                         "date, source_id, priority FROM search_document "
                                         "ORDER BY priority, coalesce(date, '') DESC, type, id;"),
                          &error))
            return fail(QStringLiteral("search index"));
        if (table(QStringLiteral("search_fts")) && table(QStringLiteral("search_trigram")) && !fillTrigrams(&error))
            return fail(QStringLiteral("search trigrams"));
        if (!m_db.exec(QStringLiteral("COMMIT; PRAGMA foreign_keys = ON;"), &error))
            return fail(QStringLiteral("commit"));
        // Safety net: the validator should have caught every dangling reference already.
        SqliteStatement check = m_db.prepare(QStringLiteral("SELECT \"table\", rowid, parent FROM pragma_foreign_key_check"), &error);
        while (check.step()) {
            m_problems.append({QStringLiteral("<database>"), 0, 0, QStringLiteral("unknown-reference"),
                               QStringLiteral("row %1 of %2 references a missing %3")
                                   .arg(check.text(1), check.text(0), check.text(2)),
                               {}});
        }
    }

    struct SourceKey
    {
        QString locator;
        int page;
        int first;
        int last;
        bool operator<(const SourceKey& o) const
        {
            return std::tie(locator, page, first, last) < std::tie(o.locator, o.page, o.first, o.last);
        }
    };

    SqliteDb& m_db;
    QVector<TableInfo> m_tables;
    std::map<QString, std::vector<std::unique_ptr<TsvTable>>> m_files;
    QHash<QString, QVector<LoadedRow>> m_rows;
    QMap<int, int> m_anchors;
    std::map<SourceKey, qint64> m_sourceIds;
    QVector<SourceKey> m_sourceOrder;
    QVector<SourceProblem> m_problems;
};

} // namespace

bool DbBuilder::isIsoDatePrefix(const QString& value)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const auto m = re.match(value);
    if (!m.hasMatch())
        return false;
    const int year = m.captured(1).toInt();
    const int month = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt();
    const int day = m.captured(3).isEmpty() ? 1 : m.captured(3).toInt();
    return year >= 1900 && year <= 2100 && QDate(year, month, day).isValid();
}

namespace {
/// Runs the schema on \a db and builds from \a sources (a seed folder or files given as bytes).
template <typename Sources>
DbBuilder::Result buildWith(SqliteDb& db, const QString& schemaSql, const Sources& sources)
{
    DbBuilder::Result result;
    QString error;
    if (!db.exec(schemaSql, &error)) {
        result.problems.append({QStringLiteral("schema.sql"), 0, 0, QStringLiteral("schema"), error, {}});
        return result;
    }
    QVector<TableInfo> tables = introspect(db, &error);
    if (!error.isEmpty()) {
        result.problems.append({QStringLiteral("schema.sql"), 0, 0, QStringLiteral("schema"), error, {}});
        return result;
    }
    Builder builder(db, std::move(tables));
    return builder.run(sources);
}
} // namespace

DbBuilder::Result DbBuilder::buildInto(SqliteDb& db, const QString& schemaSql, const QString& seedDir)
{
    return buildWith(db, schemaSql, seedDir);
}

DbBuilder::Result DbBuilder::buildInto(SqliteDb& db, const QString& schemaSql, const QVector<SeedFile>& files)
{
    return buildWith(db, schemaSql, files);
}

DbBuilder::Result DbBuilder::build(const QString& schemaPath, const QString& seedDir, const QString& outPath)
{
    Result result;
    QFile schemaFile(schemaPath);
    if (!schemaFile.open(QIODevice::ReadOnly)) {
        result.problems.append({schemaPath, 0, 0, QStringLiteral("unreadable-file"), schemaFile.errorString(), {}});
        return result;
    }
    const QString schemaSql = QString::fromUtf8(schemaFile.readAll());

    const QString tmpPath = outPath + QStringLiteral(".tmp");
    QFile::remove(tmpPath);
    QDir().mkpath(QFileInfo(outPath).absolutePath());
    {
        SqliteDb db;
        QString error;
        if (!db.open(tmpPath, SqliteDb::Mode::ReadWriteCreate, &error)) {
            result.problems.append({outPath, 0, 0, QStringLiteral("unwritable-output"), error, {}});
            return result;
        }
        result = buildInto(db, schemaSql, seedDir);
        if (result.ok && !db.exec(QStringLiteral("VACUUM;"), &error)) {
            result.ok = false;
            result.problems.append({outPath, 0, 0, QStringLiteral("sqlite"), error, {}});
        }
    }
    if (!result.ok) {
        QFile::remove(tmpPath);
        return result;
    }
    QFile::remove(outPath);
    if (!QFile::rename(tmpPath, outPath)) {
        result.ok = false;
        result.problems.append({outPath, 0, 0, QStringLiteral("unwritable-output"),
                                QStringLiteral("could not move the new database into place"), {}});
        QFile::remove(tmpPath);
    }
    return result;
}

} // namespace atlas
