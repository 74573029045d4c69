import Foundation
import Testing
import TestSupport

/// One miss answered once: a fiscal year's fourth major failure makes every later month of the
/// year miss SLA-MAJOR, and the measures presented in the month it happened answer it in every
/// later report (carried until done), without a new measure each month.
@Suite struct ImprovementCarryTests {
    static let incident = """
    id: INC-2025-009
    detected_at: 2025-09-30T23:35
    reports:
      - kind: first
        at: 2025-09-30T23:50
        to: 瀬戸内県 デジタル行政推進課 西村
        by: 佐藤 直樹
        means: 電話
        content: ロードバランサの障害によりサービス全体が停止していることを報告した。
      - kind: final
        at: 2025-10-07T10:00
        to: 瀬戸内県 デジタル行政推進課 西村
        by: 佐藤 直樹
        means: 書面
        content: 本書により報告した。
    cause: 設定反映時の検証漏れ。
    impact_scope:
      services: 全機能
      users: 県民の申請者
      data: なし
    response: 設定を切り戻した。
    permanent_fix: 自動検証を追加した。
    prevention: 変更手順を見直した。

    """

    static let octoberMeasures = """

    improvements:
      availability:
        - id: KZ-2025-10-1
          measure: 設定反映前の自動検証を導入する。
          owner: 小林 大輔
          due: 令和８年３月31日
          status: planned
      major_failures:
        - id: KZ-2025-10-2
          measure: 設定変更の手順を見直し、二人で確認する体制にする。
          owner: 佐藤 直樹
          due: 令和８年３月31日
          status: planned

    """

    func errors(_ folder: URL) throws -> [String] {
        let result = try CLI.run(["validate", folder.path, "--today", "2026-04-30", "--lang", "en"])
        return result.stdout.split(separator: "\n").filter { $0.hasPrefix("error[") || $0.hasPrefix(" --> ") || $0.hasPrefix("  --> ") }.map(String.init)
    }

    @Test func aMissIsAnsweredOnceAndCarried() throws {
        let folder = try Fixtures.demoCopy("carry")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("submitted"))
        let log = folder.appendingPathComponent("logs/incidents.csv")
        try (try String(contentsOf: log, encoding: .utf8)
             + "INC-2025-009,2025-09-30T23:30,2025-10-01T01:10,stop,ロードバランサの設定反映の失敗,設定を切り戻した。,自動検証を追加した。\n")
            .write(to: log, atomically: false, encoding: .utf8)
        try Self.incident.write(to: folder.appendingPathComponent("incidents/INC-2025-009.yaml"), atomically: false, encoding: .utf8)
        // Without measures: October misses availability and the year's count, and so does every later month.
        let none = try errors(folder)
        #expect(none.filter { $0.contains("SLA-MAJOR") }.count == 6, "\(none)")
        // Measures presented in October, done in November: every later month is answered by them.
        let october = folder.appendingPathComponent("reports/2025-10.yaml")
        try (try String(contentsOf: october, encoding: .utf8) + Self.octoberMeasures).write(to: october, atomically: false, encoding: .utf8)
        let november = folder.appendingPathComponent("reports/2025-11.yaml")
        try (try String(contentsOf: november, encoding: .utf8) + "\nmeasure_status:\n  KZ-2025-10-1:\n    status: done\n    done_on: 令和7年11月20日\n    evidence: 検証記録\n  KZ-2025-10-2:\n    status: done\n    done_on: 令和7年11月20日\n    evidence: 手順書\n")
            .write(to: november, atomically: false, encoding: .utf8)
        let answered = try errors(folder)
        #expect(!answered.contains { $0.contains("REP-SLA-no-improvement") || $0.contains("yaml-") }, "\(answered)")
        // The later reports name the measures that answer their 【未達成】.
        let out = folder.appendingPathComponent("out-carry")
        #expect(try CLI.run(["build", folder.path, "--today", "2026-04-30", "--output", out.path, "--quiet"]).status == 0)
        let january = try String(contentsOf: out.appendingPathComponent("report-2026-01.html"), encoding: .utf8)
            .replacingOccurrences(of: #"</?span[^>]*>"#, with: "", options: .regularExpression)
        #expect(january.contains("重大障害の発生件数の未達成には、令和７年10月分の報告書で示した改善策（KZ-2025-10-2）により対応している。"))
        // The months before October are untouched; October itself still needs its own measures.
        try String(contentsOf: october, encoding: .utf8).replacingOccurrences(of: Self.octoberMeasures, with: "\n")
            .write(to: october, atomically: false, encoding: .utf8)
        #expect(try errors(folder).contains { $0.contains("SLA-MAJOR") })
    }

