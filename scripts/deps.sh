#!/usr/bin/env bash
# Installs the Debian 12 packages Concord needs to build, test and run, when any is missing.
# As root it runs apt-get; otherwise it prints the command to run and fails.
set -euo pipefail

packages=(
    # toolchain
    g++ cmake ninja-build pkg-config ccache git file dpkg-dev
    # Qt 6: widgets, SQL (SQLite driver), charts, Linguist tools, Qt's own translations
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-charts-dev libqt6sql6-sqlite
    qt6-translations-l10n libgl-dev libqt6opengl6-dev libxkbcommon-dev
    # text and storage; PostgreSQL for a department's shared store: Qt's driver, the server (its private test
    # cluster) and pg_trgm from contrib, QtKeychain for the server password
    libicu-dev libsqlite3-dev libqt6sql6-psql postgresql postgresql-contrib qtkeychain-qt6-dev
    # Unihan (the Sino-Vietnamese reading table is checked against it) and the script that reads it
    unicode-data python3
    # Word (.docx, a zip of XML: minizip) and PDF readers; the Excel report writer
    libminizip-dev libpoppler-qt6-dev libxlsxwriter-dev
    # scans: Tesseract's library with its Vietnamese and Simplified Chinese models, Leptonica for the images
    libtesseract-dev libleptonica-dev tesseract-ocr-vie tesseract-ocr-chi-sim
    # tests (pdftotext reads the PDF reports back); the libFuzzer harnesses (scripts/dev.sh fuzz)
    catch2 poppler-utils clang-15 libfuzzer-15-dev
    # fonts covering Vietnamese and Chinese; a virtual X server for screenshots
    fonts-noto-core fonts-noto-cjk xvfb xauth
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "Concord needs these Debian packages. Install them with:" >&2
    echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
fi

echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
