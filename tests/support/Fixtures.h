#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace concord::test {

/// The sample documents kept in tests/fixtures/samples (copies of the seeds: public documents).
QStringList sampleNames();
QByteArray readFixture(const QString& relativePath);

/// \a text encoded by the ICU converter \a converter; nullopt when a character has no mapping in it.
std::optional<QByteArray> encodeWithIcu(const char* converter, const QString& text);

} // namespace concord::test