    /// A failure that runs on into the next month: the next month's recovery time and the
    /// availability it lost there are the same miss, answered by the measures of the month it
    /// began, and named there.
    @Test func aFailureCarriedIntoTheNextMonthIsAnsweredByItsMonthsMeasures() throws {
        let folder = try Fixtures.demoCopy("carry-over")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("submitted"))
        let log = folder.appendingPathComponent("logs/incidents.csv")
        try (try String(contentsOf: log, encoding: .utf8)
             + "INC-2025-009,2025-10-30T10:00,2025-11-01T05:00,stop,ストレージの障害,機器を交換した。,監視を強化した。\n")
            .write(to: log, atomically: false, encoding: .utf8)
        try Self.incident.replacingOccurrences(of: "detected_at: 2025-09-30T23:35", with: "detected_at: 2025-10-30T10:05")
            .replacingOccurrences(of: "at: 2025-09-30T23:50", with: "at: 2025-10-30T10:30")
            .replacingOccurrences(of: "at: 2025-10-07T10:00", with: "at: 2025-11-05T10:00")
            .write(to: folder.appendingPathComponent("incidents/INC-2025-009.yaml"), atomically: false, encoding: .utf8)
        // Without measures, November misses availability and recovery for that failure alone.
        let none = try errors(folder)
        #expect(none.contains { $0.contains("SLA-AVAIL") } && none.contains { $0.contains("SLA-RECOVERY") }, "\(none)")
        let october = folder.appendingPathComponent("reports/2025-10.yaml")
        let measures = Self.octoberMeasures.replacingOccurrences(of: "  major_failures:", with: """
              recovery:
                - id: KZ-2025-10-3
                  measure: 予備機器を各拠点に置く。
                  owner: 小林 大輔
                  due: 令和８年３月31日
                  status: planned
              major_failures:
            """)
        try (try String(contentsOf: october, encoding: .utf8) + measures).write(to: october, atomically: false, encoding: .utf8)
        let november = folder.appendingPathComponent("reports/2025-11.yaml")
        var status = "\nmeasure_status:\n"
        for id in ["KZ-2025-10-1", "KZ-2025-10-2", "KZ-2025-10-3"] {
            status += "  \(id):\n    status: done\n    done_on: 令和7年11月20日\n    evidence: 実施記録\n"
        }
        try (try String(contentsOf: november, encoding: .utf8) + status).write(to: november, atomically: false, encoding: .utf8)
        let answered = try errors(folder)
        #expect(!answered.contains { $0.contains("REP-SLA-no-improvement") || $0.contains("yaml-") }, "\(answered)")
        let out = folder.appendingPathComponent("out-carry-over")
        #expect(try CLI.run(["build", folder.path, "--today", "2026-04-30", "--output", out.path, "--quiet"]).status == 0)
        let text = try String(contentsOf: out.appendingPathComponent("report-2025-11.html"), encoding: .utf8)
            .replacingOccurrences(of: #"</?span[^>]*>"#, with: "", options: .regularExpression)
        #expect(text.contains("サービス稼働率の未達成には、令和７年10月分の報告書で示した改善策（KZ-2025-10-1）により対応している。"), "\(text)")
        #expect(text.contains("重大障害の復旧時間の未達成には、令和７年10月分の報告書で示した改善策（KZ-2025-10-3）により対応している。"))
        // A failure that begins in the month itself still needs the month's own measures.
        try (try String(contentsOf: log, encoding: .utf8)
             + "INC-2025-010,2025-11-10T10:00,2025-11-10T18:00,stop,ネットワーク障害,経路を切り替えた。,冗長化した。\n")
            .write(to: log, atomically: false, encoding: .utf8)
        try Self.incident.replacingOccurrences(of: "INC-2025-009", with: "INC-2025-010")
            .replacingOccurrences(of: "detected_at: 2025-09-30T23:35", with: "detected_at: 2025-11-10T10:05")
            .replacingOccurrences(of: "at: 2025-09-30T23:50", with: "at: 2025-11-10T10:30")
            .replacingOccurrences(of: "at: 2025-10-07T10:00", with: "at: 2025-11-14T10:00")
            .write(to: folder.appendingPathComponent("incidents/INC-2025-010.yaml"), atomically: false, encoding: .utf8)
        let fresh = try errors(folder)
        #expect(fresh.contains { $0.contains("REP-SLA-no-improvement") && $0.contains("SLA-AVAIL") }, "\(fresh)")
    }

