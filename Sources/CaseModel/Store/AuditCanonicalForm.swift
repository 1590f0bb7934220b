import Crypto
import Foundation

/// What an audit entry's `hash` is computed over: `prevHash` followed by the line with every field it holds but
/// `hash`, as compact JSON with sorted keys (`StoreCoding.encodeLine`). Every field: a field added to a line by
/// hand changes the bytes hashed, so the line no longer matches its hash. For the fields an entry has today this
/// is exactly the form `AuditEntry.Body` encodes to, so trails written before still verify.
enum AuditCanonicalForm {
    /// The hash a line should carry, from the line as it stands; nil when it is not a JSON object with a text
    /// `prevHash`.
    static func hash(ofLine line: some Sequence<UInt8>) -> String? {
        guard let value = try? StoreCoding.decode(AuditJSONValue.self, from: Data(line)),
              case .object(var fields) = value, case .string(let prevHash)? = fields["prevHash"] else { return nil }
        fields.removeValue(forKey: "hash")
        return try? digest(prevHash: prevHash, canonical: StoreCoding.encodeLine(fields))
    }

    /// The hash of an entry about to be written (its known fields only: there are no others).
    static func hash(of body: AuditEntry.Body) throws -> String {
        try digest(prevHash: body.prevHash, canonical: StoreCoding.encodeLine(body))
    }

    private static func digest(prevHash: String, canonical: Data) -> String {
        var hasher = SHA256()
        hasher.update(data: Data(prevHash.utf8))
        hasher.update(data: canonical)
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}

/// Any JSON value, read and written back by the same coder as the entries, so that a line's fields encode to
/// the bytes they were written as.
enum AuditJSONValue: Codable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([AuditJSONValue])
    case object([String: AuditJSONValue])

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let v = try? c.decode(Bool.self) {
            self = .bool(v)
        } else if let v = try? c.decode(Int.self) {
            self = .int(v)
        } else if let v = try? c.decode(Double.self) {
            self = .double(v)
        } else if let v = try? c.decode(String.self) {
            self = .string(v)
        } else if let v = try? c.decode([AuditJSONValue].self) {
            self = .array(v)
        } else {
            self = .object(try c.decode([String: AuditJSONValue].self))
        }
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .bool(let v): try c.encode(v)
        case .int(let v): try c.encode(v)
        case .double(let v): try c.encode(v)
        case .string(let v): try c.encode(v)
        case .array(let v): try c.encode(v)
        case .object(let v): try c.encode(v)
        }
    }
}
