#!/usr/bin/env bash
# Prints the project's performance figures (release build). Not a test: nothing here fails
# on a slow machine; the numbers go into the issue notes.
#   scripts/benchmark.sh            all benchmarks
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product teishutsu >/dev/null
swift build -c release --product teishutsu-bench >/dev/null
bin=$(swift build -c release --show-bin-path)

echo "== calendar (teishutsu-bench calendar)"
"$bin/teishutsu-bench" calendar
echo "== one report's HTML (teishutsu-bench render: samples/demo, templates compiled once)"
"$bin/teishutsu-bench" render | tee "${TMPDIR:-/tmp}/teishutsu-render.txt"

# The time in microseconds, into $now. Read by bash itself (EPOCHREALTIME, bash 5) and not in a
# subshell: reading it by running `date` put the start of a `date` process, 2 to 4 ms here, into
# every figure.
now_us() {
  if [ -n "${EPOCHREALTIME:-}" ]; then now=${EPOCHREALTIME/[.,]/}; else now=$(( $(date +%s%N) / 1000 )); fi
}

# Median wall time of a command over N runs, in milliseconds.
median_ms() {
  local runs=$1; shift
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    now_us; start=$now
    "$@" >/dev/null 2>&1 || true
    now_us; end=$now
    times+=($(( end - start )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m=a[int((NR+1)/2)]; printf "%.1f ms (median of %d; min %.1f, max %.1f)\n", m/1000, NR, a[1]/1000, a[NR]/1000}'
}

out=$(mktemp -d)
# When this run removed its outputs (about 250,000 files), for a run soon after it (see the
# builds of many folders below). Synced, so that the freed inodes are written out: ext4 without
# a journal skips an inode freed in the last 60 s when it makes a file, 360 s while the inode
# is not yet written.
removed_mark="${TMPDIR:-/tmp}/teishutsu-bench.removed"
trap 'rm -rf "$out"; sync; date +%s > "$removed_mark"' EXIT
echo "== teishutsu build samples/demo (fresh output folder each run)"
median_ms 21 bash -c "rm -rf '$out/o' && '$bin/teishutsu' build samples/demo --today 2026-04-30 --output '$out/o'"
echo "== teishutsu build samples/demo (outputs current: nothing rewritten)"
"$bin/teishutsu" build samples/demo --today 2026-04-30 --output "$out/o" >/dev/null
median_ms 21 "$bin/teishutsu" build samples/demo --today 2026-04-30 --output "$out/o"
echo "== teishutsu build of the plan alone (samples/demo without its reports)"
mkdir -p "$out/plan-only"
cp -r samples/demo/contract.yaml samples/demo/plan.yaml samples/demo/submitted "$out/plan-only/"
median_ms 21 bash -c "rm -rf '$out/p' && '$bin/teishutsu' build '$out/plan-only' --today 2025-04-01 --output '$out/p'"
echo "== teishutsu validate samples/demo (plan + twelve reports)"
median_ms 21 "$bin/teishutsu" validate samples/demo --today 2026-04-30

echo "== teishutsu sla on generated logs (N incidents + N inquiries + N/100 maintenance windows in one month)"
for n in 25000 50000 100000 200000; do
  "$bin/teishutsu-bench" generate-logs "$out/logs-$n" "$n"
  for format in json table; do
    /usr/bin/time -f "%e %M" -o "$out/time" "$bin/teishutsu" sla --month 2024-03 --now 2024-04-10 --format "$format" \
      --incidents "$out/logs-$n/incidents.csv" --maintenance "$out/logs-$n/maintenance.csv" \
      --inquiries "$out/logs-$n/inquiries.csv" > /dev/null 2>&1
    read -r seconds kb < "$out/time"
    printf '%7d rows each, --format %-5s: %6.2f s, %4d MB peak memory\n' "$n" "$format" "$seconds" "$((kb / 1024))"
  done
done

# Each figure beside its aim (issue 12). Measured, not asserted: a slow machine prints slow figures.
# The release binary users copy (scripts/release.sh: the Swift runtime linked in) starts in about
# half the time of the build above, which loads the Swift libraries at start.
static_scratch=.build-release
swift build -c release --static-swift-stdlib -Xlinker -no-pie --product teishutsu --scratch-path "$static_scratch" >/dev/null
# Stripped, as scripts/release.sh ships it: the copy with its debug information starts about
# 0.5 ms later and validates samples/demo about 2 ms later (measured side by side).
strip -o "$out/teishutsu-release" "$static_scratch/release/teishutsu"
static_bin="$out/teishutsu-release"
echo "== aims"
aim() { printf '  %-66s %14s   (aim: %s)\n' "$1" "$2" "$3"; }
best_of() {
  local best=999999
  for _ in $(seq 11); do
    local start end t
    now_us; start=$now; "$@" >/dev/null 2>&1 || true; now_us; end=$now
    t=$(( (end - start) / 100 )); [ "$t" -lt "$best" ] && best=$t
  done
  printf '%d.%d ms' $((best / 10)) $((best % 10))
}
aim "validate samples/demo (static release binary, best of 11)" "$(best_of "$static_bin" validate samples/demo --today 2026-04-30)" "under 20 ms"
aim "validate samples/demo (swift build -c release, best of 11)" "$(best_of "$bin/teishutsu" validate samples/demo --today 2026-04-30)" "under 20 ms"
aim "  of which process start (--version, static / dynamic)" "$(best_of "$static_bin" --version) / $(best_of "$bin/teishutsu" --version)" "—"
"$bin/teishutsu-bench" generate-logs "$out/logs-aim" 100000 >/dev/null
sla_args=(sla --month 2024-03 --now 2024-04-10 --incidents "$out/logs-aim/incidents.csv" --maintenance "$out/logs-aim/maintenance.csv" --inquiries "$out/logs-aim/inquiries.csv")
# Best wall time of 5 (to the millisecond), and the peak memory of one more run (under
# /usr/bin/time, whose own start is kept out of the times).
sla_best() {
  local best=999999 kb seconds
  for _ in $(seq 5); do
    local start end ms
    now_us; start=$now
    "$@" "${sla_args[@]}" >"$out/sla.json" 2>/dev/null
    now_us; end=$now
    ms=$(( (end - start) / 1000 ))
    if [ "$ms" -lt "$best" ]; then best=$ms; fi
  done
  /usr/bin/time -f "%e %M" -o "$out/time" "$@" "${sla_args[@]}" >"$out/sla.json" 2>/dev/null
  read -r seconds kb < "$out/time"
  printf '%d ms, %d MB' "$best" $((kb / 1024))
}
sla_dynamic=$(sla_best "$bin/teishutsu")
aim "sla, 100,000 incidents + 100,000 inquiries (swift build -c release, best of 5)" "$sla_dynamic" "under 250 ms and 120 MB"
aim "  its JSON (the documented keys)" "$(( $(wc -c < "$out/sla.json") / 1024 / 1024 )) MB" "—"
aim "sla, the same (static release binary, best of 5)" "$(sla_best "$static_bin")" "under 250 ms and 120 MB"
best=${sla_dynamic%% ms*}
sla_args+=(--detail)
aim "  the same with --detail (each outage, stop and time; not the aim's JSON)" "$(sla_best "$bin/teishutsu")" "—"
aim "  its JSON" "$(( $(wc -c < "$out/sla.json") / 1024 / 1024 )) MB" "—"
unset 'sla_args[-1]'
if python3 -c 'import jpholiday' 2>/dev/null && [ -f ../shared/bench/sla_peer.py ]; then
  /usr/bin/time -f "%e %M" -o "$out/time" python3 ../shared/bench/sla_peer.py "${sla_args[@]}" >/dev/null 2>&1 || true
  read -r seconds kb < "$out/time"
  aim "  the Python peer on the same logs (../shared/bench/sla_peer.py)" "$(awk "BEGIN {printf \"%d ms\", $seconds * 1000}"), $((kb / 1024)) MB" \
    "—; teishutsu $(awk "BEGIN {printf \"%.1f\", $seconds * 1000 / $best}")× as fast"
fi
aim "one report's HTML from its view (teishutsu-bench render)" "$(awk '/template into bytes/ {print $4, $5}' "${TMPDIR:-/tmp}/teishutsu-render.txt")" "under 1 ms"
folders=${TEISHUTSU_BENCH_FOLDERS:-1000}
python3 scripts/generate-workload.py "$folders" "$out/workload" --seed 1 >/dev/null
# Each binary's figure is the best of three runs, as the other aims are best of several (one run
# moves by ±5 % here, and the file system's share of it more: see below), and its peak memory
# the largest of the three. Each run writes into a folder of its own, and no output is removed
# until the script ends (6 GB at most): on this machine's ext4 (no journal), a file created in a
# block group where many were deleted in the last minutes costs the file system more (inodes
# freed recently are skipped one by one), and the static binary's runs, after the 105,000
# files of the first three were removed, took 6.5 s with 3.1 s of system time (5.7 s and 1.2 s
# before them).
#   build_best_of_3 BINARY NAME  -> $best_line (time, memory, processor time), $runs_line, $documents
build_best_of_3() {
  local binary=$1 name=$2 runs=() best_cs=999999 peak=0 seconds kb user system cs best_time best_cpu
  for k in 1 2 3; do
    /usr/bin/time -f "%e %M %U %S" -o "$out/time" "$binary" build "$out"/workload/* --today 2026-04-30 --output "$out/workload-$name-$k" --quiet >/dev/null 2>&1 || true
    read -r seconds kb user system < "$out/time"
    runs+=("$(printf '%.2f' "$seconds")")
    [ "$kb" -gt "$peak" ] && peak=$kb
    cs=$(awk "BEGIN {printf \"%d\", $seconds * 100}")
    if [ "$cs" -lt "$best_cs" ]; then
      best_cs=$cs
      best_time=$(printf '%.1f s' "$seconds")
      best_cpu=$(printf '%.1f + %.1f s' "$user" "$system")
    fi
  done
  documents=$(find "$out/workload-$name-1" -name '*.html' | wc -l)
  best_line="$best_time, $((peak / 1024)) MB ($best_cpu)"
  runs_line="$(IFS=/; echo "${runs[*]} s")"
}
# A run right after another measures the file system skipping the inodes the other freed: after
# 105,000 files were removed and synced, the static binary's build took 7.4 s (4.4 s of system
# time) 5 s later, 6.3 s (1.7 s) 65 s later, 5.9-6.1 s (1.3-1.5 s) 150-300 s later, against
# 5.3-5.7 s (0.9-1.2 s) on a quiet file system. The first build waits until a minute has passed
# since that removal; the rest of the effect lasts minutes and is not waited for.
removed_at=$(cat "$removed_mark" 2>/dev/null || true)
if [[ "$removed_at" =~ ^[0-9]+$ ]]; then
  wait_s=$(( removed_at + 65 - $(date +%s) ))
  if [ "$wait_s" -gt 0 ]; then
    echo "(waiting ${wait_s} s: the run before this one removed its outputs less than a minute ago)"
    sleep "$wait_s"
  fi
fi
build_best_of_3 "$bin/teishutsu" dynamic
aim "build $folders generated folders ($documents documents, 2 jobs; best of 3)" "$best_line" "under 6 s and 300 MB"
aim "  its three runs (processor time above: user + system; 2 cores give twice the wall time)" "$runs_line" "—"
# The release binary users copy (the Swift runtime linked in: its calls are direct), to disk.
build_best_of_3 "$static_bin" static
aim "  the same with the static release binary (best of 3)" "$best_line" "under 6 s and 300 MB"
aim "    its three runs" "$runs_line" "—"
# The same build written into memory (tmpfs), where there is one: what is left is the tool's own
# work, the rest of the figure above is the file system's (creating 36,000 files; on an ext4
# without a journal, inodes freed in the last minute are skipped one by one).
if [ -d /dev/shm ] && [ -w /dev/shm ]; then
  shm=$(mktemp -d /dev/shm/teishutsu-bench.XXXXXX)
  /usr/bin/time -f "%e %M %U %S" -o "$out/time" "$bin/teishutsu" build "$out"/workload/* --today 2026-04-30 --output "$shm/out" --quiet >/dev/null 2>&1 || true
  rm -rf "$shm"
  read -r seconds kb user system < "$out/time"
  aim "  the same written into memory (/dev/shm)" "$(printf '%.1f s (%.1f + %.1f s)' "$seconds" "$user" "$system")" "—"
fi
# Peak memory must not grow with the number of folders: the same build of a tenth of them.
tenth=$(( folders / 10 ))
/usr/bin/time -f "%e %M" -o "$out/time" "$bin/teishutsu" build $(ls -d "$out"/workload/* | head -n "$tenth") --today 2026-04-30 --output "$out/workload-tenth" --quiet >/dev/null 2>&1 || true
read -r seconds kb < "$out/time"
aim "  $tenth of the folders, to disk (memory must not grow with folders)" "$(printf '%.1f s' "$seconds"), $((kb / 1024)) MB" "the same memory"
# The Python peer (../shared/bench/build_peer.py) reads the first wave's inputs only (no incident
# reports, measures or requests), so it cannot build these folders; its batch figure is in the issue.
