import Foundation

/// The benchmark's table: each figure against its target.
public enum BenchTable {
    public static func render(_ figures: [BenchFigure], households: Int, english: Bool) -> String {
        let header = english ? ["figure", "measured", "CPU", "target", "peak memory", "", "runs", "note"]
                             : ["meting", "gemeten", "CPU", "doel", "piekgeheugen", "", "runs", "opmerking"]
        var rows = [header]
        for f in figures {
            let target = f.target.map { "< " + duration($0.seconds) + ($0.bytes.map { ", < \($0 / 1_000_000) MB" } ?? "") }
                ?? (english ? "reference" : "referentie")
            let verdict = f.target == nil ? "" : f.meetsTarget ? "OK" : (english ? "MISSED" : "TE TRAAG")
            rows.append([label(f.step, households: households, english: english), duration(f.measured),
                         duration(f.measuredCPU), target, "\(f.peakBytes / 1_000_000) MB", verdict,
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

    /// Each figure against the reference measured in the same run on the same machine, so that a figure can be
    /// read on a busy machine: how many times reading the CSV once, one durable file save, the import floor.
    /// Nil when no figure has its reference in `figures`.
    public static func ratios(_ figures: [BenchFigure], english: Bool) -> String? {
        let byStep = Dictionary(figures.map { ($0.step, $0) }, uniquingKeysWith: { a, _ in a })
        let pairs: [(BenchFigure.Step, BenchFigure.Step, Double?)] = [
            (.checkThree, .csvRead, nil), (.checkAll, .csvRead, nil), (.scanCommand, .csvRead, nil),
            (.open, .csvRead, nil), (.importRows, .importFloor, 1.5), (.save, .fileSave, nil),
        ]
        var lines: [String] = []
        for (figure, reference, target) in pairs {
            guard let f = byStep[figure], let r = byStep[reference], r.measured > 0 else { continue }
            let ratio = f.measured / r.measured
            var line = "  \(label(figure, households: f.items, english: english)) ÷ \(label(reference, households: r.items, english: english))"
                + String(format: ": %.1f×", ratio)
            if let target {
                line += String(format: english ? " (target ≤ %.1f×: %@)" : " (doel ≤ %.1f×: %@)", target,
                               ratio <= target ? "OK" : (english ? "missed" : "niet gehaald"))
            }
            lines.append(line)
        }
        guard !lines.isEmpty else { return nil }
        return (english ? "Against the references of this run:" : "Tegenover de referenties van deze run:") + "\n"
            + lines.joined(separator: "\n")
    }

    static func label(_ step: BenchFigure.Step, households: Int, english: Bool) -> String {
        let n = households.formatted(.number.grouping(.automatic).locale(Locale(identifier: "nl_BE")))
        switch step {
        case .open: return english ? "open store + list (\(n))" : "store openen + lijst (\(n))"
        case .search: return english ? "search, slowest keystroke (\(n))" : "zoeken, traagste toets (\(n))"
        case .modules: return english ? "all modules, one household" : "alle modules, één huishouden"
        case .scan: return english ? "caseload scan (\(n))" : "caseloadscan (\(n))"
        case .importRows: return english ? "import CSV (\(n) households)" : "import CSV (\(n) huishoudens)"
        case .match:
            return english ? "buddy assignment 2,000 × 500" : "buddy-toewijzing 2.000 × 500"
        case .save: return english ? "save a dossier durably" : "dossier duurzaam bewaren"
        case .scanCommand: return english ? "zorg scan, whole command (\(n))" : "zorg scan, heel het commando (\(n))"
        case .checkThree: return english ? "zorg check --all, 3 rules, CSV (\(n))" : "zorg check --all, 3 regels, CSV (\(n))"
        case .checkAll: return english ? "zorg check --all, all rules, CSV (\(n))" : "zorg check --all, alle regels, CSV (\(n))"
        case .csvRead: return english ? "ref.: read the client CSV once" : "ref.: de cliënten-CSV één keer lezen"
        case .fileSave: return english ? "ref.: one durable file save" : "ref.: één bestand duurzaam bewaren"
        case .importFloor: return english ? "ref.: import floor (files, one flush)" : "ref.: importvloer (bestanden, één flush)"
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
