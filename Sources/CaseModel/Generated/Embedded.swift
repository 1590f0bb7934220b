import Foundation

/// Read access to the files compiled into the binary (rule modules, demo seeds, the letter's defaults).
public enum Embedded {
    /// Built-in rule-module files (`*.yaml`, tests beside them) by relative path.
    public static var moduleFiles: [String: Data] { decode(EmbeddedFiles.modules) }
    /// Demo seed files (`households.csv`, `volunteers.csv`, samples) by relative path.
    public static var seedFiles: [String: Data] { decode(EmbeddedFiles.seeds) }
    /// The letter's defaults (`offices.yaml`, `questions.yaml`) by name.
    public static var letterFiles: [String: Data] { decode(EmbeddedFiles.letter) }

    private static func decode(_ table: [String: String]) -> [String: Data] {
        table.compactMapValues { Data(base64Encoded: $0) }
    }
}
