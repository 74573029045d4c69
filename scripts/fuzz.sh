#!/usr/bin/env bash
# Runs one fuzz target under libFuzzer (AddressSanitizer and LeakSanitizer on):
#   scripts/fuzz.sh TARGET SECONDS [libFuzzer options…]
# TARGET: yaml, csv, dates, xml, html, template (or "all", each for SECONDS). The corpus is
# Tests/FuzzCorpus/TARGET (seeds from the samples and tests, committed); new inputs that reach
# new code go to .build-fuzz/corpus/TARGET. A crash, a leak or a timeout stops the run with exit
# status 1 and leaves the reproducer in .build-fuzz/artifacts/TARGET/ (its bytes are printed).
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: scripts/fuzz.sh TARGET SECONDS}
seconds=${2:?usage: scripts/fuzz.sh TARGET SECONDS}
shift 2
targets=(yaml csv dates xml html template)
if [ "$target" = all ]; then
  status=0
  for t in "${targets[@]}"; do "$0" "$t" "$seconds" "$@" || status=1; done
  exit $status
fi
case " ${targets[*]} " in *" $target "*) ;; *) echo "fuzz: unknown target $target (${targets[*]})" >&2; exit 2 ;; esac

# One sanitized build of every target (a debug build keeps it quick); reused while sources do not
# change. Coverage instrumentation and AddressSanitizer on every module; libFuzzer's driver is
# linked from the toolchain's archive (only teishutsu-fuzz uses it: the build-tool plugin's
# executable, built with the same flags, links none of it).
runtime=$(dirname "$(dirname "$(command -v swift)")")/lib/swift/clang/lib/linux
swift build --product teishutsu-fuzz --build-path .build-fuzz \
  -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,indirect-calls,trace-cmp,inline-8bit-counters,pc-table \
  -Xswiftc -DFUZZING -Xcc -fsanitize=address -Xcc -fsanitize-coverage=inline-8bit-counters,pc-table,trace-cmp \
  -Xswiftc -use-ld=lld -Xlinker "$runtime/libclang_rt.fuzzer_no_main-$(uname -m).a" -Xlinker -lstdc++ >/dev/null
bin=.build-fuzz/debug/teishutsu-fuzz
seed=Tests/FuzzCorpus/$target
work=.build-fuzz/corpus/$target
artifacts=.build-fuzz/artifacts/$target
mkdir -p "$work" "$artifacts"
echo "fuzz: $target for ${seconds}s (seeds: $(ls "$seed" | wc -l))"
set +e
TEISHUTSU_FUZZ_TARGET=$target ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
  LSAN_OPTIONS=suppressions=scripts/lsan-suppressions.txt:print_suppressions=0 \
  "$bin" "$work" "$seed" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
  -artifact_prefix="$artifacts/" -print_final_stats=1 "$@" 2> "$artifacts/log.txt"
status=$?
set -e
tail -n 12 "$artifacts/log.txt" | grep -E "stat::|Done|runs in" || true
if [ $status -ne 0 ]; then
  echo "fuzz: $target FAILED (exit $status); the reproducer:" >&2
  grep -E "ERROR|SUMMARY|Test unit written|deadly signal|timeout" "$artifacts/log.txt" >&2 || true
  for f in "$artifacts"/crash-* "$artifacts"/leak-* "$artifacts"/timeout-* "$artifacts"/oom-*; do
    [ -f "$f" ] || continue
    echo "--- $f" >&2
    od -c "$f" | head -20 >&2
  done
  exit 1
fi
echo "fuzz: $target ok"
