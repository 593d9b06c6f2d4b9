#include "savefile.h"

#include <QCoreApplication>

namespace atlas::SaveFile {

namespace {
bool fail(QSaveFile& file, QString* error)
{
    if (error)
        *error = QCoreApplication::translate("atlas::SaveFile", "cannot write %1: %2").arg(file.fileName(), file.errorString());
    return false;
}
} // namespace

bool open(QSaveFile& file, QString* error)
{
    return file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || fail(file, error);
}

bool writeAll(QSaveFile& file, const QByteArray& bytes, QString* error)
{
    qint64 done = 0;
    while (done < bytes.size()) {
        const qint64 n = file.write(bytes.constData() + done, bytes.size() - done);
        if (n <= 0) {
            fail(file, error);
            file.cancelWriting();
            return false;
        }
        done += n;
    }
    return true;
}

bool commit(QSaveFile& file, QString* error)
{
    return file.commit() || fail(file, error);
}

bool write(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    return open(file, error) && writeAll(file, bytes, error) && commit(file, error);
}

} // namespace atlas::SaveFile
