#include "model/Agreement.h"
#include "support/CatchQt.h"

using namespace concord;

TEST_CASE("model: agreement kinds round-trip through their stored keys", "[model]")
{
    const auto kind = GENERATE(AgreementKind::Agreement, AgreementKind::Minutes, AgreementKind::Memorandum,
        AgreementKind::Letter, AgreementKind::JointStatement, AgreementKind::Other);
    CHECK(kindFromKey(kindKey(kind)) == kind);
}

TEST_CASE("model: agreement kind keys are fixed strings", "[model]")
{
    CHECK(kindKey(AgreementKind::JointStatement) == QStringLiteral("joint-statement"));
    CHECK(kindKey(AgreementKind::Minutes) == QStringLiteral("minutes"));
    CHECK_FALSE(kindFromKey(u"treaty").has_value());
    CHECK_FALSE(kindFromKey(u"").has_value());
}

TEST_CASE("model: validity state of an agreement valid 2026-02-07 to 2027-12-31", "[model]")
{
    Agreement a;
    a.signedOn = QDate(2026, 2, 7);
    a.validTo = QDate(2027, 12, 31);
    CHECK(a.validityOn(QDate(2026, 2, 6)) == ValidityState::NotYetInForce);
    CHECK(a.validityOn(QDate(2026, 2, 7)) == ValidityState::InForce);
    CHECK(a.validityOn(QDate(2027, 10, 1)) == ValidityState::InForce); // 91 days before the end
    CHECK(a.validityOn(QDate(2027, 10, 2)) == ValidityState::ExpiringSoon); // 90 days: "within 90 days"
    CHECK(a.validityOn(QDate(2027, 12, 31)) == ValidityState::ExpiringSoon);
    CHECK(a.validityOn(QDate(2028, 1, 1)) == ValidityState::Expired);
    CHECK(a.daysRemaining(QDate(2027, 12, 1)) == 30);
    CHECK(a.daysRemaining(QDate(2028, 1, 2)) == -2);
}

TEST_CASE("model: an agreement without validity dates has unknown validity", "[model]")
{
    Agreement a;
    CHECK(a.validityOn(QDate(2026, 1, 1)) == ValidityState::Unknown);
    CHECK_FALSE(a.daysRemaining(QDate(2026, 1, 1)).has_value());
    a.validFrom = QDate(2030, 1, 1);
    CHECK(a.validityOn(QDate(2026, 1, 1)) == ValidityState::NotYetInForce);
}
