import Foundation
import Testing
import TestSupport

/// `teishutsu sla` as a CI script would run it.
@Suite struct SLACommandTests {
    static let incidents = """
    id,occurred_at,recovered_at,impact,summary,response,countermeasure
    INC-7,2024-03-05T10:00,2024-03-05T11:35,stop,"DB failover, then restart
    (two lines in one cell)",切替えて復旧,監視を追加
    INC-8,2024-03-20T09:00,2024-03-20T09:30,minor,軽微な表示崩れ,修正,回帰試験を追加

    """
    static let maintenance = "id,start,end,reason\nM-1,2024-03-10T02:00,2024-03-10T04:00,定期メンテナンス\n"
    static let inquiries = """
    id,asked_at,asked_by,subject,answered_at,answered_by,answer
    Q-12,2024-03-04T09:00+09:00,県 担当,質問,2024-03-04T10:10Z,乙 担当,回答

    """

    func folder(incidents: String = incidents) throws -> URL {
        let folder = try CLI.temporaryFolder("sla")
        try incidents.write(to: folder.appendingPathComponent("incidents.csv"), atomically: false, encoding: .utf8)
        try Self.maintenance.write(to: folder.appendingPathComponent("maintenance.csv"), atomically: false, encoding: .utf8)
        try Self.inquiries.write(to: folder.appendingPathComponent("inquiries.csv"), atomically: false, encoding: .utf8)
        return folder
    }

    func arguments(_ folder: URL) -> [String] {
        ["sla", "--month", "2024-03", "--now", "2024-04-10",
         "--incidents", folder.appendingPathComponent("incidents.csv").path,
         "--maintenance", folder.appendingPathComponent("maintenance.csv").path,
         "--inquiries", folder.appendingPathComponent("inquiries.csv").path]
    }

