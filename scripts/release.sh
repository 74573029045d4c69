#!/usr/bin/env bash
# Builds the release binary a colleague can use without Swift: the Swift runtime linked in
# statically (--static-swift-stdlib), the templates, schemas and example embedded. It needs only
# the system's libc, libstdc++ and libxml2 (Debian: libxml2). Writes dist/teishutsu and checks
# that ldd lists no Swift library. It is linked at a fixed address (-no-pie): a position-independent
# binary of this size has ~90,000 relocations for the loader to apply and copy-on-write at every
# start, about 1.5 ms of the 25 ms `validate samples/demo` takes (measured side by side).
#   scripts/release.sh            → dist/teishutsu
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=.build-release
swift build -c release --static-swift-stdlib -Xlinker -no-pie --product teishutsu --scratch-path "$scratch" >/dev/null
mkdir -p dist
cp "$scratch/release/teishutsu" dist/teishutsu
strip dist/teishutsu 2>/dev/null || true
libraries=$(ldd dist/teishutsu)
if grep -qE 'libswift|libFoundation|lib_Foundation|libdispatch|libBlocksRuntime' <<<"$libraries"; then
  echo "release: dist/teishutsu still loads Swift libraries:" >&2
  grep -E 'libswift|Foundation|dispatch|Blocks' <<<"$libraries" >&2
  exit 1
fi
echo "release: dist/teishutsu ($(du -h dist/teishutsu | cut -f1)); it loads:"
awk '{print "  " $1}' <<<"$libraries"
