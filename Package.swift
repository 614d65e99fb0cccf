// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "lede",
    // Linux only: the code calls Glibc, and the system libraries of a Debian machine, directly.
    products: [
        .executable(name: "lede", targets: ["lede"]),
        .library(name: "LedeKit", targets: ["LedeKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(name: "CLua", pkgConfig: "lua5.4", providers: [.apt(["liblua5.4-dev"])]),
        .systemLibrary(name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .target(name: "CLuaShim", dependencies: ["CLua"]),
        .target(name: "CLineEditor", dependencies: ["CEditLine"]),
        .target(name: "SQLite", dependencies: ["CSQLite"]),
        .target(
            name: "Corpus",
            dependencies: ["SQLite"],
            // The built-in actors and the general English that actor finding reads, compiled in like the Lua library.
            resources: ["builtin-actors", "ordinary-words", "given-names", "places"].map { .embedInCode("Actors/Data/\($0).txt") }
        ),
        .target(name: "LuaHost", dependencies: ["CLua", "CLuaShim"]),
        .target(
            name: "LedeKit",
            dependencies: ["Corpus", "LuaHost", "CLineEditor", "SQLite"],
            // lede's Lua library, compiled into the binary so that it needs no files at run time.
            resources: ["core", "corpus", "text", "show", "output", "help", "complete", "environment"].map { .embedInCode("Lua/\($0).lua") }
        ),
        .executableTarget(
            name: "lede",
            dependencies: ["LedeKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "CorpusTests", dependencies: ["Corpus", "SQLite"], exclude: ["Gold", "HeldOut"]),
        .testTarget(name: "LuaHostTests", dependencies: ["LuaHost"]),
        .testTarget(name: "LedeKitTests", dependencies: ["LedeKit", "SQLite"], exclude: ["Fixtures"]),
        .testTarget(name: "EndToEndTests", dependencies: ["lede", "SQLite"]),
    ]
)
