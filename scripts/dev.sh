#!/usr/bin/env bash
# Concord's developer commands. Every one installs what is missing first (scripts/deps.sh).
#   run          build and start the desktop program on the default database
#   test         build everything and run every test (CTest)
#   sanitize     build the core and CLI with AddressSanitizer + UBSan and run their tests
#   bench        build and run the benchmarks in bench/ (not tests)
#   fuzz [SECS]  build the libFuzzer harnesses in fuzz/ (clang, ASan + UBSan) and run each for SECS seconds
#                (default 60); a crash, leak, timeout over 10 s or RSS over 2 GB fails. FUZZ_ONLY=name runs one.
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
    configure "$build_dir-asan" -DCONCORD_SANITIZE=ON -DCONCORD_BUILD_GUI=OFF -DCONCORD_BUILD_BENCH=OFF -DCONCORD_OCR_TESTS=OFF \
        -DCONCORD_SERVER_TESTS=OFF
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
fuzz)
    scripts/deps.sh
    seconds=${2:-60}
    fuzz_dir="$build_dir-fuzz"
    fuzzers=(fuzz_decoder fuzz_text_structure fuzz_date_parser fuzz_numbering fuzz_docx fuzz_pdf fuzz_search_query fuzz_tiff)
    [ -n "${FUZZ_ONLY:-}" ] && fuzzers=("$FUZZ_ONLY")
    CC=clang-15 CXX=clang++-15 configure "$fuzz_dir" -DCONCORD_FUZZ=ON -DCONCORD_BUILD_GUI=OFF \
        -DCONCORD_BUILD_TESTS=OFF -DCONCORD_BUILD_BENCH=OFF
    cmake --build "$fuzz_dir" -j "$jobs" --target "${fuzzers[@]}"
    python3 scripts/fuzz-seeds.py "$fuzz_dir/seeds"
    status=0
    printf '%-22s %12s %10s %8s  %s\n' harness executions "exec/s" corpus result
    for fuzzer in "${fuzzers[@]}"; do
        corpus="$fuzz_dir/corpus/$fuzzer"
        log="$fuzz_dir/$fuzzer.log"
        mkdir -p "$corpus" "$fuzz_dir/findings"
        result=ok
        # The corpus grows between runs (kept in the build folder); the seeds are read, never written.
        if ! ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
            "$fuzz_dir/fuzz/$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
            -print_final_stats=1 -artifact_prefix="$fuzz_dir/findings/$fuzzer-" "$corpus" "$fuzz_dir/seeds/$fuzzer" \
            >"$log" 2>&1; then
            result="FAILED (see $log and $fuzz_dir/findings)"
            status=1
        fi
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
        speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
        printf '%-22s %12s %10s %8s  %s\n' "$fuzzer" "${runs:-?}" "${speed:-?}" "$(ls "$corpus" | wc -l)" "$result"
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
