import CaseModel
import Foundation

/// How `zorg check` writes its results: in dossier order, a chunk at a time as the chunks are worked out, so
/// that nothing grows with the caseload. A chunk's text is made on the worker that checked it (`part`); the
/// writer (`write`, `finish`) only joins the chunks and counts. The bytes are those of writing all results at
/// once — the JSON array, the CSV lines, the explanations — except that the table's columns are as wide as
/// what was written so far (for up to 256 dossiers, one chunk: exactly as wide as the widest cell).
struct CheckOutput {
    enum Form: Sendable {
        case table, explain, json, csv

        /// The JSON and the explanations show every result's reasons; the CSV and the table none, so their
        /// results are worked out without them.
        var showsReasons: Bool { self == .json || self == .explain }
    }

    /// One chunk's results, ready to be written.
    struct Part: Sendable {
        var text = ""
        var rows: [[String]] = []
        var results = 0
        var households = 0
        var failed: [RuleResult] = []
        var unconfirmed = false
    }

    let form: Form
    let language: RuleLanguage
    private(set) var failures: CheckFailures
    private var written = 0
    private var widths: [Int]?
    private var unconfirmed = false

    init(form: Form, language: RuleLanguage) {
        self.form = form
        self.language = language
        failures = CheckFailures(language)
    }

    /// A chunk's results as text (run on a worker).
    static func part(_ results: [RuleResult], households: Int, form: Form, language: RuleLanguage) -> Part {
        var p = Part(results: results.count, households: households, failed: results.filter { $0.error != nil })
        switch form {
        case .json: p.text = results.map { "  " + $0.json(language: language) }.joined(separator: ",\n")
        case .csv:
            for r in results {
                r.appendCSVLine(to: &p.text)
                p.text += "\n"
            }
        case .explain:
            p.text = results.map { $0.explanation(language: language) }.joined(separator: "\n\n")
            p.unconfirmed = results.contains(where: \.unconfirmed)
        case .table: p.rows = results.map { $0.tableCells(language) }
        }
        return p
    }

    /// What comes before the first result.
    func begin() {
        if form == .csv { Self.out(RuleResult.csvHeader + "\n") }
    }

    mutating func write(_ p: Part) {
        for r in p.failed { failures.add(r) }
        unconfirmed = unconfirmed || p.unconfirmed
        guard p.results > 0 else { return }
        switch form {
        case .json: Self.out((written == 0 ? "[\n" : ",\n") + p.text)
        case .csv: Self.out(p.text)
        case .explain: Self.out((written == 0 ? "" : "\n\n") + p.text)
        case .table:
            var lines = ""
            if widths == nil {
                let header = RuleResult.tableHeader(language)
                widths = RuleResult.tableWidths([header] + p.rows)
                lines = RuleResult.tableLine(header, widths: widths!) + "\n"
            } else {
                widths = RuleResult.tableWidths(p.rows, least: widths!)
            }
            for row in p.rows { lines += RuleResult.tableLine(row, widths: widths!) + "\n" }
            Self.out(lines)
        }
        written += p.results
    }

    /// What comes after the last result.
    func finish() {
        switch form {
        case .json: Self.out(written == 0 ? "[]\n" : "\n]\n")
        case .csv: break
        case .explain:
            Self.out("\n")
            if unconfirmed { Self.out("\n" + RuleResult.unconfirmedMeaning(language) + "\n") }
        case .table:
            if widths == nil {
                let header = RuleResult.tableHeader(language)
                Self.out(RuleResult.tableLine(header, widths: RuleResult.tableWidths([header])) + "\n")
            }
        }
    }

    private static func out(_ text: String) { print(text, terminator: "") }
}
