#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace concord {

/// What a department's three roles may do to a shared store (a file's one user is its administrator):
/// - viewer: read and export;
/// - editor: a viewer who also reviews commitments, changes their status, adds notes and moves the tracked-from day;
/// - administrator: an editor who also imports, deletes, edits alignments and parties, and adds users.
enum class StoreRole { Viewer, Editor, Administrator };

/// The changes the roles are told apart by (reading and exporting are everyone's).
enum class StoreAction {
    Review, ///< accept, reject or correct a found commitment
    SetStatus,
    AddNote,
    SetTrackedFrom,
    Import,
    Delete,
    EditAlignment,
    EditParties,
    ManageUsers,
};

/// The one rule of who may do what: the role each action needs, and the sentence that says why a control is off.
/// The server enforces the same rule with its grants (ServerRoles) — this class lets the program say so before
/// the server refuses. On a server, Database reads the role from the privileges its user actually holds.
class StoreAccess
{
    Q_DECLARE_TR_FUNCTIONS(concord::StoreAccess)

public:
    /// Everything, everywhere: the one user of a file.
    StoreAccess() = default;
    /// \a role, limited to the agreements of the province whose party key is \a province when it is not empty.
    StoreAccess(StoreRole role, QString province);

    StoreRole role() const { return m_role; }
    /// The party key of the province this user's agreements are limited to; empty: every agreement.
    const QString& province() const { return m_province; }

    /// The least role that may do \a action.
    static StoreRole needs(StoreAction action);
    bool allows(StoreAction action) const { return int(m_role) >= int(needs(action)); }
    /// Why \a action is not allowed, in the interface language (empty when it is): for a tooltip or a message.
    QString refusal(StoreAction action) const;

    /// The role's name in the interface language (viewer → "viewer", "người xem", "查看者").
    static QString displayName(StoreRole role);
    /// The role's key on the command line and in the server's role names (viewer, editor, administrator).
    static QString key(StoreRole role);
    static std::optional<StoreRole> fromKey(const QString& key);

private:
    static QString actionName(StoreAction action);

    StoreRole m_role = StoreRole::Administrator;
    QString m_province;
};

} // namespace concord
