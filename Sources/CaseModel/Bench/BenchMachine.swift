import Foundation

/// The machine a benchmark ran on, for the report and docs/performance.md.
public enum BenchMachine {
    public static func describe() -> String {
        let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("model name") }?
            .split(separator: ":", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces) ?? "onbekend"
        let memory = ProcessInfo.processInfo.physicalMemory / 1_000_000
        #if DEBUG
        let build = "debug build (de doelen gelden voor een release build)"
        #else
        let build = "release build"
        #endif
        let date = Date().formatted(.iso8601.year().month().day())
        return "\(date) · \(ProcessInfo.processInfo.activeProcessorCount) kernen · \(cpu) · \(memory) MB geheugen · \(build)"
    }

    /// The one-minute load average (/proc/loadavg): above the number of cores, other processes were competing
    /// and wall-clock figures are inflated (the CPU column is not).
    public static func loadAverage() -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return nil }
        return text.split(separator: " ").first.flatMap { Double($0) }
    }
}
