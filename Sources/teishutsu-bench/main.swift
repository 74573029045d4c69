import Foundation
import JapaneseCalendar

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

let arguments = CommandLine.arguments.dropFirst()
let suites = arguments.isEmpty ? ["calendar"] : Array(arguments)
for suite in suites {
    switch suite {
    case "calendar": try calendarBenchmark()
    default:
        FileHandle.standardError.write(Data("unknown benchmark \(suite); expected: calendar\n".utf8))
        exit(2)
    }
}
