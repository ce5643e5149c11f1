#pragma once

namespace concord::test {

/// What every test program sets before Qt starts: no display (offscreen), a fixed locale (C.UTF-8) and time zone
/// (UTC), and data, settings and runtime folders of the build's own, so that no test sees the user's settings or
/// data. Set here rather than through CTest's ENVIRONMENT property, which catch_discover_tests cannot pass a list
/// of (only its first entry arrived); CTest still adds what differs between runs (CONCORD_TEST_SERVER).
void setUpTestEnvironment();

} // namespace concord::test
