import Foundation

/// One measured figure of `zorg bench`: what was measured, how often, and against which target.
public struct BenchFigure: Sendable, Codable, Hashable {
    public enum Step: String, Sendable, Codable, CaseIterable {
        case open, search, modules, scan
        /// Whole commands, start to end, as a person runs them (issue 17): `zorg scan --format json`,
        /// `zorg check --all --format csv` of three rules and of all rules.
        case scanCommand = "scan-command", checkThree = "check-3", checkAll = "check-all"
        case importRows = "import", match, save
        /// One dossier of 2,000 members, all modules (not a target of PRODUCT.md: issue 12).
        case largeHousehold = "household"
        /// References on the same machine in the same run, no target (issue 17.5): reading the client CSV once,
        /// one durable file save, and the floor of an import (as many files of a dossier's size created,
        /// written and renamed, and one flush).
        case csvRead = "ref-csv", fileSave = "ref-save", importFloor = "ref-import"

        /// A reference, not a figure with a target.
        public var isReference: Bool { self == .csvRead || self == .fileSave || self == .importFloor }

        /// A whole `zorg` command, which the benchmark runs as a child process.
        public var isCommand: Bool { self == .scanCommand || self == .checkThree || self == .checkAll }
    }

    public var step: Step
    /// Seconds per run (one run = the whole operation the target speaks of).
    public var runs: [Double]
    /// How many things one run handled (households, keystrokes, saves), to state the cost per item.
    public var items: Int
    /// The peak resident memory of the process that ran this step alone.
    public var peakBytes: UInt64
    /// CPU seconds (all threads) per run, in the order of `runs`.
    public var cpuRuns: [Double]
    /// Extra facts worth printing (index use, pairs proposed…).
    public var note: String

    public init(step: Step, runs: [Double], cpuRuns: [Double] = [], items: Int, peakBytes: UInt64 = 0, note: String = "") {
        self.step = step
        self.runs = runs
        self.cpuRuns = cpuRuns
        self.items = items
        self.peakBytes = peakBytes
        self.note = note
    }

    public var median: Double { BenchClock.median(runs) }

    /// The target of PRODUCT.md §7 (or of issue 17) for this step: the time limit, and for the import and the
    /// check of all rules a memory limit too. Nil for a reference.
    public var target: (seconds: Double, bytes: UInt64?)? {
        switch step {
        case .open: return (0.5, nil)
        case .search: return (0.010, nil)  // a keystroke
        case .modules: return (0.001, nil)  // a household
        case .scan: return (2.0, nil)
        case .importRows: return (10.0, 500 * 1_000_000)
        case .match: return (1.0, nil)
        case .save: return (0.010, nil)  // a save
        case .largeHousehold: return (1.0, nil)  // our own: linear in the members, far from the 21 s it took
        case .scanCommand: return (1.0, nil)
        case .checkThree: return (0.25, nil)
        case .checkAll: return (1.5, 300 * 1_000_000)
        case .csvRead, .fileSave, .importFloor: return nil
        }
    }

    /// The figure compared with the target: the slowest keystroke (one run = one keystroke); the time per
    /// household of a module run (one run = `items` households); the median run for the others.
    public var measured: Double {
        switch step {
        case .search: return runs.max() ?? 0
        case .modules: return median / Double(max(items, 1))
        default: return median
        }
    }

    /// The CPU time of the measured figure, on the same footing as `measured`.
    public var measuredCPU: Double {
        guard !cpuRuns.isEmpty else { return 0 }
        switch step {
        case .search: return cpuRuns.max() ?? 0
        case .modules: return BenchClock.median(cpuRuns) / Double(max(items, 1))
        default: return BenchClock.median(cpuRuns)
        }
    }

    public var meetsTarget: Bool {
        guard let target else { return true }
        return measured < target.seconds && (target.bytes.map { peakBytes < $0 } ?? true)
    }
}
