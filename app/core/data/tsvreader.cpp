#include "tsvreader.h"

#include <QFile>
#include <QStringDecoder>

namespace atlas {

QString SourceProblem::toString() const
{
    QString text = file + QLatin1Char(':') + QString::number(line) + QLatin1Char(':') + QString::number(column)
        + QStringLiteral(": ") + rule + QStringLiteral(": ") + message;
    if (!value.isNull()) {
        QString shown = value;
        if (shown.size() > 80)
            shown = shown.left(77) + QStringLiteral("...");
        text += QStringLiteral(" [value: '") + shown + QStringLiteral("']");
    }
    return text;
}

TsvTable TsvReader::read(const QString& path, QVector<SourceProblem>* problems)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems->append({path, 0, 0, QStringLiteral("unreadable-file"), file.errorString(), {}});
        TsvTable table;
        table.path = path;
        return table;
    }
    return parse(file.readAll(), path, problems);
}

TsvTable TsvReader::parse(const QByteArray& bytes, const QString& path, QVector<SourceProblem>* problems)
{
    TsvTable table;
    table.path = path;

    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);

    int lineNo = 0;
    qsizetype start = 0;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        QByteArray raw = data.mid(start, end - start);
        start = end + 1;
        ++lineNo;

        if (raw.size() > TsvReader::kMaxLineBytes) {
            // Real source lines are under 1 KiB; a line this long is a file whose line ends were lost
            // (CR-only files, a binary pasted in) and would drown every later message in one value.
            problems->append({path, lineNo, 1, QStringLiteral("line-too-long"),
                              QStringLiteral("line is %1 bytes long (at most %2): are its line ends missing?")
                                  .arg(raw.size()).arg(TsvReader::kMaxLineBytes),
                              {}});
            continue;
        }
        if (raw.endsWith('\r')) {
            problems->append({path, lineNo, static_cast<int>(raw.size()), QStringLiteral("bad-line-ending"),
                              QStringLiteral("CR before the line end: sources use LF line ends"), {}});
            raw.chop(1);
        }
        auto decoder = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString line = decoder.decode(raw);
        if (decoder.hasError()) {
            problems->append({path, lineNo, 1, QStringLiteral("bad-encoding"),
                              QStringLiteral("line is not valid UTF-8"), {}});
            continue;
        }
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.contains(QLatin1Char('\r'))) {
            problems->append({path, lineNo, static_cast<int>(line.indexOf(QLatin1Char('\r'))) + 1,
                              QStringLiteral("bad-character"), QStringLiteral("stray CR inside the line"), {}});
        }

        TsvRow row;
        row.line = lineNo;
        int column = 1;
        for (const QString& cell : line.split(QLatin1Char('\t'))) {
            row.cells.append(cell.trimmed());
            row.columns.append(column);
            column += static_cast<int>(cell.size()) + 1;
        }

        if (table.header.isEmpty()) {
            table.header = row.cells;
            table.headerLine = lineNo;
            continue;
        }
        if (row.cells.size() > table.header.size()) {
            // Trailing empty cells are harmless (spreadsheet exports add them); real extra values are not.
            bool extraValues = false;
            for (qsizetype i = table.header.size(); i < row.cells.size(); ++i)
                extraValues = extraValues || !row.cells.at(i).isEmpty();
            if (extraValues) {
                const int at = row.columns.at(table.header.size());
                problems->append({path, lineNo, at, QStringLiteral("extra-cells"),
                                  QStringLiteral("row has %1 cells but the header has %2")
                                      .arg(row.cells.size()).arg(table.header.size()),
                                  row.cells.at(table.header.size())});
            }
            row.cells = row.cells.mid(0, table.header.size());
            row.columns = row.columns.mid(0, table.header.size());
        }
        while (row.cells.size() < table.header.size()) {
            row.cells.append(QString());
            row.columns.append(column);
        }
        table.rows.append(row);
    }
    if (table.header.isEmpty())
        problems->append({path, 1, 1, QStringLiteral("missing-header"), QStringLiteral("file has no header row"), {}});
    return table;
}

} // namespace atlas
