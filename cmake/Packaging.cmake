# `cpack -G DEB` in a build directory makes an installable Debian package: the programs in /usr/bin, the
# desktop entry and icon so that Concord appears in the desktop menu. Dependencies come from dpkg-shlibdeps.
set(CPACK_PACKAGE_NAME "concord")
set(CPACK_PACKAGE_VENDOR "Concord developers")
set(CPACK_PACKAGE_CONTACT "Concord developers <concord@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "office")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Fonts that cover Vietnamese and Chinese, and the SQLite driver Qt loads as a plugin (shlibdeps cannot see it).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, fonts-noto-core, fonts-noto-cjk")
# A department's shared store: Qt's PostgreSQL driver (also a plugin), and a keyring for its passwords.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, gnome-keyring | kwalletmanager")
include(CPack)
