import FuzzTargets
import Foundation

// One executable for every fuzz target: TEISHUTSU_FUZZ_TARGET names the target.
// Built by scripts/fuzz.sh with -sanitize=fuzzer,address -DFUZZING, libFuzzer drives it; built
// plainly, it replays the files given: teishutsu-fuzz TARGET FILE...

#if FUZZING
import CFuzzSupport

let target = ProcessInfo.processInfo.environment["TEISHUTSU_FUZZ_TARGET"] ?? ""
guard FuzzTargets.names.contains(target) else {
    FileHandle.standardError.write(Data("TEISHUTSU_FUZZ_TARGET must be one of \(FuzzTargets.names.joined(separator: ", "))\n".utf8))
    exit(2)
}
let callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32 = { data, size in
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzTargets.run(ProcessInfo.processInfo.environment["TEISHUTSU_FUZZ_TARGET"] ?? "", bytes)
    return 0
}
FuzzTargets.warmUp()
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, callback))
#else
let arguments = CommandLine.arguments.dropFirst()
guard let target = arguments.first, FuzzTargets.names.contains(target) else {
    FileHandle.standardError.write(Data("usage: teishutsu-fuzz TARGET FILE... (TARGET: \(FuzzTargets.names.joined(separator: ", ")))\n".utf8))
    exit(2)
}
for path in arguments.dropFirst() {
    guard let data = FileManager.default.contents(atPath: path) else { continue }
    FuzzTargets.run(target, Array(data))
}
#endif
