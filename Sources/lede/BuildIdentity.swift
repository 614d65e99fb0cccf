import Foundation

/// Names this build of lede for the parse cache. Any rebuild or upgrade changes the
/// executable's size or modification time, so a cache never hands one build's extraction
/// results to another, whose rules may differ.
enum BuildIdentity {
    static var current: String {
        var info = stat()
        guard let executable = Bundle.main.executablePath, stat(executable, &info) == 0 else {
            // Unknown: a value no cache holds, so everything is extracted afresh.
            return "unknown-" + UUID().uuidString
        }
        return "\(info.st_size)-\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)-\(info.st_ino)"
    }
}
