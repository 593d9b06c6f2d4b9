#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace atlas {

/// \brief One problem found in a data source, located as file:line:column (1-based, column in characters).
struct SourceProblem
{
    QString file;
    int line = 0;
    int column = 0;
    QString rule;     ///< short rule id, e.g. "unknown-reference"
    QString message;  ///< what is wrong, in English
    QString value;    ///< the offending value, as read

    QString toString() const;
};

/// \brief One data row of a TSV source with the position of each cell.
struct TsvRow
{
    int line = 0;
    QStringList cells;
    QVector<int> columns;  ///< 1-based character column where each cell starts
};

/// \brief A tab-separated source file: header row, data rows, '#' comment lines and blank lines skipped.
///
/// No quoting: a cell is everything between two tabs. UTF-8 is required (a BOM is tolerated), LF line
/// ends are required: a CR is reported, since a mixed file usually means an editor rewrote it.
struct TsvTable
{
    QString path;
    QStringList header;
    int headerLine = 0;
    QVector<TsvRow> rows;

    int columnIndex(const QString& name) const { return static_cast<int>(header.indexOf(name)); }
};

class TsvReader
{
public:
    /// Reads \a path. Problems (encoding, line ends, ragged rows) are appended to \a problems; rows
    /// with problems are still returned where they could be read, so that all problems are reported at once.
    static TsvTable read(const QString& path, QVector<SourceProblem>* problems);
    static TsvTable parse(const QByteArray& bytes, const QString& path, QVector<SourceProblem>* problems);

    /// Longest line accepted (the longest shipped source line is under 1 KiB).
    static constexpr qsizetype kMaxLineBytes = 64 * 1024;
};

} // namespace atlas
