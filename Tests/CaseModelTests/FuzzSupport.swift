import Foundation
@testable import CaseModel

/// Deterministic mutations for the bad-input tests: a seeded generator, so a failure can be replayed.
struct FuzzRandom: RandomNumberGenerator {
    var state: UInt64
    init(_ seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

enum Mutate {
    /// Bytes that break parsers: quotes, separators, line ends, NUL, invalid UTF-8, a BOM.
    static let nasty: [[UInt8]] = [[0x22], [0x3B], [0x2C], [0x0A], [0x0D], [0x0D, 0x0A], [0x00], [0xFF], [0xC3],
                                   [0xEF, 0xBB, 0xBF], [0xE2, 0x82], [0x22, 0x22, 0x22], [0x09], [0x7B], [0x5B], [0x3A]]

    /// One to four random edits of a byte string: flip, insert, delete, duplicate or cut.
    static func bytes(_ input: [UInt8], _ random: inout FuzzRandom) -> [UInt8] {
        var b = input
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            let at = b.isEmpty ? 0 : Int.random(in: 0..<b.count, using: &random)
            switch Int.random(in: 0..<6, using: &random) {
            case 0 where !b.isEmpty: b[at] = UInt8.random(in: 0...255, using: &random)
            case 1: b.insert(contentsOf: nasty.randomElement(using: &random)!, at: at)
            case 2 where !b.isEmpty:
                b.removeSubrange(at..<min(b.count, at + Int.random(in: 1...40, using: &random)))
            case 3 where !b.isEmpty:
                let piece = b[at..<min(b.count, at + Int.random(in: 1...200, using: &random))]
                b.insert(contentsOf: piece, at: Int.random(in: 0...b.count, using: &random))
            case 4: b = Array(b.prefix(at))
            default: b.insert(UInt8.random(in: 0...255, using: &random), at: at)
            }
        }
        return b
    }

    /// Line-level edits of a text (YAML): drop, repeat, swap, re-indent, or garble a line.
    static func lines(_ text: String, _ random: inout FuzzRandom) -> String {
        var lines = text.components(separatedBy: "\n")
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            guard !lines.isEmpty else { break }
            let i = Int.random(in: 0..<lines.count, using: &random)
            switch Int.random(in: 0..<7, using: &random) {
            case 0: lines.remove(at: i)
            case 1: lines.insert(lines[i], at: i)
            case 2: lines.swapAt(i, Int.random(in: 0..<lines.count, using: &random))
            case 3: lines[i] = String(repeating: " ", count: Int.random(in: 0...9, using: &random)) + lines[i].trimmingCharacters(in: .whitespaces)
            case 4: lines[i] = lines[i].replacingOccurrences(of: ":", with: ["", " :", "::", ": [", ": {", ": '"].randomElement(using: &random)!)
            case 5:
                let junk = ["~", "null", "- ", "!!binary", "&a", "*a", "\t", "\"", "0x", "-1", "1e999", "[]", "{}", "?"]
                lines[i] += " " + junk.randomElement(using: &random)!
            default: lines[i] = String(lines[i].prefix(Int.random(in: 0...max(0, lines[i].count), using: &random)))
            }
        }
        return lines.joined(separator: "\n")
    }
}
