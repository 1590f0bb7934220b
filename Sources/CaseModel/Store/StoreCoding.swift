import Foundation

/// How records become bytes on disk: pretty-printed JSON with sorted keys and a final newline, so that a
/// person can read a dossier and `diff` two revisions line by line.
enum StoreCoding {
    static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }

    /// One line, sorted keys: the canonical bytes the audit trail hashes.
    static func encodeLine<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        try JSONDecoder().decode(type, from: data)
    }

    /// A decoding failure in words: which key, what was wrong.
    static func readable(_ error: Error) -> String {
        guard let decoding = error as? DecodingError else {
            let ns = error as NSError
            if let debug = ns.userInfo[NSDebugDescriptionErrorKey] as? String { return "geen geldige JSON: \(debug)" }
            return "geen geldige JSON: \(ns.localizedDescription)"
        }
        switch decoding {
        case .keyNotFound(let key, let context):
            return "veld \(path(context.codingPath + [key])) ontbreekt"
        case .typeMismatch(let type, let context):
            return "veld \(path(context.codingPath)): verwacht \(typeName(type)) (\(context.debugDescription))"
        case .valueNotFound(let type, let context):
            return "veld \(path(context.codingPath)): waarde ontbreekt, verwacht \(typeName(type))"
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
                return "geen geldige JSON: \(underlying ?? context.debugDescription)"
            }
            return "veld \(path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "\(decoding)"
        }
    }

    /// `members[0].birthDate`
    private static func path(_ keys: [CodingKey]) -> String {
        var text = ""
        for key in keys {
            if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
        }
        return text.isEmpty ? "(het hele bestand)" : text
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "tekst"
        case is Int.Type: return "een geheel getal"
        case is Bool.Type: return "true of false"
        case is Double.Type: return "een getal"
        default: return "\(type)".lowercased().contains("array") ? "een lijst" : "\(type)"
        }
    }
}
