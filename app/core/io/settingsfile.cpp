#include "settingsfile.h"

#include "savefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>

namespace atlas::SettingsFile {

namespace {
QVariantMap readAll(const QString& path)
{
    QVariantMap out;
    const QSettings settings(path, QSettings::IniFormat);
    for (const QString& key : settings.allKeys())
        out.insert(key, settings.value(key));
    return out;
}

// QSettings reads an INI value back as text unless it wrote a type tag (@ByteArray, @Variant): 5 comes
// back as "5", a string list as one. Values are the same when they are, or when their texts are.
QByteArray asText(const QVariant& v)
{
    switch (v.metaType().id()) {
    case QMetaType::QByteArray: return v.toByteArray();
    case QMetaType::QStringList: return v.toStringList().join(QChar(0x1F)).toUtf8();
    default: return v.canConvert<QString>() ? v.toString().toUtf8() : QByteArray();
    }
}

bool sameValues(const QVariantMap& a, const QVariantMap& b)
{
    if (a.keys() != b.keys())
        return false;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        const QVariant& other = b.value(it.key());
        if (it.value() != other && (asText(it.value()).isNull() || asText(it.value()) != asText(other)))
            return false;
    }
    return true;
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}
} // namespace

bool save(const QString& path, const QVariantMap& values, QString* error)
{
    QVariantMap expected;
    if (QFileInfo::exists(path)) {
        // A file QSettings cannot parse whole keeps what it can parse (as QSettings would); one it
        // cannot read at all is left alone rather than replaced by only the new keys.
        if (!QFileInfo(path).isReadable())
            return fail(error, QStringLiteral("cannot read the settings in %1").arg(path));
        expected = readAll(path);
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        expected.insert(it.key(), it.value());

    const QTemporaryDir scratch;
    if (!scratch.isValid())
        return fail(error, QStringLiteral("cannot save the settings: no temporary folder (%1)").arg(scratch.errorString()));
    const QString draft = scratch.filePath(QStringLiteral("draft.conf"));
    {
        QSettings settings(draft, QSettings::IniFormat);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            settings.setValue(it.key(), it.value());
        settings.sync();
        if (settings.status() != QSettings::NoError)
            return fail(error, QStringLiteral("cannot save the settings: writing them failed"));
    }
    // Parsed again under a name QSettings has not seen: it would answer a file it wrote from memory.
    const QString check = scratch.filePath(QStringLiteral("check.conf"));
    if (!QFile::rename(draft, check))
        return fail(error, QStringLiteral("cannot save the settings: the scratch copy could not be renamed"));
    if (!sameValues(readAll(check), expected))
        return fail(error, QStringLiteral("cannot save the settings: the written file came out incomplete "
                                          "(is the disk full?)"));
    QFile written(check);
    if (!written.open(QIODevice::ReadOnly))
        return fail(error, QStringLiteral("cannot save the settings: %1").arg(written.errorString()));
    const QByteArray bytes = written.readAll();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))   // the first save makes ~/.config/<app>/
        return fail(error, QStringLiteral("cannot create the folder of %1").arg(path));
    return SaveFile::write(path, bytes, error);
}

} // namespace atlas::SettingsFile
