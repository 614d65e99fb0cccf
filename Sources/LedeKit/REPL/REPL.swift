import Foundation
import LuaHost

/// The interactive loop: read a chunk, evaluate it, show its values, keep going.
///
/// As `lua.c` does, a chunk is first compiled as `return <chunk>;` so that an expression
/// prints its value; failing that, as a statement. A syntax error at `<eof>` means the
/// chunk is incomplete, and the next line continues it. Lines starting with `.` are
/// commands, as in sqlite3's shell.
public final class REPL {
    private var session: Session
    private let reload: () throws -> Session
    private let settings: REPLSettings
    private var editor: LineEditor?
    private var timer = false
    private var mode = "table"
    private var redirect: StandardOutputFile?
    private var redirectOnce = false
    /// Set when a script calls os.exit: the REPL ends with this status.
    private var exitStatus: Int32?

    public static let modes = ["table", "csv", "json", "markdown"]

    /// `reload` reads the corpus again for `.reload`.
    public init(session: Session, settings: REPLSettings, reload: @escaping () throws -> Session) {
        self.session = session
        self.settings = settings
        self.reload = reload
        mode = settings.mode
    }

    /// Runs until end of input, `.quit` or `os.exit`; returns the exit status.
    public func run() -> Int32 {
        editor = LineEditor { [weak self] before in self?.complete(before) }
        if let path = settings.historyPath {
            try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                     withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            editor?.loadHistory(from: path)
        }
        print(banner())
        if let initFile = settings.initFile, FileManager.default.fileExists(atPath: initFile) {
            execute(.file(initFile))
        }
        loop: while exitStatus == nil {
            switch readChunk() {
            case .end: break loop
            case .interrupted: continue
            case .command(let line):
                remember(line)
                if !command(line) { break loop }
            case .chunk(let source, let function):
                remember(source)
                if let function { evaluate(function) }
            }
        }
        finishRedirect()
        if exitStatus == nil { print() }
        return exitStatus ?? 0
    }

    // MARK: Reading

    private enum Entry {
        case chunk(source: String, function: LuaReference?)
        case command(String)
        case interrupted
        case end
    }

    private func prompt(_ text: String) -> String {
        settings.colour ? "\u{1}\u{1B}[1;32m\u{1}\(text)\u{1}\u{1B}[0m\u{1} " : text + " "
    }

    /// Reads lines until they form a complete chunk. A chunk that does not compile is
    /// reported and comes back without a function.
    private func readChunk() -> Entry {
        guard let editor else { return .end }
        var source: String
        switch editor.read(prompt: prompt("lede>")) {
        case .end: return .end
        case .interrupted: return .interrupted
        case .line(let line): source = line
        }
        if source.trimmingCharacters(in: .whitespaces).hasPrefix(".") { return .command(source) }
        if source.trimmingCharacters(in: .whitespaces).isEmpty { return .chunk(source: "", function: nil) }
        while true {
            let code = SessionLocals.rewrite(source)
            if let expression = session.compileExpression(code, chunkName: "=stdin") {
                return .chunk(source: source, function: expression)
            }
            do {
                return .chunk(source: source, function: try session.lua.load(code, chunkName: "=stdin"))
            } catch where error.kind == .syntax && error.message.hasSuffix("<eof>") {
                switch editor.read(prompt: prompt(" ...>")) {
                case .end: return .end
                case .interrupted: return .interrupted
                case .line(let more): source += "\n" + more
                }
            } catch {
                report(error)
                return .chunk(source: source, function: nil)
            }
        }
    }

    /// Adds an entry to the history and saves it at once, so that a crash loses nothing.
    private func remember(_ entry: String) {
        guard !entry.trimmingCharacters(in: .whitespaces).isEmpty, let editor else { return }
        editor.addHistory(entry)
        if let path = settings.historyPath { editor.saveHistory(to: path) }
    }

    private func complete(_ before: String) -> (replace: Int, candidates: [String])? {
        let trimmed = before.drop { $0 == " " }
        if trimmed.hasPrefix("."), !trimmed.contains(" ") {
            let typed = String(trimmed)
            let names = Self.commands.map { "." + $0.name }.filter { $0.hasPrefix(typed) }.sorted()
            return names.isEmpty ? nil : (typed.utf8.count, names)
        }
        if trimmed.hasPrefix(".mode ") {
            let typed = String(trimmed.dropFirst(".mode ".count).drop { $0 == " " })
            let modes = Self.modes.filter { $0.hasPrefix(typed) }
            return modes.isEmpty ? nil : (typed.utf8.count, modes)
        }
        return session.completions(before: before)
    }

    // MARK: Evaluating

