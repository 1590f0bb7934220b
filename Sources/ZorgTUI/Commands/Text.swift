/// Picks the Dutch or English form of a command-line message.
struct Text: Sendable {
    var language: Language
    init(_ language: Language) { self.language = language }
    func callAsFunction(_ nl: String, _ en: String) -> String { language == .en ? en : nl }
}
