import LuaHost

extension LuaError {
    /// The error as lede prints it: `FILE:LINE: message`, then a short traceback.
    public var report: String {
        guard let traceback else { return message }
        // Frames inside lede's own library (and the `error` call that raised from it) say
        // nothing about the script; the message already names the function and argument.
        let frames = traceback.split(separator: "\n", omittingEmptySubsequences: false).filter { frame in
            !frame.hasSuffix("[C]: in ?") && frame != "\t(...tail calls...)" && !frame.hasPrefix("\tlede/")
                && !frame.hasSuffix("[C]: in function 'error'")
        }
        // "stack traceback:" over no frame of the script's says nothing.
        guard frames.count > 1 else { return message }
        return ([message] + frames.map(String.init)).joined(separator: "\n")
    }
}
