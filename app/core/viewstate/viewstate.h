#pragma once

#include "domain/entities.h"
#include "selection/selectionstate.h"

#include <QStringList>

#include <optional>

namespace atlas {

class Repository;

/// \brief A saved view: map layer, selection, time range, chart and language, as a small JSON file or
/// as a link text (`aitrends://view?c=KOR,USA&field=policy_law&t=2024-01..2024-12`). Stores ids only, so
/// it survives a rebuild of the database; ids the database no longer knows are reported, not dropped
/// silently.
struct ViewState
{
    static constexpr int kFormatVersion = 1;

    QString mapLayer;
    QString chart;
    Lang lang = Lang::Korean;
    SelectionState::Snapshot selection;

    QByteArray toJson() const;
    QString toLink() const;

    /// Parses a view file. On error returns nullopt and a message naming the place (line:column or key).
    static std::optional<ViewState> fromJson(const QByteArray& json, QString* error);
    static std::optional<ViewState> fromLink(const QString& link, QString* error);

    /// Reads a view file (at most kMaxFileSize bytes are read, whatever the file claims to be).
    static std::optional<ViewState> load(const QString& path, QString* error);
    /// Writes the view file atomically: a crash or kill while saving leaves the previous file whole.
    bool save(const QString& path, QString* error) const;

    static constexpr qint64 kMaxFileSize = 64 * 1024;   ///< a view is small; anything bigger is not one

    /// The part of a view's selection the open database knows, and the ids it does not (left out).
    struct KnownSelection
    {
        SelectionState::Snapshot selection;
        QStringList unknownJurisdictions;   ///< sorted
        QString unknownField;
        QList<qint64> unknownPolicies;      ///< sorted
        QList<qint64> unknownCompanies;     ///< sorted
        bool complete() const
        {
            return unknownJurisdictions.isEmpty() && unknownField.isEmpty() && unknownPolicies.isEmpty()
                && unknownCompanies.isEmpty();
        }
    };
    /// Checks the selection's ids against \a repository (a view may come from another edition of the
    /// database, or from anyone): unknown ones are left out of the selection and listed.
    KnownSelection knownSelection(const Repository& repository) const;
};

} // namespace atlas
