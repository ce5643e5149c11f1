#include "support/Fixtures.h"

#include "support/CatchQt.h"
#include "support/FixedClock.h"

#include <QDir>
#include <QFile>

#include <unicode/ucnv.h>

namespace concord::test {

const Clock& longAgo()
{
    static const FixedClock clock(QDate(2000, 1, 1));
    return clock;
}

QStringList sampleNames()
{
    return QDir(QStringLiteral(CONCORD_FIXTURES_DIR "/samples"))
        .entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name);
}

QByteArray readFixture(const QString& relativePath)
{
    QFile file(QStringLiteral(CONCORD_FIXTURES_DIR "/") + relativePath);
    INFO(relativePath.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString writeTempFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

std::optional<QByteArray> encodeWithIcu(const char* converter, const QString& text)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter* cnv = ucnv_open(converter, &status);
    REQUIRE(U_SUCCESS(status));
    ucnv_setFromUCallBack(cnv, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    QByteArray out(text.size() * 4 + 4, Qt::Uninitialized);
    const int32_t length = ucnv_fromUChars(cnv, out.data(), int32_t(out.size()),
        reinterpret_cast<const UChar*>(text.utf16()), int32_t(text.size()), &status);
    ucnv_close(cnv);
    if (U_FAILURE(status))
        return std::nullopt;
    out.truncate(length);
    return out;
}

QString longAgreementText(int articles)
{
    QString vi = QStringLiteral("THỎA THUẬN HỢP TÁC\n\n");
    QString zh = QStringLiteral("合作协议\n\n");
    for (int n = 1; n <= articles; ++n) {
        vi += QStringLiteral("Điều %1. Tỉnh Lạng Sơn sẽ tiếp nhận %2 sinh viên sang học tập trong năm %3.\n\n")
                  .arg(n)
                  .arg(10 + n % 40)
                  .arg(2026 + n % 3);
        zh += QStringLiteral("第%1条 谅山省将于%3年内接收%2名学生。\n\n").arg(n).arg(10 + n % 40).arg(2026 + n % 3);
    }
    return vi + zh;
}

QString samplePath(const QString& name)
{
    return QStringLiteral(CONCORD_FIXTURES_DIR "/samples/") + name;
}

} // namespace concord::test
