import CaseModel
import Foundation

/// The figures of `zorg bench` that are whole commands (issue 17): `zorg check --all` and `zorg scan` run as
/// a person runs them — a process of this same program, from its start to its end, reading the store and
/// writing everything to /dev/null. The CPU time and the peak memory are those of the child processes.
enum CommandBench {
    /// The three rules of the reference engine's comparison (issue 17): verhoogde tegemoetkoming, sociaal tarief
    /// energie, mantelzorgpremie.
    static let threeRules = ["verhoogde-tegemoetkoming", "sociaal-tarief-energie", "mantelzorgpremie"]

    static func run(_ step: BenchFigure.Step, _ bench: CaseloadBench) throws -> BenchFigure {
        let store = ["--store", bench.storePath, "--as-of", CaseloadBench.asOf.iso]
        let arguments: [String]
        switch step {
        case .scanCommand: arguments = ["scan", "--format", "json"] + store
        case .checkThree: arguments = ["check", "--all", "--format", "csv"] + store + threeRules.flatMap { ["--rule", $0] }
        case .checkAll: arguments = ["check", "--all", "--format", "csv"] + store
        default: throw CommandError.environment("meting \(step.rawValue): geen commando")
        }
        var runs: [Double] = []
        let meter = BenchMeter(children: true)
        for _ in 0..<3 {
            runs.append(try meter.time { try Self.zorg(arguments) })
        }
        return BenchFigure(step: step, runs: runs, cpuRuns: meter.cpu, items: bench.households,
                           peakBytes: BenchClock.peakResidentBytes(children: true),
                           note: "zorg " + arguments.prefix(4).joined(separator: " ") + (step == .checkThree ? " --rule ×3" : ""))
    }

    /// This program with `arguments`, its output to /dev/null; an exit code other than 0 is a failed figure.
    private static func zorg(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CommandError.environment("meting zorg \(arguments.first ?? ""): exit \(process.terminationStatus)")
        }
    }
}
