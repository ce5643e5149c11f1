#include "store/StoreAccess.h"
#include "support/CatchQt.h"

using namespace concord;

TEST_CASE("store access: each role may do what it needs and no more, and says why a change is not its",
    "[sqlite][store][roles]")
{
    const StoreAccess viewer(StoreRole::Viewer, {});
    const StoreAccess editor(StoreRole::Editor, QStringLiteral("lang-son"));
    const StoreAccess administrator;
    for (const StoreAction action :
        { StoreAction::Review, StoreAction::SetStatus, StoreAction::AddNote, StoreAction::SetTrackedFrom }) {
        CHECK_FALSE(viewer.allows(action));
        CHECK(editor.allows(action));
        CHECK(administrator.allows(action));
    }
    for (const StoreAction action : { StoreAction::Import, StoreAction::Delete, StoreAction::EditAlignment,
             StoreAction::EditParties, StoreAction::ManageUsers }) {
        CHECK_FALSE(viewer.allows(action));
        CHECK_FALSE(editor.allows(action));
        CHECK(administrator.allows(action));
    }
    CHECK(viewer.refusal(StoreAction::SetStatus)
        == QStringLiteral("You are connected as viewer: changing a status needs an editor. Ask the department's "
                          "administrator."));
    CHECK(editor.refusal(StoreAction::Import)
        == QStringLiteral("You are connected as editor: importing needs an administrator. Ask the department's "
                          "administrator."));
    CHECK(editor.refusal(StoreAction::SetStatus).isEmpty());
    CHECK(editor.province() == QStringLiteral("lang-son"));
    CHECK(StoreAccess::fromKey(QStringLiteral("editor")) == StoreRole::Editor);
    CHECK_FALSE(StoreAccess::fromKey(QStringLiteral("boss")).has_value());
}
