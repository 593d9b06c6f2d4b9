#pragma once

#include <QString>
#include <QVariantMap>

namespace atlas {

/// \brief Saves the app's settings (QSettings' INI files) so that a full disk or a kill while saving
/// leaves the previous file whole.
///
/// On Qt 6.4 QSettings::sync() writes through a buffered QSaveFile: when the disk fills it commits a
/// truncated file and still reports NoError, losing every setting after the cut (window layout, the
/// last view, the language). Here QSettings writes a scratch copy in a temporary folder, the copy is
/// parsed again under another name (QSettings caches files it wrote) and compared with what it must
/// hold, and only then do its bytes replace the file, through SaveFile.
namespace SettingsFile {

/// Sets \a values (key -> value, keys as QSettings takes them: "window/state") in the INI file at
/// \a path, keeping its other keys. On failure: false, \a error says why, and the file is as it was.
bool save(const QString& path, const QVariantMap& values, QString* error);

} // namespace SettingsFile
} // namespace atlas
