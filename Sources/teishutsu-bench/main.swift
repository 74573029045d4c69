import Foundation
import JapaneseCalendar
import TeishutsuKit

// Benchmarks that print numbers (never timed unit tests). Build with -c release:
//   swift run -c release teishutsu-bench calendar
// scripts/benchmark.sh runs them all.

func measure<T>(_ body: () throws -> T) rethrows -> (T, Duration) {
    let clock = ContinuousClock()
    var result: T?
    let duration = try clock.measure { result = try body() }
    return (result!, duration)
}

func milliseconds(_ d: Duration) -> String {
    let ms = Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
    return String(format: "%.1f ms", ms)
}

/// A small deterministic generator (xorshift), so that runs are comparable.
struct Random {
    var state: UInt64
    mutating func next() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

func calendarBenchmark() throws {
    // 1. Every year's holidays from the rules (no table): 1955–2099, several rounds.
    let rounds = 20
    let (count, rulesTime) = try measure { () throws -> Int in
        var total = 0
        for _ in 0..<rounds {
            for year in NationalHolidays.supportedYears { total += try NationalHolidays.holidays(in: year).count }
        }
        return total
    }
    let years = NationalHolidays.supportedYears.count
    print("holidays 1955–2099 from the rules: \(count / rounds) holidays in \(years) years; "
          + "\(milliseconds(rulesTime / rounds)) per pass (\(rounds) passes)")

    // 2. Building the closed-day table (a contract calendar is built once per run).
    let (_, tableTime) = measure { ClosedDayCalendar(contractDays: [ContractClosedDay(.annual(month: 6, day: 23), name: "慰霊の日")]) }
    print("closed-day calendar with a contract day, built: \(milliseconds(tableTime))")

    // 3. One million open-minute queries over intervals of up to 30 days.
    let calendar = ClosedDayCalendar.standard
    _ = calendar.isClosed(CivilDate(year: 2024, month: 1, day: 1)!)
    var random = Random(state: 0x9E37_79B9_7F4A_7C15)
    let base = Instant(date: CivilDate(year: 1990, month: 1, day: 1)!).secondsSinceEpoch
    let span: Int64 = 100 * 365 * 86_400
    var queries: [(Instant, Instant)] = []
    queries.reserveCapacity(1_000_000)
    for _ in 0..<1_000_000 {
        let start = base + Int64(random.below(Int(span)))
        let length = Int64(random.below(30 * 86_400 + 1))
        queries.append((Instant(secondsSinceEpoch: start), Instant(secondsSinceEpoch: start + length)))
    }
    let (sum, queryTime) = measure { () -> Int64 in
        var total: Int64 = 0
        for (from, to) in queries { total &+= calendar.openMinutes(from: from, to: to) }
        return total
    }
    print("1,000,000 open-minute queries (intervals up to 30 days): \(milliseconds(queryTime)) (checksum \(sum))")
}

/// Writes incidents.csv, maintenance.csv and inquiries.csv with `count` rows each in 2024-03
/// (plus history from the fiscal year), for timing `teishutsu sla` on large logs.
func generateLogs(folder: String, count: Int) throws {
    var random = Random(state: 0x2545_F491_4F6C_DD1D &+ UInt64(count))
    let month = Instant(date: CivilDate(year: 2024, month: 3, day: 1)!).secondsSinceEpoch
    let monthSeconds = 31 * 86_400
    func time(_ t: Int64) -> String {
        let s = Instant(secondsSinceEpoch: t)
        let sec = s.japanSecondOfDay
        let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return s.japanDate.iso + "T" + two(sec / 3600) + ":" + two(sec / 60 % 60) + ":" + two(sec % 60)
    }
    let impacts = ["stop", "partial", "misprocessing", "minor", "minor", "minor"]
    var incidents = "id,occurred_at,recovered_at,impact,summary,response,countermeasure\n"
    var maintenance = "id,start,end,reason\n"
    var inquiries = "id,asked_at,asked_by,subject,answered_at,answered_by,answer\n"
    incidents.reserveCapacity(count * 120)
    inquiries.reserveCapacity(count * 140)
    for i in 0..<count {
        let start = month - 86_400 * 2 + Int64(random.below(monthSeconds + 86_400 * 2))
        let length = Int64(60 + random.below(6 * 3600))
        let recovered = random.below(50) == 0 ? "" : time(start + length)
        incidents += "INC-\(i),\(time(start)),\(recovered),\(impacts[random.below(impacts.count)]),障害の内容 \(i),対応 \(i),恒久対策 \(i)\n"
        let asked = month - 86_400 * 3 + Int64(random.below(monthSeconds + 86_400 * 3))
        let answered = random.below(40) == 0 ? "" : time(asked + Int64(random.below(5 * 86_400)))
        inquiries += "Q-\(i),\(time(asked)),県 担当者 \(i % 97),問合せ \(i),\(answered),回答者 \(i % 7),回答 \(i)\n"
    }
    for i in 0..<max(1, count / 100) {
        let start = month + Int64(random.below(monthSeconds))
        maintenance += "MNT-\(i),\(time(start)),\(time(start + Int64(1800 + random.below(7200)))),計画メンテナンス\n"
    }
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try incidents.write(toFile: folder + "/incidents.csv", atomically: false, encoding: .utf8)
    try maintenance.write(toFile: folder + "/maintenance.csv", atomically: false, encoding: .utf8)
    try inquiries.write(toFile: folder + "/inquiries.csv", atomically: false, encoding: .utf8)
}

let arguments = CommandLine.arguments.dropFirst()
if arguments.first == "generate-logs" {
    let rest = Array(arguments.dropFirst())
    guard rest.count == 2, let count = Int(rest[1]) else {
        StandardOutput.writeError("usage: teishutsu-bench generate-logs FOLDER ROWS\n")
        exit(2)
    }
    try generateLogs(folder: rest[0], count: count)
    exit(0)
}
let suites = arguments.isEmpty ? ["calendar"] : Array(arguments)
for suite in suites {
    switch suite {
    case "calendar": try calendarBenchmark()
    case "render": try renderBenchmark(folder: "samples/demo")
    default:
        StandardOutput.writeError("unknown benchmark \(suite); expected: calendar or render\n")
        exit(2)
    }
}
