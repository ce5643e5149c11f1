#include "store/StoreAccess.h"

namespace concord {

StoreAccess::StoreAccess(StoreRole role, QString province)
    : m_role(role)
    , m_province(std::move(province))
{ }

StoreRole StoreAccess::needs(StoreAction action)
{
    switch (action) {
    case StoreAction::Review:
    case StoreAction::SetStatus:
    case StoreAction::AddNote:
    case StoreAction::SetTrackedFrom:
        return StoreRole::Editor;
    case StoreAction::Import:
    case StoreAction::Delete:
    case StoreAction::EditAlignment:
    case StoreAction::EditParties:
    case StoreAction::ManageUsers:
        return StoreRole::Administrator;
    }
    return StoreRole::Administrator;
}

QString StoreAccess::refusal(StoreAction action) const
{
    if (allows(action))
        return {};
    return tr("You are connected as %1: %2 needs an %3. Ask the department's administrator.")
        .arg(displayName(m_role), actionName(action), displayName(needs(action)));
}

QString StoreAccess::displayName(StoreRole role)
{
    switch (role) {
    case StoreRole::Viewer:
        return tr("viewer");
    case StoreRole::Editor:
        return tr("editor");
    case StoreRole::Administrator:
        return tr("administrator");
    }
    return {};
}

QString StoreAccess::key(StoreRole role)
{
    switch (role) {
    case StoreRole::Viewer:
        return QStringLiteral("viewer");
    case StoreRole::Editor:
        return QStringLiteral("editor");
    case StoreRole::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

std::optional<StoreRole> StoreAccess::fromKey(const QString& key)
{
    for (const StoreRole role : { StoreRole::Viewer, StoreRole::Editor, StoreRole::Administrator })
        if (StoreAccess::key(role) == key)
            return role;
    return std::nullopt;
}

QString StoreAccess::actionName(StoreAction action)
{
    switch (action) {
    case StoreAction::Review:
        return tr("reviewing a commitment");
    case StoreAction::SetStatus:
        return tr("changing a status");
    case StoreAction::AddNote:
        return tr("adding a note");
    case StoreAction::SetTrackedFrom:
        return tr("changing the tracked-from day");
    case StoreAction::Import:
        return tr("importing");
    case StoreAction::Delete:
        return tr("deleting an agreement");
    case StoreAction::EditAlignment:
        return tr("editing an alignment");
    case StoreAction::EditParties:
        return tr("editing the parties");
    case StoreAction::ManageUsers:
        return tr("adding users");
    }
    return {};
}

} // namespace concord