    /// An inquiry asked in December and answered in January misses the response time in both
    /// months: January's miss is the same one, answered by December's measures and named there.
    /// An inquiry asked in January itself still needs January's own measures.
    @Test func anInquiryCarriedIntoTheNextMonthIsAnsweredByItsMonthsMeasures() throws {
        let folder = try Fixtures.demoCopy("carry-inquiry")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("submitted"))
        let log = folder.appendingPathComponent("logs/inquiries.csv")
        // Asked Thursday 12/25 16:00, answered Tuesday 1/6 10:00: 480 + 1,440 (12/26) + 1,440
        // (1/5) + 600 open minutes = 3,960 (66時間), over 2,880; 12/27–1/4 are closed.
        try (try String(contentsOf: log, encoding: .utf8)
             + "Q-202512-09,2025-12-25T16:00,瀬戸内県 デジタル行政推進課 西村,年末の操作方法,2026-01-06T10:00,松本 由美,手順書の該当箇所を案内しました。\n")
            .write(to: log, atomically: false, encoding: .utf8)
        let none = try errors(folder)
        #expect(none.filter { $0.contains("REP-SLA-no-improvement") && $0.contains("SLA-RESPONSE") }.count == 2, "\(none)")
        let december = folder.appendingPathComponent("reports/2025-12.yaml")
        try (try String(contentsOf: december, encoding: .utf8) + """

            improvements:
              response:
                - id: KZ-2025-12-1
                  measure: 年末年始の閉庁日前日に受け付けた問合せは、当日中に一次回答する。
                  owner: 中村 美咲
                  due: 令和８年１月30日
                  status: planned

            """).write(to: december, atomically: false, encoding: .utf8)
        try Fixtures.edit(folder, "reports/2026-01.yaml", replacing: "measure_status:\n",
                          with: "measure_status:\n  KZ-2025-12-1:\n    status: done\n    done_on: 令和８年１月20日\n    evidence: 問合せ対応手順書 第３版\n")
        let answered = try errors(folder)
        #expect(!answered.contains { $0.contains("REP-SLA-no-improvement") || $0.contains("yaml-") }, "\(answered)")
        let out = folder.appendingPathComponent("out-carry-inquiry")
        #expect(try CLI.run(["build", folder.path, "--today", "2026-04-30", "--output", out.path, "--quiet"]).status == 0)
        let text = try String(contentsOf: out.appendingPathComponent("report-2026-01.html"), encoding: .utf8)
            .replacingOccurrences(of: #"</?span[^>]*>"#, with: "", options: .regularExpression)
        #expect(text.contains("問合せに係る回答時間の未達成には、令和７年12月分の報告書で示した改善策（KZ-2025-12-1）により対応している。"), "\(text)")
        // An inquiry asked in January that misses too is new: January needs its own measures.
        try (try String(contentsOf: log, encoding: .utf8)
             + "Q-202601-09,2026-01-07T09:00,瀬戸内県 デジタル行政推進課 西村,帳票の出力,2026-01-13T09:00,松本 由美,出力手順を案内しました。\n")
            .write(to: log, atomically: false, encoding: .utf8)
        let fresh = try errors(folder)
        #expect(fresh.contains { $0.contains("REP-SLA-no-improvement") && $0.contains("SLA-RESPONSE") }, "\(fresh)")
    }
}
