#include "support/CatchQt.h"
#include "text/Fold.h"
#include "text/TextQuality.h"

using namespace concord;

namespace {
// Written for this test (expected answers first): an article of a cooperation agreement, typed.
const QString Typed = QStringLiteral(
    "Hai bên thống nhất tăng cường hợp tác trong lĩnh vực giáo dục và đào tạo, trao đổi học sinh, sinh viên và "
    "giáo viên giữa các trường; hằng năm tổ chức hội nghị thường niên luân phiên tại mỗi bên để đánh giá kết quả "
    "thực hiện và bàn kế hoạch năm sau.");
} // namespace

TEST_CASE("text quality: typed Vietnamese reads as typed, the same text without diacritics as OCR", "[text][ocr]")
{
    const TextQuality typed = TextQuality::ofVietnamese(Typed);
    CHECK(typed.words == 54);
    CHECK(typed.marked > 0.75);
    CHECK(typed.damaged == 0);
    CHECK_FALSE(typed.ocrSuspect());

    // What an OCR tool that drops every diacritic gives.
    const TextQuality stripped = TextQuality::ofVietnamese(Fold::fold(Typed));
    CHECK(stripped.words == 54);
    CHECK(stripped.marked == 0);
    CHECK(stripped.ocrSuspect());
}

TEST_CASE("text quality: digits and stray symbols inside words mark OCR damage even with diacritics", "[text][ocr]")
{
    QString damaged = Typed;
    damaged.replace(QStringLiteral("hội nghị"), QStringLiteral("H§i nghj"));
    damaged.replace(QStringLiteral("thống"), QStringLiteral("th6ng"));
    damaged.replace(QStringLiteral("tăng"), QStringLiteral("t¢ng"));
    const TextQuality quality = TextQuality::ofVietnamese(damaged);
    CHECK(quality.damaged == Approx(3.0 / 54));
    CHECK(quality.marked > 0.7);
    CHECK(quality.ocrSuspect());
}

TEST_CASE("text quality: too few words, numbers and Chinese are not judged", "[text][ocr]")
{
    CHECK_FALSE(TextQuality::ofVietnamese(QStringLiteral("Hai ben thong nhat hop tac")).ocrSuspect());
    const TextQuality mixed
        = TextQuality::ofVietnamese(QStringLiteral("2025 12/2026 第一条 双方同意加强合作 Điều 1 (a) b)"));
    CHECK(mixed.words == 1); // "Điều"
}