    private func evaluate(_ function: LuaReference) {
        let clock = ContinuousClock()
        let start = clock.now
        var failed = false
        do {
            let results = try session.call(function)
            let elapsed = clock.now - start
            if let first = results.first {
                session.lua.setGlobal("_", first)
                print(try session.display(results, mode: mode))
            }
            if timer { reportTime(elapsed, rows: results.first) }
        } catch {
            report(error)
            failed = true
        }
        fflush(nil)  // all C streams: Lua's io.write and Swift's print share stdout
        // `.once FILE` then an error: the file is left as it was, not emptied or half-written.
        if redirectOnce { finishRedirect(keep: !failed) }
    }

    private func execute(_ source: ScriptSource) {
        do {
            try session.run(source)
        } catch {
            report(error)
        }
        fflush(nil)
    }

    private func reportTime(_ elapsed: Duration, rows value: LuaValue?) {
        let milliseconds = elapsed.seconds * 1e3
        var line = String(format: "time %.2f ms", milliseconds)
        if let value, case .reference(let reference) = value, reference.type == .table,
           let count = try? session.lua.run("return #(...)", chunkName: "=timer", arguments: [value]).first?.integerValue {
            line += " · \(count) rows"
        }
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    private func report(_ error: LuaError) {
        if case .exit(let status) = error.kind {
            exitStatus = status
            return
        }
        let text = settings.colour && isatty(STDERR_FILENO) != 0 ? "\u{1B}[31m\(error.report)\u{1B}[0m" : error.report
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    private func say(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    // MARK: Commands

    struct Command {
        let name: String
        let usage: String
        let summary: String
    }

    static let commands: [Command] = [
        Command(name: "help", usage: ".help", summary: "List these commands (help() is the Lua API's help)."),
        Command(name: "load", usage: ".load FILE", summary: "Run a Lua script in this session."),
        Command(name: "reload", usage: ".reload", summary: "Read the corpus again into a fresh session (variables are lost)."),
        Command(name: "timer", usage: ".timer on|off", summary: "Print the time and row count of each result."),
        Command(name: "mode", usage: ".mode table|csv|json|markdown", summary: "How results print: show's table, or CSV, JSON, Markdown."),
        Command(name: "output", usage: ".output [FILE]", summary: "Send output to FILE (atomically) until .output alone."),
        Command(name: "once", usage: ".once FILE", summary: "Send the next result to FILE."),
        Command(name: "corpus", usage: ".corpus", summary: "What is loaded: paths and counts."),
        Command(name: "quit", usage: ".quit", summary: "Leave (Ctrl-D does too)."),
    ]

    /// Runs a dot-command; false when the REPL should stop.
    private func command(_ line: String) -> Bool {
        let words = line.trimmingCharacters(in: .whitespaces).dropFirst().split(separator: " ", maxSplits: 1).map(String.init)
        let name = words.first ?? ""
        let argument = words.count > 1 ? words[1].trimmingCharacters(in: .whitespaces) : nil
        switch (name, argument) {
        case ("help", _):
            for line in ColumnAligner.lines(Self.commands.map { [$0.usage, $0.summary] }) { print(line) }
        case ("quit", _), ("exit", _):
            return false
        case ("load", let path?):
            execute(.file(path))
        case ("reload", nil):
            do {
                session = try reload()
                say("reloaded: \(summary(of: session))")
            } catch {
                say("\(error)")
            }
        case ("timer", "on"), ("timer", "off"):
            timer = argument == "on"
        case ("mode", let chosen?) where Self.modes.contains(chosen):
            mode = chosen
        case ("mode", nil):
            print(mode)
        case ("output", nil):
            finishRedirect()
        case ("output", let path?), ("once", let path?):
            finishRedirect()
            do {
                redirect = try StandardOutputFile(path: path)
                redirectOnce = name == "once"
            } catch {
                say("\(error)")
            }
        case ("corpus", nil):
            print(summary(of: session))
            for path in session.corpus.paths { print("  " + path) }
        default:
            let known = Self.commands.first { $0.name == name }
            say(known.map { "usage: \($0.usage)" } ?? "unknown command .\(name); .help lists them")
        }
        fflush(nil)
        return true
    }

    /// What the analyst has in front of them, and where to start.
    private func banner() -> String {
        let paths = session.corpus.paths.joined(separator: ", ")
        return "lede \(LedeVersion.release) · \(paths): \(summary(of: session))"
            + " · help() for the API, .help for commands"
    }

    private func summary(of session: Session) -> String {
        let corpus = session.corpus
        return "\(corpus.articles.count) articles, \(corpus.actors.count) actors, \(corpus.claims.count) claims, "
            + "\(corpus.quantities.count) quantities from \(corpus.files.count) files"
    }

    private func finishRedirect(keep: Bool = true) {
        guard let current = redirect else { return }
        redirect = nil
        redirectOnce = false
        guard keep else {
            current.discard()
            say("nothing written to \(current.path): the result was an error")
            return
        }
        do {
            try current.commit()
        } catch {
            say("\(error)")
        }
    }
}
