#!/usr/bin/env bash
# Concord's developer commands. Every one installs what is missing first (scripts/deps.sh).
#   run          build and start the desktop program on the default database
#   test         build everything and run every test (CTest)
#   sanitize     build the core and CLI with AddressSanitizer + UBSan and run their tests
#   bench        build and run the benchmarks in bench/ (not tests)
#   deb          build the installable Debian package (cpack -G DEB)
#   format       clang-format every C++ file in place; format-check only reports
#   screenshots  save screenshots of every screen in each language to docs/screenshots/
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=${CONCORD_BUILD_DIR:-build}
jobs=${CONCORD_JOBS:-2}

configure() {
    local dir=$1
    shift
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
}

command=${1:-}
case "$command" in
run)
    scripts/deps.sh
    configure "$build_dir"
    cmake --build "$build_dir" -j "$jobs" --target concord
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        echo "No display found: run this from a desktop session (or under xvfb-run)." >&2
        exit 1
    fi
    shift
    exec "$build_dir/src/gui/concord" "$@"
    ;;
test)
    scripts/deps.sh
    configure "$build_dir"
    cmake --build "$build_dir" -j "$jobs"
    cd "$build_dir"
    ctest --output-on-failure -j "$jobs"
    ;;
sanitize)
    scripts/deps.sh
    configure "$build_dir-asan" -DCONCORD_SANITIZE=ON -DCONCORD_BUILD_GUI=OFF -DCONCORD_BUILD_BENCH=OFF
    cmake --build "$build_dir-asan" -j "$jobs"
    cd "$build_dir-asan"
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:halt_on_error=1 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --output-on-failure -j "$jobs"
    ;;
bench)
    scripts/deps.sh
    # A Release build of its own, so that benchmarking does not rebuild the test build.
    configure "$build_dir-bench" -DCMAKE_BUILD_TYPE=Release -DCONCORD_BUILD_TESTS=OFF
    cmake --build "$build_dir-bench" -j "$jobs"
    status=0
    for program in "$build_dir-bench"/bench/bench_*; do
        [ -f "$program" ] && [ -x "$program" ] || continue
        echo "== $(basename "$program")"
        "$program" || status=1
    done
    exit $status
    ;;
deb)
    scripts/deps.sh
    configure "$build_dir"
    cmake --build "$build_dir" -j "$jobs"
    cd "$build_dir"
    cpack -G DEB
    ;;
format)
    git ls-files --cached --others --exclude-standard '*.cpp' '*.h' | xargs clang-format -i
    ;;
format-check)
    git ls-files --cached --others --exclude-standard '*.cpp' '*.h' | xargs clang-format --dry-run --Werror
    ;;
screenshots)
    scripts/deps.sh
    configure "$build_dir"
    cmake --build "$build_dir" -j "$jobs" --target concord
    scripts/screenshots.sh "$build_dir/src/gui/concord" docs/screenshots
    ;;
*)
    sed -n '2,11p' "$0" >&2
    exit 2
    ;;
esac
