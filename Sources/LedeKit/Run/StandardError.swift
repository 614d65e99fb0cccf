import Foundation

/// Every message lede writes to standard error passes here, and only here gets lede's
/// name before it, as lua.c's `l_message` does. (The watchdog, ending a stuck process,
/// writes its one line itself.)
public func report(_ message: String) {
    FileHandle.standardError.write(Data("lede: \(message)\n".utf8))
}
