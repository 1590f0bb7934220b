import ArgumentParser
import CaseModel
import Foundation

/// `zorg bench [--households N]`: measures the targets of PRODUCT.md §7 on a generated caseload in a temporary
/// store, each figure in a child process of this same program (so each has its own peak memory), and prints
/// them against their targets. Exit code 1 when a target is not met.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Meet de prestatiedoelen op een gegenereerde caseload (tijdelijke store).",
        discussion: "Elke meting loopt in een eigen proces; de tabel toont de mediaan, het doel en het piekgeheugen. "
            + "Zie docs/performance.md.")

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: "Aantal huishoudens in de caseload.") var households = 10_000
    @Option(name: .long, help: "Alleen deze metingen (open, search, modules, scan, scan-command, check-3, check-all, import, match, save, household, ref-csv, ref-save, ref-import).")
    var only: [String] = []
    @Flag(name: .long, help: "Laat de tijdelijke map staan.") var keep = false
    @Option(name: .long, help: .hidden) var step: String?
    @Option(name: .long, help: .hidden) var work: String?

    func validate() throws {
        guard households >= 100 else { throw ValidationError("--households moet minstens 100 zijn.") }
        for name in only + (step.map { [$0] } ?? []) where BenchFigure.Step(rawValue: name) == nil && name != "prepare" {
            throw ValidationError("Onbekende meting: \(name).")
        }
    }

    func run() throws {
        // Generated data in a folder of the person's own: no service group.
        try StoreAccess.mapped { try ServiceGroup.giveUp() }
        if step == "prepare", let work {
            // A child that builds the caseload, so that the parent stays small: Linux keeps a process's peak
            // memory across exec, so every child would otherwise start with the parent's peak.
            print(try CaseloadBench(folder: work, households: households).prepare())
            return
        }
        if let step, let work {
            // A child: one figure, as one JSON line.
            let bench = CaseloadBench(folder: work, households: households)
            let chosen = BenchFigure.Step(rawValue: step)!
            // The keystroke is measured on the TUI's own caseload screen, which CaseModel cannot see; the whole
            // commands by running this program.
            var figure = chosen == .search ? try KeystrokeBench.run(bench)
                : chosen.isCommand ? try CommandBench.run(chosen, bench) : try bench.run(chosen)
            if chosen == .search { figure.peakBytes = BenchClock.peakResidentBytes() }
            let encoder = JSONEncoder()
            print(String(decoding: try encoder.encode(figure), as: UTF8.self))
            return
        }
        let t = Text(global.lang)
        let folder = work ?? FileManager.default.temporaryDirectory.path + "/zorg-bench-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { if !keep && work == nil { try? FileManager.default.removeItem(atPath: folder) } }
        print(BenchMachine.describe())
        print(t("Caseload van \(households) huishoudens klaarzetten in \(folder) …",
                "Preparing a caseload of \(households) households in \(folder) …"))
        print("  " + (try childOutput(["bench", "--step", "prepare", "--households", String(households), "--work", folder],
                                      failure: "klaarzetten")))
        let steps = only.isEmpty ? BenchFigure.Step.allCases : only.compactMap(BenchFigure.Step.init(rawValue:))
        var figures: [BenchFigure] = []
        var loads: [Double] = []
        for s in steps {
            print(t("meten: \(s.rawValue) …", "measuring: \(s.rawValue) …"))
            if let l = BenchMachine.loadAverage() { loads.append(l) }
            figures.append(try child(s, folder: folder))
        }
        if let l = BenchMachine.loadAverage() { loads.append(l) }
        print("")
        print(BenchTable.render(figures, households: households, english: global.lang == .en))
        if let ratios = BenchTable.ratios(figures, english: global.lang == .en) { print("\n" + ratios) }
        if let low = loads.min(), let high = loads.max() {
            print(t(String(format: "Belasting (load average, 1 min) tijdens de metingen: %.1f – %.1f bij %d kernen.", low, high,
                           ProcessInfo.processInfo.activeProcessorCount),
                    String(format: "Load average (1 min) during the run: %.1f – %.1f on %d cores.", low, high,
                           ProcessInfo.processInfo.activeProcessorCount)))
        }
        if figures.contains(where: { !$0.meetsTarget }) { throw ExitCode(1) }
    }

    /// Runs one step in a child process of this program and reads its figure.
    private func child(_ step: BenchFigure.Step, folder: String) throws -> BenchFigure {
        let line = try childOutput(["bench", "--step", step.rawValue, "--households", String(households), "--work", folder],
                                   failure: step.rawValue)
        guard let figure = try? JSONDecoder().decode(BenchFigure.self, from: Data(line.utf8)) else {
            throw CommandError.environment("meting \(step.rawValue): onleesbaar resultaat")
        }
        return figure
    }

    /// The last line a child process of this program printed.
    private func childOutput(_ arguments: [String], failure: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe")
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
              let line = String(decoding: data, as: UTF8.self).split(separator: "\n").last else {
            throw CommandError.environment("meting \(failure) mislukt (exit \(process.terminationStatus))")
        }
        return String(line)
    }
}
