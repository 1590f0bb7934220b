import CaseModel
import Foundation

/// The test-only writer (`Tests/ZorgStress`) and a way to start a program and kill it, for the crash and
/// contention tests.
enum TrustSupport {
    static let stressBinary: String = {
        URL(fileURLWithPath: ZorgProcess.binary).deletingLastPathComponent().appendingPathComponent("ZorgStress").path
    }()

    /// A running child whose standard output is collected, so the acknowledgements printed before a kill survive.
    final class Child: @unchecked Sendable {
        let process = Process()
        private let output = Pipe()
        private let errors = Pipe()

        init(_ executable: String, _ arguments: [String], environment: [String: String]) throws {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
            process.environment = environment
            process.standardOutput = output
            process.standardError = errors
            process.standardInput = FileHandle.nullDevice
            try process.run()
        }

        func kill() { _ = Foundation.kill(process.processIdentifier, SIGKILL) }

        /// Waits for the end (natural or by kill) and returns what was printed.
        func finish() -> (status: Int32, killed: Bool, stdout: String, stderr: String) {
            let out = output.fileHandleForReading.readDataToEndOfFile()
            let err = errors.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, process.terminationReason == .uncaughtSignal,
                    String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
        }
    }

    static func environment(home: String) -> [String: String] {
        ["HOME": home, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
    }

    /// `ack ID REV` lines.
    static func acknowledgements(_ stdout: String) -> [(id: String, revision: Int)] {
        stdout.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: " ")
            guard parts.count == 3, parts[0] == "ack", let revision = Int(parts[2]) else { return nil }
            return (String(parts[1]), revision)
        }
    }

    /// Every `.json` file in `dossiers/` that is not a temporary file, and the temporary files left behind.
    static func dossierFolder(_ store: String) -> (files: [String], temporary: [String]) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: store + "/dossiers")) ?? []
        return (names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted(),
                names.filter { $0.hasPrefix(".") }.sorted())
    }

    /// A CSV of `households` dossiers whose monthly rent names the run (400 + run), in the Dutch format.
    static func clientList(households: Int, run: Int) -> String {
        var text = "dossier;rijksregisternummer;voornaam;naam;geboortedatum;rol;huur_maand;postcode;woonsituatie\n"
        for d in 0..<households {
            let birth = Day(year: 1950 + d % 50, month: d % 12 + 1, day: d % 28 + 1)!
            let number = NationalNumber.make(birthDate: birth, sequence: d % 997 + 1)
            text += "IMP-\(d);\(number.formatted);Voornaam\(d);Naam\(d);\(birth.belgian);aanvrager;\(400 + run),00;3600;private_huur\n"
        }
        return text
    }

    /// Random milliseconds from a seeded generator, so a failing run can be repeated.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
