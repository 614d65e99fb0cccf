import CLineEditor
import Foundation

/// Line input on libedit: editing, history, and completion through `complete`.
final class LineEditor {
    enum Input: Equatable {
        case line(String)
        /// Ctrl-C: the line was abandoned.
        case interrupted
        case end
    }

    private let editor: OpaquePointer
    private let completion: Completion

    /// Holds the completion function where the C callback can reach it (through libedit's
    /// client data, not a global).
    private final class Completion {
        let complete: (String) -> (replace: Int, candidates: [String])?
        init(_ complete: @escaping (String) -> (replace: Int, candidates: [String])?) { self.complete = complete }
    }

    init?(complete: @escaping (String) -> (replace: Int, candidates: [String])?) {
        guard let editor = lede_editor_open("lede") else { return nil }
        self.editor = editor
        completion = Completion(complete)
        lede_editor_set_completion(editor, { context, before in
            guard let context, let before else { return nil }
            let completion = Unmanaged<LineEditor.Completion>.fromOpaque(context).takeUnretainedValue()
            guard let answer = completion.complete(String(cString: before)), !answer.candidates.isEmpty else { return nil }
            return strdup(([String(answer.replace)] + answer.candidates).joined(separator: "\n"))
        }, Unmanaged.passUnretained(completion).toOpaque())
    }

    deinit {
        lede_editor_close(editor)
    }

    /// The next line; `prompt` may hold terminal escapes between \u{1} markers.
    func read(prompt: String) -> Input {
        var interrupted: Int32 = 0
        guard let line = lede_editor_read(editor, prompt, &interrupted) else {
            return interrupted != 0 ? .interrupted : .end
        }
        defer { free(line) }
        return .line(String(cString: line))
    }

    // MARK: History

    func addHistory(_ entry: String) { lede_history_add(editor, entry) }
    func loadHistory(from path: String) { _ = lede_history_load(editor, path) }
    @discardableResult
    func saveHistory(to path: String) -> Bool { lede_history_save(editor, path) == 0 }
}
