/// Case-insensitive comparison of codes (`'VT'` matches `vt`) as the engine defines it: equal after
/// `lowercased()`. Codes are nearly always short ASCII, compared here byte by byte without building the
/// lowercased copies, which were a large part of evaluating `heeft` and `in`; any other text takes
/// `lowercased()` itself, so the answer is always the one `lowercased()` gives.
enum RuleFold {
    /// `a.lowercased() == b.lowercased()`.
    static func equal(_ a: String, _ b: String) -> Bool {
        if let r = asciiEqual(a, b) { return r }
        return a.lowercased() == b.lowercased()
    }

    /// `items.contains { $0 == key.lowercased() || $0.lowercased() == key.lowercased() }` (the `in` test).
    static func contains(_ items: [String], _ key: String) -> Bool {
        var folded: String?
        for item in items {
            if let r = asciiEqual(item, key) {
                if r { return true }
                continue
            }
            let f = folded ?? key.lowercased()
            folded = f
            if item == f || item.lowercased() == f { return true }
        }
        return false
    }

    /// Equality after ASCII lowercasing when both texts are ASCII (for ASCII text that is exactly what
    /// `lowercased()` and `==` do); nil when either is not ASCII or not stored contiguously.
    static func asciiEqual(_ a: String, _ b: String) -> Bool? {
        let r = a.utf8.withContiguousStorageIfAvailable { x -> Bool? in
            b.utf8.withContiguousStorageIfAvailable { y -> Bool? in
                for c in x where c >= 0x80 { return nil }
                for c in y where c >= 0x80 { return nil }
                guard x.count == y.count else { return false }
                for i in 0..<x.count where x[i] != y[i] {
                    if lower(x[i]) != lower(y[i]) { return false }
                }
                return true
            } ?? nil
        }
        return r ?? nil
    }

    @inline(__always)
    private static func lower(_ c: UInt8) -> UInt8 { (c >= 0x41 && c <= 0x5A) ? c | 0x20 : c }
}
