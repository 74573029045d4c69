#!/usr/bin/env python3
"""Writes the broken samples of the duties (incident reports, measures, requests, the closing
record) and of the style check: samples/broken/<name>/, each a small contract with one class of
error. Run it after changing the base below; the end-to-end tests pin each one's diagnostics."""
import os, shutil, sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "samples", "broken")
template = os.path.join(root, "late-plan")

PLAN_FIX = [("    date: 令和6年5月7日", "    date: 令和6年4月10日"),
            ("# Broken on purpose: revision 1 is dated after the deadline (令和6年4月30日).", "# The base of the broken samples of the duties (clean)."),
            ("    - { role: 運用担当, name: 東 さくら, phone: 090-0000-0002, hours: 24時間365日 }",
             "    - { role: 運用担当, name: 東 さくら, phone: 090-0000-0002, hours: 24時間365日 }\n  first_report_within_minutes: 60\n  final_report_within_open_days: 5")]

REPORT = """# {note}
month: {month}
logs:
  incidents: ../logs/incidents.csv
  maintenance: ../logs/maintenance.csv
  inquiries: ../logs/inquiries.csv
result:
  - {{ title: 運用・保守, content: 監視と定期点検を実施した。 }}
usage:
  notes: 稼働状況は「サービスレベルの達成状況」のとおり。
risks: []
security_status:
  SP-01: {{ status: done, detail: 特権IDの棚卸しを実施した。 }}
{extra}other: []
"""

INCIDENTS = """id,occurred_at,recovered_at,impact,summary,response,countermeasure
INC-1,2024-05-14T02:00,2024-05-14T03:00,stop,ストレージ障害によりサービスが停止した,予備系へ切り替えて再開した。,ファームウェアを更新した。
INC-2,2024-05-20T10:00,2024-05-20T10:20,minor,一覧画面の表示が遅くなった,索引を再構築した。,定期点検に加えた。
"""
INQUIRIES = """id,asked_at,asked_by,subject,answered_at,answered_by,answer,party
Q-1,2024-05-08T10:00,架空市 総務課 北川,予約枠の変更方法,2024-05-08T11:00,東 さくら,管理画面の予約枠設定で変更できます。,buyer
"""
INCIDENT_REPORT = """id: INC-1
detected_at: 2024-05-14T02:05
reports:
  - kind: first
    at: {first}
    to: 架空市 総務課 北川
    by: 西田 健
    content: サービスが停止していることを報告した。
  - kind: final
    at: 2024-05-17T10:00
    to: 架空市 総務課 北川
    by: 西田 健
    content: 障害報告書を提出した。
{final}"""
FINAL = """cause: ストレージのファームウェアの不具合
impact_scope:
  services: 全機能
  users: 予約者（停止中のアクセス12件）
  data: なし
response: 予備系へ切り替えて再開した。
permanent_fix: ファームウェアを更新した。
prevention: 同型機器を点検した。
"""
REQUEST = """id: {id}
kind: improvement
received_on: 2024-05-20
from: 架空市 総務課 北川
about: 障害（INC-1）
request: 障害の再発防止策を示すこと。
due: {due}
answer:
  on: 2024-05-24
  by: 西田 健
  content: 再発防止策を示した。
measures:
  - id: KZ-1
    measure: ストレージの点検を月次で行う。
    owner: 東 さくら
    due: 2024-06-28
    status: planned
"""
JUNE_STATUS = """measure_status:
  KZ-1: {{ status: done, done_on: 2024-06-25, evidence: {evidence} }}
"""
CLOSING = """reported_on: 2026-03-31
information:
  - name: 予約データ
    held_at: [株式会社データ倉庫のデータセンター]
    disposition: {disposition}
    on: 2026-03-25
{to}erasures:
  - company: 株式会社サンプルソフト
    site: 本社
    medium: 作業用端末
    method: overwrite
    erased_on: {date}
    performed_by: 東 さくら
    witnessed_by: 西田 陽子
{subcontractor}"""
SUB_ERASURE = """  - company: 株式会社データ倉庫
    site: データセンター
    medium: ストレージ装置
    method: crypto_erase
    erased_on: 2026-03-30
    performed_by: 倉本 拓
    witnessed_by: 東 さくら
{certificate}"""


def base(name, note):
    folder = os.path.join(root, name)
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(os.path.join(folder, "reports"))
    os.makedirs(os.path.join(folder, "logs"))
    for file in ["contract.yaml", "catalog.yaml"]:
        shutil.copy(os.path.join(template, file), folder)
    plan = open(os.path.join(template, "plan.yaml"), encoding="utf-8").read()
    for old, new in PLAN_FIX:
        assert old in plan, old
        plan = plan.replace(old, new)
    plan = plan.replace("# The base of the broken samples of the duties (clean).", "# " + note)
    plan = plan.replace("audiences: [西田 健, 東 さくら]", "audiences: [西田 健, 東 さくら, 倉本 拓]")
    write(folder, "plan.yaml", plan)
    write(folder, "logs/incidents.csv", INCIDENTS)
    write(folder, "logs/maintenance.csv", "id,start,end,reason\n")
    write(folder, "logs/inquiries.csv", INQUIRIES)
    write(folder, "reports/2024-05.yaml", REPORT.format(note="令和6年5月分", month="2024-05", extra=""))
    write(folder, "incidents/INC-1.yaml", INCIDENT_REPORT.format(first="2024-05-14T02:40", final=FINAL))
    return folder


