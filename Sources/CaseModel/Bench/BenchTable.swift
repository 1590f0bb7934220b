import Foundation

/// The benchmark's table: each figure against its target.
public enum BenchTable {
    public static func render(_ figures: [BenchFigure], households: Int, english: Bool) -> String {
        let header = english ? ["figure", "measured", "CPU", "target", "peak memory", "", "runs", "note"]
                             : ["meting", "gemeten", "CPU", "doel", "piekgeheugen", "", "runs", "opmerking"]
        var rows = [header]
        for f in figures {
            let target = "< " + duration(f.target.seconds) + (f.target.bytes.map { ", < \($0 / 1_000_000) MB" } ?? "")
            rows.append([label(f.step, households: households, english: english), duration(f.measured),
                         duration(f.measuredCPU), target,
                         "\(f.peakBytes / 1_000_000) MB", f.meetsTarget ? "OK" : (english ? "MISSED" : "TE TRAAG"),
                         String(f.runs.count), f.note])
        }
        let widths = header.indices.map { c in rows.map { $0[c].count }.max() ?? 0 }
        return rows.enumerated().map { n, row in
            let line = row.enumerated().map { c, cell in
                c == 1 || c == 2 || c == 4 ? String(repeating: " ", count: widths[c] - cell.count) + cell
                                 : cell + String(repeating: " ", count: widths[c] - cell.count)
            }.joined(separator: "  ")
            return n == 0 ? line + "\n" + String(repeating: "-", count: line.count) : line
        }.joined(separator: "\n")
    }

    static func label(_ step: BenchFigure.Step, households: Int, english: Bool) -> String {
        let n = households.formatted(.number.grouping(.automatic).locale(Locale(identifier: "nl_BE")))
        switch step {
        case .open: return english ? "open store + list (\(n))" : "store openen + lijst (\(n))"
        case .search: return english ? "search, slowest keystroke (\(n))" : "zoeken, traagste toets (\(n))"
        case .modules: return english ? "all modules, one household" : "alle modules, één huishouden"
        case .scan: return english ? "caseload scan (\(n))" : "caseloadscan (\(n))"
        case .importRows: return english ? "import CSV (\(n) rows)" : "import CSV (\(n) rijen)"
        case .match:
            return english ? "buddy assignment 2,000 × 500" : "buddy-toewijzing 2.000 × 500"
        case .save: return english ? "save a dossier durably" : "dossier duurzaam bewaren"
        case .largeHousehold:
            let m = CaseloadBench.largeHouseholdMembers.formatted(.number.grouping(.automatic).locale(Locale(identifier: english ? "en_US" : "nl_BE")))
            return english ? "one dossier of \(m) members, all modules" : "één dossier van \(m) leden, alle modules"
        }
    }

    static func duration(_ seconds: Double) -> String {
        if seconds >= 1 { return String(format: "%.2f s", seconds) }
        if seconds >= 0.001 { return String(format: "%.1f ms", seconds * 1000) }
        return String(format: "%.0f µs", seconds * 1_000_000)
    }
}
