#!/usr/bin/env bash
# Extracts every tr() string from src/ into translations/concord_{vi,zh_CN,en}.ts (no line numbers, no
# obsolete entries, so diffs stay small). Translate the new entries, then build: CMake compiles the .qm files.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$lupdate" -no-obsolete -locations none -extensions cpp,h,ui src \
    -ts translations/concord_vi.ts translations/concord_zh_CN.ts translations/concord_en.ts
