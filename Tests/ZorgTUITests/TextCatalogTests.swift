import CaseModel
import Foundation
import Testing
@testable import ZorgTUI

/// The text catalog (`Sources/ZorgTUI/Localization/Texts/`) and the Swift keys that name its texts. The catalog
/// replaced exhaustive `switch`es, so what the compiler used to check is checked here: every key has a text in
/// every language, the languages agree on each text's placeholders, no text is without a key, and every value
/// the code fills in is a placeholder of its text.
@Suite("Text catalog")
struct TextCatalogTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let texts = root.appendingPathComponent("Sources/ZorgTUI/Localization/Texts")

    /// Every language's compiled-in catalog, read (a problem fails the test that reads it).
    static let catalogs: [(language: Language, catalog: TextCatalog)] = Language.allCases.compactMap { language in
        TextCatalog.compiledInText(language).flatMap { try? TextCatalog.read($0, file: TextCatalog.fileName(language)) }
            .map { (language, $0) }
    }

    static func entries(_ catalog: TextCatalog) -> [(section: String, name: String, entry: TextCatalog.Entry)] {
        catalog.sections.flatMap { section, names in names.map { (section, $0.key, $0.value) } }
    }

    /// The placeholders of an entry, by plural form (`other` for a text without forms).
    static func placeholders(_ entry: TextCatalog.Entry) -> [PluralForm: Set<String>] {
        switch entry {
        case .text(let text): [.other: Set(Placeholders.names(in: text))]
        case .plural(let forms): forms.mapValues { Set(Placeholders.names(in: $0)) }
        }
    }

    @Test("every language's catalog is compiled in, reads without a problem, and is the repository's file")
    func everyCatalogReads() throws {
        for language in Language.allCases {
            let text = try #require(TextCatalog.compiledInText(language), "no catalog compiled in for \(language)")
            let file = Self.texts.appendingPathComponent(TextCatalog.fileName(language))
            #expect(text == (try String(contentsOf: file, encoding: .utf8)), "\(file.lastPathComponent): rebuild to embed it again")
            do {
                let catalog = try TextCatalog.read(text, file: TextCatalog.fileName(language))
                #expect(catalog == TextCatalog.of(language), "the catalog the program uses is the one read here")
            } catch {
                Issue.record("\(error)")
            }
        }
        #expect(Self.catalogs.count == Language.allCases.count)
    }

    @Test("every key of every enum has a text in every language; a plain text has no placeholder and no forms")
    func everyKeyHasATextInEveryLanguage() {
        #expect(CatalogKeys.keys.count > 700)
        for (language, catalog) in Self.catalogs {
            for key in CatalogKeys.keys {
                guard let entry = catalog.entry(key.section, key.name) else {
                    Issue.record("\(TextCatalog.fileName(language)): no text for \(key.section).\(key.name)")
                    continue
                }
                if key.plain, !Self.isPlain(entry) {
                    Issue.record("\(TextCatalog.fileName(language)): \(key.section).\(key.name) is shown as it stands: no {…}, no forms")
                }
            }
        }
    }

    /// A text without placeholders and without plural forms.
    static func isPlain(_ entry: TextCatalog.Entry) -> Bool {
        guard case .text(let text) = entry else { return false }
        return Placeholders.names(in: text).isEmpty
    }

    static func hasForms(_ entry: TextCatalog.Entry) -> Bool {
        if case .plural = entry { return true }
        return false
    }

    @Test("the languages have the same texts, with the same placeholders, and the plural forms each language needs")
    func languagesAgree() throws {
        let (reference, nl) = try #require(Self.catalogs.first { $0.language == .nl })
        for (language, catalog) in Self.catalogs {
            let names = Set(Self.entries(catalog).map { "\($0.section).\($0.name)" })
            let theirs = Set(Self.entries(nl).map { "\($0.section).\($0.name)" })
            #expect(names == theirs, """
                \(TextCatalog.fileName(language)) has \(names.subtracting(theirs).sorted()), which \(TextCatalog.fileName(reference)) \
                lacks, and lacks \(theirs.subtracting(names).sorted())
                """)
            for item in Self.entries(catalog) {
                let place = "\(TextCatalog.fileName(language)): \(item.section).\(item.name)"
                guard let other = nl.entry(item.section, item.name) else { continue }
                let mine = Self.placeholders(item.entry), theirs = Self.placeholders(other)
                #expect(mine[.other] == theirs[.other], "\(place): placeholders \(mine[.other] ?? []) where \(reference) has \(theirs[.other] ?? [])")
                if case .plural(let forms) = item.entry {
                    #expect(Set(forms.keys) == language.pluralForms, "\(place): the forms are \(language.pluralForms.map(\.rawValue).sorted())")
                    for (form, used) in mine { #expect(used.isSubset(of: mine[.other] ?? []), "\(place).\(form.rawValue): a placeholder 'other' lacks") }
                }
                #expect(Self.hasForms(item.entry) == Self.hasForms(other), "\(place): a text with forms in one language and without in another")
            }
        }
    }

    @Test("no text of the catalog is unused: each is a key of an enum, or a known name of a section of data")
    func noTextIsUnused() {
        let keys = Set(CatalogKeys.keys.map { "\($0.section).\($0.name)" })
        for (language, catalog) in Self.catalogs {
            for item in Self.entries(catalog) where !keys.contains("\(item.section).\(item.name)") {
                let place = "\(TextCatalog.fileName(language)): \(item.section).\(item.name)"
                #expect(CatalogKeys.dataNames(item.section)?.contains(item.name) == true, "\(place) is no key of any enum (CatalogKeys) nor a known name")
                #expect(Self.isPlain(item.entry), "\(place): a word shown as it stands: no {…}, no forms")
            }
            #expect(catalog.sections["ethos"].map { Set($0.keys) } == CatalogKeys.dataNames("ethos"), "every ETHOS category has words")
        }
    }

    @Test("every enum that names texts of the catalog is in CatalogKeys, so the tests above see its keys")
    func everyKeyEnumIsKnown() throws {
        let pattern = try NSRegularExpression(pattern: #"(?:enum (\w+): String, |extension ([\w.]+): )Catalog(?:Text|Template)\b"#)
        var declared = Set<String>()
        for (_, source) in try Self.sources(under: "Sources/ZorgTUI") {
            for match in pattern.matches(in: source, range: NSRange(source.startIndex..., in: source)) {
                let range = match.range(at: 1).location != NSNotFound ? match.range(at: 1) : match.range(at: 2)
                declared.insert(String(source[Range(range, in: source)!].split(separator: ".").last!))
            }
        }
        #expect(declared.count > 50)
        #expect(declared == Set(CatalogKeys.all.map { String(describing: $0) }))
    }

    @Test("every fill(Key.case, …) in Localization gives exactly the placeholders of that key's texts")
    func everyFillGivesThePlaceholders() throws {
        let types = Dictionary(uniqueKeysWithValues: CatalogKeys.all.map { (String(describing: $0), $0.catalogSection) })
        var checked = 0
        for (file, source) in try Self.sources(under: "Sources/ZorgTUI/Localization") {
            for call in FillCall.all(in: source) {
                guard let section = types[call.type] else { Issue.record("\(file): fill(\(call.type).\(call.name)): no such key enum"); continue }
                for (language, catalog) in Self.catalogs {
                    guard let entry = catalog.entry(section, call.name) else { continue }  // reported by everyKeyHasATextInEveryLanguage
                    let wanted = Self.placeholders(entry).values.reduce(Set<String>()) { $0.union($1) }
                    #expect(call.names == wanted, "\(file): fill(\(call.type).\(call.name)) gives \(call.names.sorted()), the \(language) text has \(wanted.sorted())")
                }
                checked += 1
            }
        }
        #expect(checked > 150, "the calls were found")
    }

    static func sources(under folder: String) throws -> [(String, String)] {
        let base = root.appendingPathComponent(folder)
        let walk = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)
        return try (walk?.compactMap { $0 as? URL } ?? []).filter { $0.pathExtension == "swift" }.sorted { $0.path < $1.path }
            .map { ($0.lastPathComponent, try String(contentsOf: $0, encoding: .utf8)) }
    }
}

/// A call `fill(Type.name, count: …, ["a": …, "b": …])` in a source, as the test reads it: the key, and the names
/// of the values it gives (`count` for a count). Calls whose key is computed (`fill(X.self, caseOf: …)`,
/// `fill(cond ? … : …)`) are left out.
struct FillCall {
    var type: String, name: String, names: Set<String>

    static func all(in source: String) -> [FillCall] {
        var calls: [FillCall] = []
        var rest = source[...]
        while let found = rest.range(of: "fill(") {
            defer { rest = rest[found.upperBound...] }
            let before = rest[..<found.lowerBound].last
            guard before.map({ !$0.isLetter && !$0.isNumber && $0 != "_" }) ?? true,
                  !rest[..<found.lowerBound].hasSuffix("func "), let arguments = arguments(source[found.upperBound...]) else { continue }
            let key = arguments[0].split(separator: ".").map(String.init)
            guard key.count == 2, key.allSatisfy({ $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } }), key[1] != "self" else { continue }
            var names = Set<String>()
            for argument in arguments.dropFirst() {
                if argument.hasPrefix("count:") { names.insert("count") }
                if argument.hasPrefix("[") { names.formUnion(quotedNames(argument)) }
            }
            calls.append(FillCall(type: key[0], name: key[1], names: names))
        }
        return calls
    }

    /// The arguments up to the closing parenthesis, split at the commas outside brackets and string literals.
    static func arguments(_ text: Substring) -> [String]? {
        var parts: [String] = [], current = "", depth = 0, inString = false, escaped = false
        for ch in text {
            if inString {
                current.append(ch)
                if escaped { escaped = false } else if ch == "\\" { escaped = true } else if ch == "\"" { inString = false }
                continue
            }
            switch ch {
            case "\"": inString = true
            case "(", "[", "{": depth += 1
            case ")" where depth == 0:
                parts.append(current.trimmingCharacters(in: .whitespacesAndNewlines))
                return parts
            case ")", "]", "}": depth -= 1
            case "," where depth == 0:
                parts.append(current.trimmingCharacters(in: .whitespacesAndNewlines))
                current = ""
                continue
            default: break
            }
            current.append(ch)
        }
        return nil
    }

    static func quotedNames(_ dictionary: String) -> Set<String> {
        let pattern = try! NSRegularExpression(pattern: #""(\w+)"\s*:"#)
        return Set(pattern.matches(in: dictionary, range: NSRange(dictionary.startIndex..., in: dictionary)).map {
            String(dictionary[Range($0.range(at: 1), in: dictionary)!])
        })
    }
}
