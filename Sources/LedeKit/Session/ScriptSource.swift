/// Where a script comes from.
public enum ScriptSource: Equatable {
    case file(String)
    case standardInput
    /// Code given on the command line (`-e`), named `(command line)` in messages.
    case code(String)
}
