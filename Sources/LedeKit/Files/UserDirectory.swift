import Foundation

/// Where lede keeps a user's files, as the XDG Base Directory specification says: the
/// folder a `XDG_…_HOME` variable names when it is an absolute path (the specification
/// says to ignore a relative one), else its default under the home directory; `lede`
/// inside either.
public enum UserDirectory: Sendable {
    case cache, config, state

    private var variable: String {
        switch self {
        case .cache: "XDG_CACHE_HOME"
        case .config: "XDG_CONFIG_HOME"
        case .state: "XDG_STATE_HOME"
        }
    }

    private var fallback: String {
        switch self {
        case .cache: ".cache"
        case .config: ".config"
        case .state: ".local/state"
        }
    }

    /// nil when neither the variable nor a home directory (`HOME`) is set.
    public func path(in environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let value = environment[variable], value.hasPrefix("/") { return value + "/lede" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/" + fallback + "/lede"
    }
}
