/// How the screens' code reads the catalog: `text(.key)` for a text as it stands, `fill(.key, […])` for one with
/// values, `fill(.key, count: n)` for one with a form per count. A key the catalog lacks (a test makes sure none
/// does) shows as `section.name`, never as a crash.
extension Strings {
    /// The values of a text with placeholders, by name: `["shown": 3, "total": 55]`.
    typealias Values = KeyValuePairs<String, any CustomStringConvertible>

    var catalog: TextCatalog { TextCatalog.of(language) }

    func text(_ key: some CatalogText) -> String {
        switch catalog.entry(type(of: key).catalogSection, key.catalogName) {
        case .text(let text)?: text
        case .plural(let forms)?: forms[.other] ?? ""
        case nil: Self.missing(key)
        }
    }

    func fill(_ key: some CatalogTemplate, _ values: Values = [:]) -> String {
        switch catalog.entry(type(of: key).catalogSection, key.catalogName) {
        case .text(let text)?: Placeholders.fill(text) { Self.value($0, in: values) }
        case .plural(let forms)?: Placeholders.fill(forms[.other] ?? "") { Self.value($0, in: values) }
        case nil: Self.missing(key)
        }
    }

    /// The form for `count` (`1 lid`, `3 leden`); `{count}` is the count, the other placeholders are in `values`.
    func fill(_ key: some CatalogTemplate, count: Int, _ values: Values = [:]) -> String {
        let template: String
        switch catalog.entry(type(of: key).catalogSection, key.catalogName) {
        case .text(let text)?: template = text
        case .plural(let forms)?: template = forms[language.pluralForm(count)] ?? forms[.other] ?? ""
        case nil: return Self.missing(key)
        }
        return Placeholders.fill(template) { $0 == "count" ? String(count) : Self.value($0, in: values) }
    }

    /// A text of a section whose names come from data (a fact's column, a code), or nil when it has none.
    func word(_ section: String, _ name: String) -> String? {
        guard case .text(let text)? = catalog.entry(section, name) else { return nil }
        return text
    }

    private static func value(_ name: Substring, in values: Values) -> String? {
        values.first { $0.key == name }.map { String(describing: $0.value) }
    }

    private static func missing(_ key: some CatalogKey) -> String { type(of: key).catalogSection + "." + key.catalogName }
}

extension Strings {
    /// The text of an enum case by the key of the same name in `keys` (`FieldProblem.notADate` →
    /// `FieldProblemTemplate.notADate`), for enums whose cases carry values; the case's name when `keys` lacks it.
    func fill<Key: CatalogTemplate & RawRepresentable<String>>(_ keys: Key.Type, caseOf value: Any, _ values: Values = [:]) -> String {
        let name = CaseName.of(value)
        return Key(rawValue: name).map { fill($0, values) } ?? name
    }
}
