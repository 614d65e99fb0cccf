import Foundation

/// Where the REPL keeps its history and finds its init file, from the environment.
public struct REPLSettings {
    /// nil: no history is read or written.
    public var historyPath: String?
    /// Run at start-up when the file exists; nil: none.
    public var initFile: String?
    /// Colour for prompts and errors (table headers: `show` decides for itself).
    public var colour: Bool
    /// How results print at start (`.mode` changes it): one of `REPL.modes`.
    public var mode = "table"

    public init(historyPath: String?, initFile: String?, colour: Bool) {
        self.historyPath = historyPath
        self.initFile = initFile
        self.colour = colour
    }

    /// `LEDE_HISTORY` (empty: no history), else `$XDG_STATE_HOME/lede/history`, else
    /// `~/.local/state/lede/history`; `$XDG_CONFIG_HOME/lede/init.lua`, else
    /// `~/.config/lede/init.lua`. Colour only on a terminal and without `NO_COLOR`.
    public static func from(environment: [String: String], runInit: Bool) -> REPLSettings {
        let history: String?
        if let override = environment["LEDE_HISTORY"] {
            history = override.isEmpty ? nil : override
        } else {
            history = UserDirectory.state.path(in: environment).map { $0 + "/history" }
        }
        let initFile = runInit ? UserDirectory.config.path(in: environment).map { $0 + "/init.lua" } : nil
        let colour = isatty(STDOUT_FILENO) != 0 && (environment["NO_COLOR"] ?? "").isEmpty
        return REPLSettings(historyPath: history, initFile: initFile, colour: colour)
    }
}
