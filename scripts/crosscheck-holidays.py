#!/usr/bin/env python3
"""Checks teishutsu's rule-computed holidays for 2028–2099 against two independent
implementations that are not part of this repository: the PyPI packages `holidays`
(python-holidays) and `jpholiday`. The official list (syukujitsu.csv) ends in 2027, so beyond it
these are the independent sources.

usage: scripts/crosscheck-holidays.py PATH/TO/teishutsu [FIRST_YEAR LAST_YEAR]
Exit 0 when all three agree on every date and name, 1 otherwise (each difference printed).
"""
import json
import subprocess
import sys

import holidays
import jpholiday


def ours(binary, year):
    out = subprocess.run([binary, "calendar", "holidays", str(year), "--format", "json"],
                         check=True, capture_output=True, text=True).stdout
    return {h["date"]: h["name"] for h in json.loads(out)}


def python_holidays(year):
    return {d.isoformat(): name for d, name in holidays.Japan(years=year, language="ja").items()}


def jp_holiday(year):
    result = {}
    for d, name in jpholiday.year_holidays(year):
        # jpholiday writes a substitute day as "<holiday> 振替休日"
        result[d.isoformat()] = "振替休日" if name.endswith("振替休日") else name
    return result


def main():
    binary = sys.argv[1]
    first, last = (int(sys.argv[2]), int(sys.argv[3])) if len(sys.argv) > 3 else (2028, 2099)
    problems = 0
    days = 0
    for year in range(first, last + 1):
        mine = ours(binary, year)
        days += len(mine)
        for source, theirs in (("holidays " + holidays.__version__, python_holidays(year)),
                               ("jpholiday", jp_holiday(year))):
            for date in sorted(set(mine) | set(theirs)):
                if mine.get(date) != theirs.get(date):
                    problems += 1
                    print(f"{date}: teishutsu={mine.get(date)!r} {source}={theirs.get(date)!r}")
    print(f"{first}–{last}: {days} holidays computed; {problems} differences with python-holidays "
          f"{holidays.__version__} and jpholiday")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
