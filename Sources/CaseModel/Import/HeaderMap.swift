/// Which catalogue column each header cell names. Names are compared trimmed and case-insensitively, by the
/// canonical Dutch name or the English alias.
struct HeaderMap: Sendable {
    /// For each header position, the column it holds (nil: unknown or blank header cell).
    var columns: [Column?]
    /// Header position of each column present, by canonical name.
    var position: [String: Int]
    /// Unknown header names as written, each once, with their position.
    var unknown: [String]

    enum Failure: Error, Sendable {
        case duplicate(column: String, first: String, second: String)
        case missingRequired(String)
    }

    static func build(header: [String], catalogue: [Column]) -> Result<HeaderMap, Failure> {
        var lookup: [String: Column] = [:]
        for c in catalogue {
            lookup[c.name.lowercased()] = c
            lookup[c.alias.lowercased()] = c
        }
        var columns: [Column?] = []
        var position: [String: Int] = [:]
        var unknown: [String] = []
        var seenUnknown: Set<String> = []
        for (i, raw) in header.enumerated() {
            let key = raw.trimmedSpaces.lowercased()
            guard let c = lookup[key] else {
                columns.append(nil)
                if !key.isEmpty, seenUnknown.insert(key).inserted { unknown.append(raw) }
                continue
            }
            if let first = position[c.name] {
                return .failure(.duplicate(column: c.name, first: header[first], second: raw))
            }
            position[c.name] = i
            columns.append(c)
        }
        for c in catalogue where c.required && position[c.name] == nil {
            return .failure(.missingRequired(c.name))
        }
        return .success(HeaderMap(columns: columns, position: position, unknown: unknown))
    }
}
