import TeishutsuKit

/// The arguments of the commonest runs, read without ArgumentParser.
///
/// ArgumentParser reflects over the options of every command before it reads a word: about 17
/// million instructions, 2 to 3 ms of a `validate` that takes 20 (callgrind, perf), 4 to 5 ms of `sla`.
/// `--version`, and `validate`, `build` and `sla` with plain arguments, are read here instead: words, and the options
/// the command declares as `--name value` or `--name=value` (`-o value` for `build`'s output). Anything else
/// goes to ArgumentParser, which reads, checks and explains it as before: `--help`, an unknown or
/// misspelt option, an option or flag given twice, a value that starts with "-", `--`, a missing
/// value or `--name=` with nothing after it, and every value the command's own checks refuse.
/// QuickArgumentsTests proves that both readings agree wherever this one reads.
enum QuickArguments {
    /// The command `arguments` (without the program's name) ask for, when they are plain.
    static func command(_ arguments: [String]) -> (any CommandRun)? {
        guard let name = arguments.first else { return nil }
        let rest = Array(arguments.dropFirst())
        switch name {
        case "validate": return ValidateSettings(quick: rest)
        case "build": return BuildSettings(quick: rest)
        case "sla": return SLASettings(quick: rest)
        // What ArgumentParser prints for it, without its reading of every command first.
        case "--version" where rest.isEmpty: return VersionRun()
        default: return nil
        }
    }

    /// What one command's arguments say.
    struct Read {
        private(set) var words: [String] = []
        private var given: [String: [String]] = [:]
        /// A value could not be read as what its option takes.
        private(set) var refused = false

        /// Splits `arguments` by the options a command declares; nil when they are not plain.
        init?(_ arguments: [String], flags: [String], values: [String], lists: [String] = [], short: [String: String] = [:]) {
            var index = 0
            while index < arguments.count {
                let argument = arguments[index]
                index += 1
                guard argument.hasPrefix("-") else {
                    words.append(argument)
                    continue
                }
                var name = short[argument] ?? argument
                var inline: String?
                if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                    name = String(argument[..<equals])
                    inline = String(argument[argument.index(after: equals)...])
                }
                guard given[name] == nil || lists.contains(name) else { return nil }
                if flags.contains(name) {
                    guard inline == nil else { return nil }
                    given[name] = []
                    continue
                }
                guard values.contains(name) || lists.contains(name) else { return nil }
                let value: String
                if let inline {
                    // `--name=` with nothing after it: ArgumentParser takes the next word, or
                    // says a value is missing.
                    guard !inline.isEmpty else { return nil }
                    value = inline
                } else {
                    guard index < arguments.count else { return nil }
                    value = arguments[index]
                    index += 1
                }
                guard !value.hasPrefix("-") else { return nil }
                given[name, default: []].append(value)
            }
        }

        func flag(_ name: String) -> Bool { given[name] != nil }
        func value(_ name: String) -> String? { given[name]?.first }
        func list(_ name: String) -> [String] { given[name] ?? [] }

        /// The option's value made into what it takes; a value that is not one is refused.
        mutating func value<T>(_ name: String, as make: (String) -> T?) -> T? {
            guard let text = value(name) else { return nil }
            guard let made = make(text) else {
                refused = true
                return nil
            }
            return made
        }
    }
}

/// A command ready to run, whichever reader read its arguments.
protocol CommandRun {
    func run() throws
}

/// `teishutsu --version`: the version and a line break, as ArgumentParser writes it.
struct VersionRun: CommandRun {
    func run() {
        print(TeishutsuKit.Teishutsu.version)
    }
}
