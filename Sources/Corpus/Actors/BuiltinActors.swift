/// General world knowledge only: countries with their demonyms and capitals, and widely known
/// institutions, agencies, armed groups and news media. People are discovered from the text,
/// never listed here. The data is `Data/builtin-actors.txt`, compiled in like the other
/// lists, in the format analysts use for `--actors FILE` (see README).
enum BuiltinActors {
    static var text: String { String(decoding: PackageResources.builtin_actors_txt, as: UTF8.self) }
}