def write(folder, path, text):
    full = os.path.join(folder, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    samples = {}
    f = base("incident-report-missing", "Broken on purpose: INC-1 stopped the service and has no incident report.")
    os.remove(os.path.join(f, "incidents/INC-1.yaml"))
    f = base("incident-final-incomplete", "Broken on purpose: INC-1 has a final report but no cause, scope, response, fix or prevention.")
    write(f, "incidents/INC-1.yaml", INCIDENT_REPORT.format(first="2024-05-14T02:40", final=""))
    f = base("incident-no-first-report", "Broken on purpose: INC-1 has no first report.")
    text = INCIDENT_REPORT.format(first="2024-05-14T02:40", final=FINAL)
    text = text.replace("  - kind: first\n    at: 2024-05-14T02:40\n    to: 架空市 総務課 北川\n    by: 西田 健\n    content: サービスが停止していることを報告した。\n", "")
    write(f, "incidents/INC-1.yaml", text)
    f = base("incident-unknown", "Broken on purpose: an incident report for INC-3, which the log does not have.")
    write(f, "incidents/INC-3.yaml", INCIDENT_REPORT.format(first="2024-05-14T02:40", final=FINAL).replace("id: INC-1", "id: INC-3"))
    f = base("incident-file-name", "Broken on purpose: incidents/INC-9.yaml holds the report of INC-1.")
    os.rename(os.path.join(f, "incidents/INC-1.yaml"), os.path.join(f, "incidents/INC-9.yaml"))
    f = base("incident-security-exposure", "Broken on purpose: a security incident that does not say what was exposed.")
    write(f, "incidents/INC-1.yaml", INCIDENT_REPORT.format(first="2024-05-14T02:40", final=FINAL).replace("detected_at: 2024-05-14T02:05\n", "detected_at: 2024-05-14T02:05\nsecurity: true\n"))
    f = base("incident-order", "Broken on purpose: INC-1 detected before it occurred.")
    write(f, "incidents/INC-1.yaml", INCIDENT_REPORT.format(first="2024-05-14T02:40", final=FINAL).replace("detected_at: 2024-05-14T02:05", "detected_at: 2024-05-14T01:50"))

    def with_request(name, note, june_status, request_id="RQ-1", due="2024-05-31"):
        f = base(name, note)
        write(f, f"requests/{request_id}.yaml", REQUEST.format(id=request_id, due=due))
        write(f, "reports/2024-06.yaml", REPORT.format(note="令和6年6月分", month="2024-06", extra=june_status))
        return f
    with_request("measure-missing-status", "Broken on purpose: the June report does not carry the status of KZ-1, not yet done.", "")
    with_request("measure-done-incomplete", "Broken on purpose: KZ-1 is done with no evidence.",
                 "measure_status:\n  KZ-1: { status: done, done_on: 2024-06-25 }\n")
    with_request("measure-unknown", "Broken on purpose: the June report follows KZ-2, which was never presented.",
                 JUNE_STATUS.format(evidence="点検記録") + "  KZ-2: { status: in_progress }\n")
    f = with_request("measure-duplicate-id", "Broken on purpose: two measures with the ID KZ-1.", JUNE_STATUS.format(evidence="点検記録"))
    text = open(os.path.join(f, "requests/RQ-1.yaml"), encoding="utf-8").read()
    write(f, "requests/RQ-1.yaml", text + "  - id: KZ-1\n    measure: 監視の閾値を見直す。\n    owner: 東 さくら\n    due: 2024-06-28\n    status: planned\n")
    f = with_request("request-file-name", "Broken on purpose: requests/RQ-2.yaml holds RQ-1.", JUNE_STATUS.format(evidence="点検記録"))
    os.rename(os.path.join(f, "requests/RQ-1.yaml"), os.path.join(f, "requests/RQ-2.yaml"))
    with_request("request-dates", "Broken on purpose: RQ-1 is due before it was received.", JUNE_STATUS.format(evidence="点検記録"), due="2024-05-10")

    def with_closing(name, note, disposition="erased", to="", date="2026-03-31", subcontractor=SUB_ERASURE.format(certificate="    certificate: DS-2027-001\n")):
        f = base(name, note)
        write(f, "closing.yaml", CLOSING.format(disposition=disposition, to=to, date=date, subcontractor=subcontractor))
        # The information is returned or erased by the end of March 2026 (the contract says so).
        contract = open(os.path.join(f, "contract.yaml"), encoding="utf-8").read()
        write(f, "contract.yaml", contract.replace("  end: 2027-03-31", "  end: 2027-03-31\n  disposal_deadline: 2026-03-31"))
        return f
    with_closing("closing-subcontractor-missing", "Broken on purpose: no erasure by 株式会社データ倉庫, which held the data.", subcontractor="")
    with_closing("closing-no-certificate", "Broken on purpose: 株式会社データ倉庫's erasure has no certificate.", subcontractor=SUB_ERASURE.format(certificate=""))
    with_closing("closing-after-deadline", "Broken on purpose: an erasure dated after the deadline for it (2026-03-31).", date="2026-04-05")
    with_closing("closing-no-recipient", "Broken on purpose: data returned to nobody.", disposition="returned", to="    by: 東 さくら\n")

    f = base("style-problems", "Broken on purpose: the writing (warnings); an error keeps them from being the only problems.")
    report = open(os.path.join(f, "reports/2024-05.yaml"), encoding="utf-8").read()
    report = report.replace("  - { title: 運用・保守, content: 監視と定期点検を実施した。 }",
                            "  - { title: 運用・保守, content: 監視と定期点検を実施した。ｻｰﾊﾞの点検は 2 回行いました。手順書をを改訂した(第3版). }")
    report = report.replace("month: 2024-05", "month: 2024-05\nunknown_key: 1")
    write(f, "reports/2024-05.yaml", report)


if __name__ == "__main__":
    main()
