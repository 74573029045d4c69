#!/usr/bin/env bash
# Records the demo's submissions again (samples/demo/submitted/*.record.yaml and the reports'
# XML as sent), on the days they were sent. Run it after a change to what a report is made
# from (its schema, the figures, the XML), which `validate samples/demo` reports as
# SUBMIT-inputs-changed. The plan copies plan-r2.yaml, plan-r2.xml and plan-r3.yaml are kept:
# they are what was sent then.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product teishutsu >/dev/null
bin=$(swift build --show-bin-path)/teishutsu
demo=samples/demo
find "$demo/submitted" -name '*.record.yaml' -delete
rm -f "$demo"/submitted/report-*.xml "$demo"/submitted/plan-r3.xml "$demo"/submitted/incident-*.xml "$demo"/submitted/closing.xml
rm -rf "$demo/submitted/superseded"
export TEISHUTSU_SUBMITTER="佐藤 直樹"
"$bin" submit "$demo" --revision 1 --date 2023-01-10 --note "紙で提出（teishutsu の導入前）" >/dev/null
"$bin" submit "$demo" --revision 2 --date 2023-07-05 >/dev/null
"$bin" submit "$demo" --date 2025-06-12 >/dev/null
# Each month's report, on the open day before its due date.
for sent in 2025-04:2025-05-09 2025-05:2025-06-09 2025-06:2025-07-09 2025-07:2025-08-08 2025-08:2025-09-09 \
            2025-09:2025-10-09 2025-10:2025-11-07 2025-11:2025-12-09 2025-12:2026-01-09 2026-01:2026-02-09 \
            2026-02:2026-03-09 2026-03:2026-04-09; do
  "$bin" submit "$demo" --report "${sent%%:*}" --date "${sent##*:}" >/dev/null
done
# The incident reports, on the day of their final reports; the closing record at the contract's end.
for sent in INC-2025-004:2025-08-25 INC-2025-005:2025-09-02 INC-2025-006:2025-11-07; do
  "$bin" submit "$demo" --incident "${sent%%:*}" --date "${sent##*:}" >/dev/null
done
"$bin" submit "$demo" --closing --date 2026-04-10 >/dev/null
"$bin" validate "$demo" --today 2026-04-30