    @Test func jsonHasTheDocumentedKeysAndFigures() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(arguments(folder))
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        #expect(json["month"] as? String == "2024-03")
        let a = json["availability"] as! [String: Any]
        // 44,640 − 120 − 95 = 44,425; 44,425 / 44,520 = 99.786…% → 99.78, missed.
        #expect(a["planned_minutes"] as? Int == 44_640)
        #expect(a["justified_minutes"] as? Int == 120)
        #expect(a["down_minutes"] as? Int == 95)
        #expect(a["actual_minutes"] as? Int == 44_425)
        #expect(a["percent"] as? String == "99.78")
        #expect(a["target_percent"] as? String == "99.8")
        #expect(a["met"] as? Bool == false)
        let r = json["recovery"] as! [String: Any]
        #expect(r["target_minutes"] as? Int == 360)
        #expect(r["met"] as? Bool == true)
        let failures = r["failures"] as! [[String: Any]]
        #expect(failures.map { $0["id"] as! String } == ["INC-7"])
        #expect(failures[0]["minutes"] as? Int == 95)
        #expect(failures[0]["recovered"] as? Bool == true)
        #expect(failures[0]["met"] as? Bool == true)
        let q = json["response"] as! [String: Any]
        #expect(q["target_minutes"] as? Int == 2_880)
        let items = q["inquiries"] as! [[String: Any]]
        // 09:00 → 10:10Z (19:10 JST) on an open Monday = 610 minutes.
        #expect(items.map { $0["id"] as! String } == ["Q-12"])
        #expect(items[0]["open_minutes"] as? Int == 610)
        #expect(items[0]["answered"] as? Bool == true)
        let m = json["major_failures"] as! [String: Any]
        #expect(m["fiscal_year"] as? Int == 2023)
        #expect(m["count"] as? Int == 1)
        #expect(m["target"] as? Int == 3)
        #expect(m["met"] as? Bool == true)
        #expect(m["ids"] as? [String] == ["INC-7"])
    }

    /// The JSON has its documented keys; `--detail` adds each outage and justified stop and
    /// the times each figure was counted from and to, and changes no figure.
    @Test func detailAddsTheEvidenceAndChangesNoFigure() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = try JSONSerialization.jsonObject(with: Data(try CLI.run(arguments(folder)).stdout.utf8)) as! [String: Any]
        let detailed = try CLI.run(arguments(folder) + ["--detail"])
        #expect(detailed.status == 0, "\(detailed.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(detailed.stdout.utf8)) as! [String: Any]
        let a = json["availability"] as! [String: Any], plainA = plain["availability"] as! [String: Any]
        #expect(plainA["outages"] == nil && plainA["justified_stops"] == nil)
        let outages = a["outages"] as! [[String: Any]]
        #expect(outages.map { $0["id"] as! String } == ["INC-7"])
        #expect(outages[0]["from"] as? String == "2024-03-05T10:00:00+09:00" && outages[0]["unjustified_minutes"] as? Int == 95)
        #expect((a["justified_stops"] as! [[String: Any]]).map { $0["id"] as! String } == ["M-1"])
        let failure = ((json["recovery"] as! [String: Any])["failures"] as! [[String: Any]])[0]
        let plainFailure = ((plain["recovery"] as! [String: Any])["failures"] as! [[String: Any]])[0]
        #expect(failure["counted_until"] as? String == "2024-03-05T11:35:00+09:00" && plainFailure["counted_until"] == nil)
        let inquiry = ((json["response"] as! [String: Any])["inquiries"] as! [[String: Any]])[0]
        #expect(inquiry["clock_start"] as? String == "2024-03-04T09:00:00+09:00")
        // Every figure the plain JSON has, the detailed one has the same.
        for key in ["planned_minutes", "justified_minutes", "down_minutes", "actual_minutes", "percent", "met"] {
            #expect("\(a[key]!)" == "\(plainA[key]!)", "\(key)")
        }
        #expect(json["major_failures"] as? NSDictionary == plain["major_failures"] as? NSDictionary)
        #expect(json["month"] as? String == "2024-03")
    }

    @Test func theTableIsForPeople() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(arguments(folder) + ["--format", "table", "--lang", "ja"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("サービスレベル 令和６年３月分（"))
        #expect(result.stdout.contains("サービス稼働率\n  当初予定した稼働時間        44,640分\n  正当な理由のある停止時間    120分\n  停止時間                    95分\n  実際の稼働時間              44,425分\n  稼働率                      99.78％\n  目標値（％以上）            99.8\n  判定                        未達\n"))
        #expect(result.stdout.contains("重大障害の発生件数\n  年度                        令和５年度\n  件数                        1\n  目標値（件以内）            3\n  判定                        達成\n  該当する障害                INC-7\n"))
    }

    /// An inquiry the level leaves out reads 対象外 in the table, not 未達; the JSON keeps met.
    @Test func anInquiryLeftOutIsNotJudgedInTheTable() throws {
        let demo = CLI.packageRoot.appendingPathComponent("samples/demo").path
        let logs = ["--month", "2025-08", "--incidents", demo + "/logs/incidents.csv", "--maintenance", demo + "/logs/maintenance.csv",
                    "--inquiries", demo + "/logs/inquiries.csv", "--contract", demo + "/contract.yaml", "--now", "2025-09-10"]
        let table = try CLI.run(["sla"] + logs + ["--format", "table", "--lang", "ja"])
        #expect(table.stdout.contains("Q-202508-04  回答時間（開庁日） 1,500分  回答済み はい  判定 対象外  対象 いいえ"), "\(table.stdout)")
        let json = try CLI.run(["sla"] + logs + ["--format", "json"])
        #expect(json.stdout.contains("\"met\":true") || json.stdout.contains("\"met\": true"))
    }

    @Test func aBadRowIsLocatedAndNothingIsComputed() throws {
        let broken = Self.incidents.replacingOccurrences(of: "INC-8,2024-03-20T09:00,2024-03-20T09:30", with: "INC-8,2024-03-20T09:00,2024-03-19T09:30")
            .replacingOccurrences(of: ",minor,", with: ",small,")
        let folder = try folder(incidents: broken)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(arguments(folder) + ["--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        // The quoted cell of INC-7 spans lines 2–3, so INC-8 is on line 4.
        // Without --contract, a warning says what is assumed. The row refused for its impact
        // still has its times' order told, in the order of the cells.
        #expect(result.stderr == """
        warning[sla-no-contract]: no --contract: only the national calendar and the default targets are used, and every inquiry counts unless its party column says other

        error[LOG-end-before-start]: incident INC-8 recovers (2024-03-19 09:30) before it occurs (2024-03-20 09:00)
         --> \(folder.path)/incidents.csv:4:24
          |
        4 | INC-8,2024-03-20T09:00,2024-03-19T09:30,small,軽微な表示崩れ,修正,回帰試験を追加
          |                        ^^^^^^^^^^^^^^^^ expected: a time after the occurrence

        error[csv-bad-choice]: 'impact' cannot be 'small'
         --> \(folder.path)/incidents.csv:4:41
          |
        4 | INC-8,2024-03-20T09:00,2024-03-19T09:30,small,軽微な表示崩れ,修正,回帰試験を追加
          |                                         ^^^^^ expected: one of stop, partial, misprocessing, minor

        2 errors, 1 warning

        """)
    }

    /// The incidents and the inquiries are each read, checked and computed on their own core:
    /// an error in either log stops the output, and the problems are told in the order of one
    /// pass (each log's reading, then the row rules). A recovered incident without its response
    /// (a report's rule, not the log's) stops nothing.
    @Test func anErrorInEitherHalfStopsTheOutputAndProblemsKeepTheirOrder() throws {
        let answeredFirst = Self.inquiries.replacingOccurrences(of: "2024-03-04T10:10Z", with: "2024-03-03T10:10Z")
        let noResponse = Self.incidents.replacingOccurrences(of: ",修正,回帰試験を追加", with: ",,")
        for (incidents, inquiries, status, codes) in [
            (Self.incidents, answeredFirst, Int32(1), ["LOG-answer-before-question"]),
            (Self.incidents.replacingOccurrences(of: "INC-8", with: "INC-7"), answeredFirst, 1, ["LOG-duplicate-id", "LOG-answer-before-question"]),
            (noResponse, Self.inquiries, 0, []),
            (noResponse.replacingOccurrences(of: ",minor,", with: ",small,"), answeredFirst, 1, ["csv-bad-choice", "LOG-answer-before-question"]),
        ] {
            let folder = try folder(incidents: incidents)
            defer { try? FileManager.default.removeItem(at: folder) }
            try inquiries.write(to: folder.appendingPathComponent("inquiries.csv"), atomically: false, encoding: .utf8)
            let result = try CLI.run(arguments(folder) + ["--lang", "en"])
            #expect(result.status == status, "\(result.stderr)")
            #expect(result.stdout.isEmpty == (status != 0))
            let found = result.stderr.split(separator: "\n").compactMap { line -> String? in
                guard line.hasPrefix("error[") else { return nil }
                return String(line.dropFirst(6).prefix { $0 != "]" })
            }
            #expect(found == codes)
        }
    }

    @Test func anUnreadableFileIsAUsageProblem() throws {
        let result = try CLI.run(["sla", "--month", "2024-03", "--incidents", "/nonexistent/incidents.csv"])
        #expect(result.status == 2)
        #expect(try CLI.run(["sla", "--month", "2024-13"]).status == 2)
        // A month that has not begun at --now has no figures (they would all read as met).
        let early = try CLI.run(["sla", "--month", "2024-03", "--now", "2024-02-29T23:59", "--incidents", "/nonexistent/incidents.csv"])
        #expect(early.status == 2 && early.stdout.isEmpty)
        #expect(early.stderr.contains("the month 2024-03 has not begun at 2024-02-29 23:59 (--now)"), "\(early.stderr)")
        // A year the logs would refuse is refused in --now too.
        let far = try CLI.run(["sla", "--month", "2024-03", "--now", "9999-01-01", "--incidents", "/nonexistent/incidents.csv"])
        #expect(far.status == 2 && far.stdout.isEmpty && far.stderr.contains("--now: 9999-01-01 is outside the years this tool knows (1955–2099)"), "\(far.stderr)")
    }

    @Test func theContractSetsTargetsAndClosedDays() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let contract = try String(contentsOf: CLI.packageRoot.appendingPathComponent("samples/demo/contract.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "target_percent: 99.8", with: "target_percent: 99.5")
            .replacingOccurrences(of: "    - month_day: 05-15\n      name: 県民の日", with: "    - date: 2024-03-04\n      name: 庁舎点検日")
        try contract.write(to: folder.appendingPathComponent("contract.yaml"), atomically: false, encoding: .utf8)
        let result = try CLI.run(arguments(folder) + ["--contract", folder.appendingPathComponent("contract.yaml").path])
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        #expect((json["availability"] as! [String: Any])["met"] as? Bool == true)
        // 3/4 is closed by the contract: the inquiry's clock has not started.
        #expect(((json["response"] as! [String: Any])["inquiries"] as! [[String: Any]])[0]["open_minutes"] as? Int == 0)
    }

    @Test func anOvernightOperatingWindowFromTheContract() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let contract = try String(contentsOf: CLI.packageRoot.appendingPathComponent("samples/demo/contract.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "    partial_stop_counts_as_down: true\n",
                                  with: "    partial_stop_counts_as_down: true\n    operating_hours:\n      from: \"22:00\"\n      to: \"06:00\"\n")
        try contract.write(to: folder.appendingPathComponent("contract.yaml"), atomically: false, encoding: .utf8)
        let result = try CLI.run(arguments(folder) + ["--contract", folder.appendingPathComponent("contract.yaml").path])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        let availability = json["availability"] as! [String: Any]
        // Every day 22:00–翌6:00 in March 2024: 360 (2/29's morning) + 30 × 480 + 120 = 14,880.
        // INC-7 (10:00–11:35) is outside the window; M-1 (3/10 02:00–04:00) is inside: 120.
        #expect(availability["planned_minutes"] as? Int == 14_880)
        #expect(availability["justified_minutes"] as? Int == 120)
        #expect(availability["down_minutes"] as? Int == 0)
        #expect(availability["percent"] as? String == "100.00")

        let same = contract.replacingOccurrences(of: "to: \"06:00\"", with: "to: \"22:00\"")
        try same.write(to: folder.appendingPathComponent("contract.yaml"), atomically: false, encoding: .utf8)
        let refused = try CLI.run(arguments(folder) + ["--contract", folder.appendingPathComponent("contract.yaml").path, "--lang", "en"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("CONTRACT-operating-hours"))
    }
}
