import Foundation

/// One 512-byte header of a POSIX tar file (ustar, POSIX.1-1988 as kept in POSIX.1-2001's pax format), written
/// here because none of the libraries available to this project writes tar (docs/architecture.md). Only what a
/// backup needs: regular files and folders, names up to 255 bytes (split over `prefix` and `name`).
struct TarHeader {
    enum Kind: UInt8 {
        case file = 0x30       // "0"
        case folder = 0x35     // "5"
    }

    var name: String
    var kind: Kind
    var mode: UInt32
    var size: Int
    var modified: Int
    var user: (id: UInt32, name: String)
    var group: (id: UInt32, name: String)

    struct NameTooLong: Error, CustomStringConvertible {
        let name: String
        var description: String { "\(name): naam te lang voor een tar-bestand (meer dan 255 bytes)" }
    }

    /// The 512 bytes.
    func bytes() throws -> [UInt8] {
        var block = [UInt8](repeating: 0, count: 512)
        let full = Array((kind == .folder && !name.hasSuffix("/") ? name + "/" : name).utf8)
        let (prefix, last) = try Self.split(full, name: name)
        put(last, at: 0, width: 100, into: &block)
        put(octal(Int(mode), width: 8), at: 100, width: 8, into: &block)
        put(octal(Int(user.id), width: 8), at: 108, width: 8, into: &block)
        put(octal(Int(group.id), width: 8), at: 116, width: 8, into: &block)
        put(octal(kind == .file ? size : 0, width: 12), at: 124, width: 12, into: &block)
        put(octal(modified, width: 12), at: 136, width: 12, into: &block)
        put(Array("        ".utf8), at: 148, width: 8, into: &block)  // the checksum counts as spaces
        block[156] = kind.rawValue
        put(Array("ustar\0".utf8), at: 257, width: 6, into: &block)
        put(Array("00".utf8), at: 263, width: 2, into: &block)
        put(Array(user.name.utf8.prefix(31)), at: 265, width: 32, into: &block)
        put(Array(group.name.utf8.prefix(31)), at: 297, width: 32, into: &block)
        put(prefix, at: 345, width: 155, into: &block)
        let sum = block.reduce(0) { $0 + Int($1) }
        put(octal(sum, width: 7) + [0x20], at: 148, width: 8, into: &block)
        return block
    }

    /// A name longer than 100 bytes goes in two parts, split at a `/`: at most 155 bytes before, 100 after.
    static func split(_ full: [UInt8], name: String) throws -> (prefix: [UInt8], last: [UInt8]) {
        if full.count <= 100 { return ([], full) }
        let slashes = full.indices.filter { full[$0] == UInt8(ascii: "/") && $0 < full.count - 1 }
        guard let cut = slashes.first(where: { $0 <= 155 && full.count - $0 - 1 <= 100 }) else {
            throw NameTooLong(name: name)
        }
        return (Array(full[..<cut]), Array(full[(cut + 1)...]))
    }

    /// `width - 1` octal digits and a NUL, as tar writes numbers.
    private func octal(_ value: Int, width: Int) -> [UInt8] {
        let digits = String(value, radix: 8)
        return Array((String(repeating: "0", count: max(0, width - 1 - digits.count)) + digits).utf8) + [0]
    }

    private func put(_ bytes: [UInt8], at offset: Int, width: Int, into block: inout [UInt8]) {
        for (i, b) in bytes.prefix(width).enumerated() { block[offset + i] = b }
    }

    /// Zero bytes that round `size` up to a whole block.
    static func padding(for size: Int) -> Int { (512 - size % 512) % 512 }
}
