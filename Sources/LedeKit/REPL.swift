import Foundation
import LuaHost

/// The interactive loop: read a chunk, evaluate it, print its values, keep going.
///
/// As `lua.c` does, a line is first compiled as `return <line>;` so that an expression
/// prints its value; failing that, as a statement. A syntax error at `<eof>` means the
/// chunk is incomplete, and the next line continues it.
public final class REPL {
    let session: Session
    let editor = LineEditor()
    let prompt = "lede> "
    let continuation = " ...> "

    public init(session: Session) {
        self.session = session
    }

    public func run() {
        while let chunk = readChunk() {
            editor.addHistory(chunk.source)
            evaluate(chunk.function)
        }
        print()
    }

    /// Reads lines until they form a complete chunk; returns nil at end of input.
    /// A chunk that does not compile is reported and an empty one returned.
    private func readChunk() -> (source: String, function: LuaReference?)? {
        guard var source = editor.readLine(prompt: prompt) else { return nil }
        while true {
            if let expression = try? session.lua.load("return " + source + ";", chunkName: "=stdin") {
                return (source, expression)
            }
            do {
                return (source, try session.lua.load(source, chunkName: "=stdin"))
            } catch where error.kind == .syntax && error.message.hasSuffix("<eof>") {
                guard let more = editor.readLine(prompt: continuation) else { return nil }
                source += "\n" + more
            } catch {
                report(error)
                return (source, nil)
            }
        }
    }

    private func evaluate(_ function: LuaReference?) {
        guard let function else { return }
        do {
            let results = try session.call(function)
            if !results.isEmpty {
                print(try session.display(results))
            }
        } catch {
            report(error)
        }
    }

    private func report(_ error: LuaError) {
        FileHandle.standardError.write(Data((error.report + "\n").utf8))
    }
}
