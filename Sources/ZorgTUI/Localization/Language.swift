/// The language of everything the UI shows. Dutch by default (`--lang nl|en`).
enum Language: String, CaseIterable, Sendable {
    case nl, en
}
