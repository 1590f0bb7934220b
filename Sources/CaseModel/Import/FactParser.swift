/// The one parser of a recorded value, for every place a person types or a file holds one: the import reads a
/// cell with it, the dossier form a field (issue 14: the form and the import accepted different values, so a
/// value saved in the screen could be refused by `zorg import` after `zorg export`). Empty text is unknown.
public enum FactParser {
    /// `allowsLineBreaks`: running text of several lines (a note, the import's `opmerking`).
    public static func parse(_ text: String, as kind: Column.Kind, allowsLineBreaks: Bool = false) -> Result<FactValue, ImportReason> {
        ValueParser.parse(text, as: kind, allowsLineBreaks: allowsLineBreaks).map(\.value)
    }
}
