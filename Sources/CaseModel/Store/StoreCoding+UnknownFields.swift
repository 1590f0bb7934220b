import Foundation

/// Fields a file holds that this version of Zorg does not know — written by a newer Zorg, or by hand. Decoding
/// skips them, so saving the record again would cut them silently; the store refuses that save instead
/// (`StoreError.newerFields`) and the file stays readable.
extension StoreCoding {
    /// The paths (`members[0].pets`, `flag`) of the fields in `data` that the decoded `record` does not write back.
    /// Nil when there are none. Files this version wrote re-encode to the same bytes, which is checked first.
    static func unknownFields<R: Codable>(in data: Data, decoded record: R) -> [String]? {
        guard let again = try? encode(record) else { return nil }
        if again == data { return nil }
        guard let original = try? JSONSerialization.jsonObject(with: data),
              let known = try? JSONSerialization.jsonObject(with: again) else { return nil }
        var found: [String] = []
        collect(original, known, path: "", into: &found)
        return found.isEmpty ? nil : found
    }

    private static func collect(_ original: Any, _ known: Any, path: String, into found: inout [String]) {
        if let object = original as? [String: Any] {
            let other = known as? [String: Any] ?? [:]
            for key in object.keys.sorted() {
                let here = path.isEmpty ? key : path + "." + key
                guard let counterpart = other[key] else {
                    if !(object[key] is NSNull) { found.append(here) }  // an explicit null is an unknown value, not a field
                    continue
                }
                collect(object[key]!, counterpart, path: here, into: &found)
            }
        } else if let list = original as? [Any], let other = known as? [Any] {
            for (index, item) in list.enumerated() where index < other.count {
                collect(item, other[index], path: path + "[\(index)]", into: &found)
            }
        }
    }
}

/// A control character in a stored file (a hand-edited name with an ESC in it) would reach a terminal raw: such a
/// file is refused where it is read, like any other broken file.
extension StoreCoding {
    /// The first control character escaped in the JSON text (`\u001b`, `\b`, `\f`, …) or written as a C1 byte
    /// pair in UTF-8, as `U+001B`; tab, line feed and carriage return are allowed. Nil when there is none.
    static func controlCharacter(in data: Data) -> String? {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> String? in
            let b = raw.bindMemory(to: UInt8.self)
            var i = 0
            func hex(_ c: UInt8) -> UInt32? {
                switch c {
                case 0x30...0x39: return UInt32(c - 0x30)
                case 0x41...0x46: return UInt32(c - 0x41 + 10)
                case 0x61...0x66: return UInt32(c - 0x61 + 10)
                default: return nil
                }
            }
            func named(_ v: UInt32) -> String { String(format: "U+%04X", v) }
            while i < b.count {
                let c = b[i]
                if c == 0x5C, i + 1 < b.count {  // a backslash escape
                    let e = b[i + 1]
                    if e == UInt8(ascii: "b") { return "U+0008" }
                    if e == UInt8(ascii: "f") { return "U+000C" }
                    if e == UInt8(ascii: "u"), i + 5 < b.count,
                       let h1 = hex(b[i + 2]), let h2 = hex(b[i + 3]), let h3 = hex(b[i + 4]), let h4 = hex(b[i + 5]) {
                        let v = h1 << 12 | h2 << 8 | h3 << 4 | h4
                        if (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || (0x7F...0x9F).contains(v) { return named(v) }
                        i += 6
                        continue
                    }
                    i += 2
                    continue
                }
                if c == 0xC2, i + 1 < b.count, (0x80...0x9F).contains(b[i + 1]) { return named(UInt32(b[i + 1])) }
                if c == 0x7F { return "U+007F" }
                i += 1
            }
            return nil
        }
    }
}
