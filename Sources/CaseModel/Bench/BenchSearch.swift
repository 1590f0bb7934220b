import Foundation

/// A CaseModel-side stand-in for the list screen's search-as-you-type, so that `zorg bench` can measure a
/// keystroke before the TUI's own search is wired in: one precomputed, accent- and case-folded key per
/// household, and each keystroke filters the rows that matched the previous keystroke.
public struct BenchSearch: Sendable {
    /// One folded key per household, as UTF-8 bytes: name, dossier number, street, postcode.
    public let keys: [[UInt8]]

    public init(households: [Household]) {
        keys = households.map { h in
            let a = h.address
            return Self.fold([h.displayName, h.id.rawValue, a.street ?? "", a.postcode ?? ""].joined(separator: " "))
        }
    }

    /// Lower case without accents ("Çelik" → "celik").
    public static func fold(_ text: String) -> [UInt8] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return Array(text.lowercased().utf8) }
        return Array(text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased().utf8)
    }

    /// The rows among `candidates` (all rows when nil) whose key contains `query` (already folded).
    public func filter(_ query: [UInt8], within candidates: [Int]?) -> [Int] {
        guard let first = query.first else { return candidates ?? Array(keys.indices) }
        var out: [Int] = []
        func test(_ i: Int) {
            let key = keys[i]
            guard key.count >= query.count else { return }
            key.withUnsafeBufferPointer { k in
                query.withUnsafeBufferPointer { q in
                    var start = 0
                    let last = k.count - q.count
                    while start <= last {
                        if k[start] == first {
                            var j = 1
                            while j < q.count && k[start + j] == q[j] { j += 1 }
                            if j == q.count {
                                out.append(i)
                                return
                            }
                        }
                        start += 1
                    }
                }
            }
        }
        if let candidates { for i in candidates { test(i) } } else { for i in keys.indices { test(i) } }
        return out
    }
}
