#pragma once

#include <QByteArray>
#include <QSaveFile>
#include <QString>

namespace atlas {

/// \brief Whole-or-nothing file writes: the file of that name is replaced only by a complete new one.
///
/// QSaveFile alone is not enough on Qt 6.4: when the disk fills up, a short write returns a byte count
/// with no error and a failed flush of its write buffer is not remembered, so commit() renames a
/// truncated file over the previous one. Here the file is unbuffered and a short write is retried, so
/// the write that fails says why ("No space left on device") and commit is never reached.
namespace SaveFile {

/// Opens \a file for writing (unbuffered). On failure: false and "cannot write PATH: reason".
bool open(QSaveFile& file, QString* error);
/// Writes all of \a bytes; on failure cancels the file (nothing is renamed) and says why.
bool writeAll(QSaveFile& file, const QByteArray& bytes, QString* error);
/// Renames the finished file over the old one.
bool commit(QSaveFile& file, QString* error);
/// The three in one: \a path holds \a bytes afterwards, or is as it was.
bool write(const QString& path, const QByteArray& bytes, QString* error);

} // namespace SaveFile
} // namespace atlas
