#include "support/TempDatabase.h"

#include "support/CatchQt.h"

namespace concord::test {

TempDatabase::TempDatabase()
{
    REQUIRE(m_dir.isValid());
}

QString TempDatabase::path() const
{
    return m_dir.filePath(QStringLiteral("concord.sqlite"));
}

QString TempDatabase::file(const QString& name) const
{
    return m_dir.filePath(name);
}

std::unique_ptr<Database> TempDatabase::open() const
{
    auto result = Database::open(path());
    INFO((result.ok() ? std::string() : result.error().toString().toStdString()));
    REQUIRE(result.ok());
    return std::move(result).value();
}

} // namespace concord::test
