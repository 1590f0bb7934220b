/// A text's place in the text catalog: its section (one per Swift enum, or shared by a screen's enum of plain texts
/// and its enum of texts with values) and its name in that section — the case's raw value for an enum of codes
/// (`controle-rechten`), else the case's own name.
protocol CatalogKey: CaseIterable, Sendable {
    /// The section of the catalog this enum's texts are in (`dossier`, `tab`, …).
    static var catalogSection: String { get }
    /// The text's name in its section.
    var catalogName: String { get }
}

extension CatalogKey where Self: RawRepresentable, Self.RawValue == String {
    var catalogName: String { rawValue }
}

extension CatalogKey {
    /// An enum without string raw values: the case's own name.
    var catalogName: String { CaseName.of(self) }
}

/// A key whose text is shown as it stands: no values, no count (`Strings.text`).
protocol CatalogText: CatalogKey {}

/// A key whose text has values to fill in (`{shown} van {total} dossiers`) or a form per count (`Strings.fill`).
protocol CatalogTemplate: CatalogKey {}

/// The name of an enum case as written in Swift (`nationalNumberLength` for `.nationalNumberLength(9)`), which
/// is its key in the catalog. An enum whose cases carry values finds its text by the case, then fills the values in.
enum CaseName {
    static func of(_ value: Any) -> String {
        if let label = Mirror(reflecting: value).children.first?.label { return label }
        return String(describing: value)
    }
}
