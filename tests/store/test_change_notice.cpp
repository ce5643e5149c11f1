#include "store/ChangeNotice.h"
#include "support/CatchQt.h"

using namespace concord;

TEST_CASE("change notice: another program's notice reads back as the change it sent, marked remote", "[store]")
{
    const auto change = ChangeNotice::decode(QStringLiteral("another-program|3|7|101,102"));
    REQUIRE(change.has_value());
    CHECK(change->kind == StoreChange::StatusChanged);
    CHECK(change->agreements == QList<qint64> { 7 });
    CHECK(change->commitments == QList<qint64> { 101, 102 });
    CHECK(change->remote);
    // What this program sent itself is not heard again; what cannot be read is dropped.
    StoreChange mine { StoreChange::Noted, { 1 }, { 2 } };
    const QStringList notices = ChangeNotice::encode(mine);
    CHECK(notices == QStringList { ChangeNotice::sender() + QStringLiteral("|4|1|2") });
    CHECK_FALSE(ChangeNotice::decode(notices.front()).has_value());
    CHECK_FALSE(ChangeNotice::decode(QStringLiteral("x|99|1|2")).has_value());
    CHECK_FALSE(ChangeNotice::decode(QStringLiteral("x|3|1;DROP|2")).has_value());
    CHECK_FALSE(ChangeNotice::decode(QStringLiteral("garbage")).has_value());
}

TEST_CASE(
    "change notice: a change naming thousands of rows goes as several notices under the server's limit", "[store]")
{
    StoreChange big { StoreChange::Imported, {}, {} };
    for (qint64 id = 1; id <= 300; ++id)
        big.agreements.append(id);
    for (qint64 id = 100000000000; id < 100000002000; ++id)
        big.commitments.append(id);
    const QStringList notices = ChangeNotice::encode(big);
    REQUIRE(notices.size() > 1);
    QList<qint64> agreements, commitments;
    for (QString notice : notices) {
        CHECK(notice.toUtf8().size() < 8000);
        notice.replace(ChangeNotice::sender(), QStringLiteral("elsewhere"));
        const auto part = ChangeNotice::decode(notice);
        REQUIRE(part.has_value());
        CHECK(part->kind == StoreChange::Imported);
        agreements += part->agreements;
        commitments += part->commitments;
    }
    CHECK(agreements == big.agreements);
    CHECK(commitments == big.commitments);
}
