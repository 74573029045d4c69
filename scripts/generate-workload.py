#!/usr/bin/env python3
"""Writes N contract folders derived from samples/demo, for benchmarks and tests:

    scripts/generate-workload.py N OUT [--seed S]

Each folder is the demo's contract, plan, twelve monthly reports, logs, incident reports and
requests (not its submission records or closing record) under another municipality's name, with
other staff and inquiry times that differ (each moved by up to two hours within its day), all
deterministic from the seed. Folder K is named mNNNN-<romaji>. Every folder validates and builds
like the demo: the same documents, other words and figures."""
import os, random, re, shutil, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DEMO = os.path.join(ROOT, "samples", "demo")
COPIED = ["contract.yaml", "plan.yaml", "reports", "logs", "incidents", "requests"]

PLACES = [("北浜", "kitahama"), ("南台", "minamidai"), ("東原", "higashihara"), ("西山", "nishiyama"), ("青葉", "aoba"),
          ("若松", "wakamatsu"), ("桜川", "sakuragawa"), ("緑ヶ丘", "midorigaoka"), ("白石", "shiroishi"), ("朝日", "asahi"),
          ("大沢", "osawa"), ("中野", "nakano"), ("高森", "takamori"), ("川辺", "kawabe"), ("松原", "matsubara"), ("岩田", "iwata")]
KINDS = [("市", "shi"), ("町", "cho"), ("村", "son")]
FAMILY = ["佐々木", "山口", "松田", "井口", "福田", "太田", "藤井", "岡田", "後藤", "長尾", "村田", "前川", "石川", "上野", "森本", "小野"]
GIVEN = ["健一", "美和", "翔", "陽子", "大樹", "真理", "誠", "彩", "亮介", "千尋", "拓海", "奈々", "修", "恵", "悠斗", "香織"]
# The demo's 甲 and the staff of 甲 and of the municipalities named in the logs.
CLIENT = "瀬戸内県"
CLIENT_STAFF = ["西村", "樋口", "今井", "大塚", "菅原", "北川"]
TOWNS = ["汐見市", "港浜町"]
TIME = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})")


def shifted(match, delta):
    """A log time moved by delta minutes, kept within its day."""
    day, hour, minute = match.group(1), int(match.group(2)), int(match.group(3))
    total = min(max(hour * 60 + minute + delta, 0), 23 * 60 + 59)
    return f"{day}T{total // 60:02d}:{total % 60:02d}"


def main():
    args = sys.argv[1:]
    seed = 1
    if "--seed" in args:
        i = args.index("--seed")
        seed = int(args[i + 1])
        del args[i:i + 2]
    if len(args) != 2:
        sys.exit("usage: generate-workload.py N OUT [--seed S]")
    count, out = int(args[0]), args[1]
    rng = random.Random(seed)
    os.makedirs(out, exist_ok=True)
    for k in range(count):
        place, romaji = PLACES[k % len(PLACES)]
        kind, kind_romaji = KINDS[(k // len(PLACES)) % len(KINDS)]
        serial = k // (len(PLACES) * len(KINDS))
        client = f"{place}{kind}" if serial == 0 else f"第{serial + 1}{place}{kind}"
        name = f"m{k + 1:04d}-{romaji}-{kind_romaji}"
        folder = os.path.join(out, name)
        shutil.rmtree(folder, ignore_errors=True)
        os.makedirs(folder)
        for item in COPIED:
            source = os.path.join(DEMO, item)
            (shutil.copytree if os.path.isdir(source) else shutil.copy)(source, os.path.join(folder, item))
        staff = {s: rng.choice(FAMILY) for s in CLIENT_STAFF}
        towns = {}
        for town in TOWNS:
            # Another municipality than 甲 itself, and than the other town.
            while True:
                candidate = f"{rng.choice(PLACES)[0]}{rng.choice(['市', '町'])}"
                if candidate != client and candidate not in towns.values():
                    towns[town] = candidate
                    break
        head = f"{client}知事" if kind == "県" else f"{client}長"
        for dirpath, _, files in os.walk(folder):
            for file in files:
                path = os.path.join(dirpath, file)
                text = open(path, encoding="utf-8").read()
                text = text.replace(f"{CLIENT}知事　大川 恵子", f"{head}　{rng.choice(FAMILY)} {rng.choice(GIVEN)}")
                # 甲's own words for itself: a 市 has 市民 and a 市専用 tenant, not 県民.
                text = text.replace(f"{CLIENT}汐見市", client)
                text = text.replace(CLIENT, client)
                for old, new in [("県・市町", f"{kind}・近隣の市町"), ("県及び県内", f"{kind}及び{kind}内"), ("県民", f"{kind}民"),
                                 ("県専用", f"{kind}専用"), ("県に返還", f"{kind}に返還")]:
                    text = text.replace(old, new)
                for old, new in towns.items():
                    text = text.replace(old, new)
                for old, new in staff.items():
                    text = text.replace(f" {old}", f" {new}")
                if file == "inquiries.csv":
                    # Each inquiry's question and answer move together, by up to two hours, both
                    # staying within their days (so that no answer lands on another day).
                    lines = text.split("\n")
                    for i in range(1, len(lines)):
                        minutes = [int(h) * 60 + int(m) for _, h, m in TIME.findall(lines[i])]
                        if not minutes:
                            continue
                        low, high = max(-120, -min(minutes)), min(120, 23 * 60 + 59 - max(minutes))
                        delta = rng.randint(low, high) if low <= high else 0
                        lines[i] = TIME.sub(lambda m: shifted(m, delta), lines[i])
                    text = "\n".join(lines)
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
    print(f"{count} folders in {out}")


if __name__ == "__main__":
    main()
