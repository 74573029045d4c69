#!/usr/bin/env bash
# Counts the instructions (valgrind's callgrind) of `validate samples/demo` and of `build` of five
# generated folders on one job: figures that repeat to within 0.1 % (the build) and about 1.5 %
# (validate, whose threads wait for each other differently from run to run), where wall time on
# this machine moves by ±40 %. Use it to tell whether a change makes the work smaller;
# benchmark.sh gives the times. The static release binary is stripped of its debug information first
# (valgrind cannot read this toolchain's). Under valgrind SHA-256 runs its Swift rounds (no SHA
# extensions are offered there), so hashing counts for more than it costs on the machine.
#   scripts/instructions.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "instructions: needs valgrind (Debian: valgrind)" >&2; exit 2; }
scratch=.build-release
swift build -c release --static-swift-stdlib -Xlinker -no-pie --product teishutsu --scratch-path "$scratch" >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
strip --strip-debug -o "$out/teishutsu" "$scratch/release/teishutsu"
python3 scripts/generate-workload.py 5 "$out/workload" --seed 1 >/dev/null
count() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null | awk '/Collected/ {print $4}'; }
printf '%-45s %15s instructions\n' "validate samples/demo" "$(count "$out/teishutsu" validate samples/demo --today 2026-04-30)"
printf '%-45s %15s instructions\n' "build 5 generated folders, one job" \
  "$(count "$out/teishutsu" build "$out"/workload/* --today 2026-04-30 --output "$out/out" --quiet --jobs 1)"
