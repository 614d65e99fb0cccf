import LuaHost

extension LedeFailure {
    /// The exit code and message for an error a script's run ended with: a limit says
    /// which option it was; `quiet` drops the traceback. nil for `os.exit(0)`, which is
    /// success.
    public init?(script error: LuaError, limits: RunLimits, quiet: Bool) {
        var error = error
        if quiet { error.traceback = nil }
        switch error.kind {
        case .exit(0):
            return nil
        case .exit(let status):
            self = .scriptExit(status)
        case .file:
            self.init(.usage, error.report, fromLede: false)
        case .timeout:
            error.message += " (--timeout \(RunLimits.seconds(limits.timeout ?? 0)))"
            self.init(.limit, error.report, fromLede: false)
        case .memory:
            if let memory = limits.memory { error.message += " (--memory \(memory))" }
            self.init(.limit, error.report, fromLede: false)
        case .interrupted:
            self.init(.interrupted, error.report, fromLede: false)
        case .syntax, .runtime, .conversion:
            self.init(.script, error.report, fromLede: false)
        }
    }
}
