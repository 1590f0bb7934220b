import Foundation

/// The texts of one language, by section and name, as its catalog file in `Localization/Texts/` gives them. The
/// files are compiled into the program (the EmbedResources plugin), so `zorg` needs nothing beside it.
///
/// Each language's catalog is read once, the first time a text of that language is shown: a `static let` is
/// initialised lazily and exactly once, also when several threads ask at the same time.
struct TextCatalog: Sendable, Equatable {
    /// A text as it stands, or one form per count (`one`, `other`).
    enum Entry: Sendable, Equatable {
        case text(String)
        case plural([PluralForm: String])
    }

    let sections: [String: [String: Entry]]

    func entry(_ section: String, _ name: String) -> Entry? { sections[section]?[name] }

    /// The compiled-in catalog of `language`.
    static func of(_ language: Language) -> TextCatalog {
        switch language {
        case .nl: dutch
        case .en: english
        }
    }

    private static let dutch = compiledIn(.nl)
    private static let english = compiledIn(.en)

    /// The file of a language's catalog in `Localization/Texts/`.
    static func fileName(_ language: Language) -> String { language.rawValue + ".yaml" }

    /// The catalog file as compiled in; nil when the build has none for the language.
    static func compiledInText(_ language: Language) -> String? {
        guard let base64 = EmbeddedFiles.texts[fileName(language)], let data = Data(base64Encoded: base64) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// The compiled-in catalog, read. A catalog that cannot be read gives no texts (each shows its key instead);
    /// that never reaches a user: `TextCatalogTests` reads every language's catalog and fails on any problem.
    static func compiledIn(_ language: Language) -> TextCatalog {
        guard let text = compiledInText(language) else { return TextCatalog(sections: [:]) }
        return (try? read(text, file: fileName(language))) ?? TextCatalog(sections: [:])
    }
}
