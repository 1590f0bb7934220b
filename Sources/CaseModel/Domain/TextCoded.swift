/// A value kept in a stored file as one JSON string (a date `2026-12-07`, a dossier number, a time slot `ma-vm`,
/// a national number): how it is read and written is said once here, the type gives its text both ways.
public protocol TextCoded: Codable {
    /// The value from its stored text; nil when the text is not one.
    init?(storedText: String)
    var storedText: String { get }
    /// What the decoding error says of a text that is not a value (without the text where it is personal data).
    static func notAValue(_ text: String) -> String
}

extension TextCoded {
    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let text = try c.decode(String.self)
        guard let value = Self(storedText: text) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: Self.notAValue(text))
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(storedText)
    }
}
