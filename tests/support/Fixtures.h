#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <optional>

namespace concord {
class Clock;
}

namespace concord::test {

/// The clock imports in tests run on unless they test tracking: 1 January 2000, so every agreement is tracked from
/// before anything in it falls due and no period is history.
const Clock& longAgo();

/// The sample documents kept in tests/fixtures/samples (copies of the seeds: public documents).
QStringList sampleNames();
/// The path of sample \a name ("000_a538a87b9166962b.txt") in tests/fixtures/samples.
QString samplePath(const QString& name);
/// A bilingual agreement of \a articles articles, each an undertaking of Lạng Sơn with a year: as many
/// commitments, for reports far longer than their preview.
QString longAgreementText(int articles);
QByteArray readFixture(const QString& relativePath);

/// Writes \a bytes to the file \a name in \a dir and returns its path.
QString writeTempFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes);

/// \a text encoded by the ICU converter \a converter; nullopt when a character has no mapping in it.
std::optional<QByteArray> encodeWithIcu(const char* converter, const QString& text);

} // namespace concord::test
