import CaseModel
import Foundation
import Testing

/// Fifty mutated client lists through the built `zorg import`: the program ends with a status of cli.md (0–3), never
/// by a signal, and the store's trail still verifies. (The in-process fuzzer, FuzzInputTests, feeds thousands.)
@Suite("Trust: mutated client lists through zorg", .serialized)
struct TrustFuzzCommandTests {
    /// A small deterministic generator (SplitMix64), so a failure can be replayed.
    struct Random: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let nasty: [[UInt8]] = [Array("\"".utf8), Array(";".utf8), [0x0A], [0x00], [0xFF], [0x1B], [0xC2, 0x9B],
                                   Array("9223372036854775807".utf8), Array("=1+1".utf8), Array("99999999999999999999".utf8)]

    static func mutate(_ input: [UInt8], _ random: inout Random) -> [UInt8] {
        var b = input
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            let at = b.isEmpty ? 0 : Int.random(in: 0..<b.count, using: &random)
            switch Int.random(in: 0..<4, using: &random) {
            case 0 where !b.isEmpty: b[at] = UInt8.random(in: 0...255, using: &random)
            case 1: b.insert(contentsOf: nasty.randomElement(using: &random)!, at: at)
            case 2 where !b.isEmpty: b.removeSubrange(at..<min(b.count, at + Int.random(in: 1...30, using: &random)))
            default: b = Array(b.prefix(at)) + b
            }
        }
        return b
    }

    @Test func fiftyMutatedListsEndWithAStatusNotASignal() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/S"
        try z.run(["init", "--store", store])
        let samples = ["clients-english-comma.csv", "clients-windows1252.csv", "clients-with-errors.csv"].map {
            [UInt8](FileManager.default.contents(atPath: ZorgProcess.repositoryFile("seeds/samples/" + $0)) ?? Data())
        }
        var random = Random(state: 20_261_207)
        var statuses: [Int32: Int] = [:]
        for n in 0..<50 {
            let path = z.home + "/fuzz-\(n).csv"
            try Data(Self.mutate(samples[n % samples.count], &random)).write(to: URL(fileURLWithPath: path))
            let out = try z.run(["import", path, "--store", store])
            statuses[out.status, default: 0] += 1
            #expect((0...3).contains(out.status), "fuzz-\(n).csv ended with \(out.status): \(out.stderr.prefix(300))")
            #expect(!out.stderr.contains("Fatal error") && !out.stderr.contains("interne fout"), "fuzz-\(n).csv")
        }
        #expect(try z.run(["audit", "verify", "--store", store]).status == 0)
        #expect(try z.run(["check", "--all", "--store", store, "--format", "csv"]).status == 0)
        print("FUZZ zorg import: 50 mutated client lists, statuses \(statuses.sorted { $0.key < $1.key }); the trail verifies")
    }
}
