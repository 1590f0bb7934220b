/// How the UI looks, from the command line (`--lang`, `--no-color`, `--plain`) and the environment (`NO_COLOR`).
struct UIOptions: Sendable, Equatable {
    var language: Language
    /// False with `--no-color` or a non-empty `NO_COLOR` (no-color.org): bold and reverse video only.
    var colors: Bool
    /// `--plain`: no box-drawing characters and a visible `>` at the selected row, for screen readers.
    var plain: Bool

    init(language: Language = .nl, noColor: Bool = false, plain: Bool = false,
         environment: [String: String] = ProcessEnvironment.all) {
        self.language = language
        self.colors = !noColor && (environment["NO_COLOR"] ?? "").isEmpty
        self.plain = plain
    }

    var strings: Strings { Strings(language: language) }
}
