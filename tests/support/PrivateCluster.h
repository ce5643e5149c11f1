#pragma once

#include <QString>
#include <QTemporaryDir>

namespace concord::test {

/// A PostgreSQL server of one's own (scripts/pg-cluster.sh: initdb in /tmp, pg_ctl on a free port of 127.0.0.1),
/// started on construction and stopped and removed with the object: for what must not share the tests' server
/// (restarting it) and for the benchmarks. No Catch2 here: the benchmarks use it too.
class PrivateCluster
{
public:
    PrivateCluster();
    ~PrivateCluster();
    PrivateCluster(const PrivateCluster&) = delete;
    PrivateCluster& operator=(const PrivateCluster&) = delete;

    bool isRunning() const { return !m_address.isEmpty(); }
    /// Its superuser's address on the database postgres.
    const QString& address() const { return m_address; }
    /// Makes the database \a name and returns its address (empty on failure).
    QString createDatabase(const QString& name) const;
    /// Stops the server as a power cut would (no checkpoint; recovery on start) and starts it again.
    bool restart();

private:
    int script(const QString& command) const;

    QTemporaryDir m_dir;
    QString m_address;
};

} // namespace concord::test
