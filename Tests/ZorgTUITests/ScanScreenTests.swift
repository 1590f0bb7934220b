@testable import CaseModel
import Foundation
import Testing
@testable import ZorgTUI

/// The scan screen on the demo store: the same findings as `zorg scan`, sections, charts, keys, sizes.
@Suite struct ScanScreenTests {
    static let day = Day(year: 2026, month: 11, day: 23)!

    /// The demo store's scan, run as the screen runs it, and the caseload rows.
    static func demoScan() throws -> (CaseloadScan, [CaseloadEntry], Office) {
        let (scan, entries, source, _) = try demoScanWithHouseholds()
        return (scan, entries, source)
    }

    static func demoScanWithHouseholds() throws -> (CaseloadScan, [CaseloadEntry], Office, [Household]) {
        let source = try MatchingFixture.demoSource()
        guard let scan = try source.scan(asOf: day, progress: WorkProgress())?.scan else {
            throw ScanMissing()
        }
        return (scan, try EffectWork.caseloadEntries(source), source, try source.store.loadAll().households)
    }

    struct ScanMissing: Error {}

    static func driver(_ scan: CaseloadScan, _ entries: [CaseloadEntry], size: TerminalSize = TerminalSize(rows: 24, columns: 80),
                       options: UIOptions = UIOptions(environment: [:]), households: [Household] = []) -> Driver {
        let state = AppState(entries: entries, storeName: "demo", size: size, options: options, today: day)
        var d = Driver(state, households: households)
        d.press(.character("S"))
        d.send(.jobFinished(.scanned(scan)))
        return d
    }

    static func page(_ d: Driver) -> ScanScreen? {
        if case .scan(let p) = d.state.pages.last { p } else { nil }
    }

    @Test func theScreenRunsTheSameScanAsZorgScanAndRecordsItOnce() throws {
        let (scan, _, source) = try Self.demoScan()
        defer { MatchingFixture.remove(source) }
        let households = try source.store.loadAll().households
        let direct = CaseloadScan(households: households,
                                  results: CaseModel.CaseloadEvaluation.run(households: households, ruleSet: source.ruleSet,
                                                                            asOf: Self.day, reasons: false),
                                  ruleSet: source.ruleSet, asOf: Self.day)
        #expect(ScanReport.text(scan, language: .nl) == ScanReport.text(direct, language: .nl))
        #expect(!scan.underProtection.isEmpty && !scan.possible.isEmpty && !scan.multiProblemWithoutBuddy.isEmpty)
        let scans = try source.store.audit.entries().filter { $0.action == .scan }
        #expect(scans.count == 1)
        #expect(scans.first?.detail["dossiers"] == String(households.count))
        #expect(scans.first?.dossiers.isEmpty == true)
    }

    @Test func theOverviewShowsCountsAndChartsAt80x24() throws {
        let (scan, entries, source) = try Self.demoScan()
        MatchingFixture.remove(source)
        var d = Self.driver(scan, entries)
        #expect(d.state.job == nil)
        #expect(d.lines[0].contains("Proactieve scan"))
        #expect(d.lines[1].contains("1/7 Overzicht"))
        #expect(d.lines[2].contains("Scan van \(scan.households) dossiers op 23-11-2026"))
        #expect(d.text.contains("zeker \(scan.totalCertain.belgian) per jaar, mogelijk \(scan.totalPossible.belgian) per jaar"))
        #expect(d.text.contains("2  Onderbescherming") && d.text.contains("\(scan.underProtection.count)"))
        #expect(d.text.contains("Zekere winst per wijk"))
        // The district with the largest expected gain has the longest bar, with its amount.
        let top = Self.page(d)!.gainByDistrict(Strings(language: .nl)).first!
        let barLine = d.lines.first { $0.contains(top.label) && $0.contains("█") }
        #expect(barLine?.contains(top.valueText) == true)
        // Scrolling shows the rights chart further down.
        d.press(.pageDown, .pageDown)
        #expect(d.text.contains("Onderbescherming per recht") || d.text.contains("Energiearmoede per niveau"))
        #expect(d.lines.allSatisfy { DisplayWidth.of($0) <= 80 })
    }

    @Test func sectionsListTheHouseholdsAndEnterOpensTheDossier() throws {
        let (scan, entries, source, households) = try Self.demoScanWithHouseholds()
        MatchingFixture.remove(source)
        var d = Self.driver(scan, entries, households: households)
        d.press(.tab)
        #expect(d.lines[1].contains("2/7 Onderbescherming (\(scan.underProtection.count))"))
        let first = scan.underProtection[0], second = scan.underProtection[1]
        #expect(d.lines[3].contains(first.dossier.rawValue) && d.lines[3].contains(first.certain.belgian))
        #expect(d.lines[4].contains(second.dossier.rawValue))
        // Enter asks the reason for opening first (the access log records it), as on the caseload.
        d.press(.enter)
        #expect(d.state.reasonChooser?.dossier == first.dossier)
        #expect(d.text.contains(first.name))
        d.press(.enter)
        #expect(d.effects.last == .openDossier(first.dossier, reason: d.state.lastAccessReason))
        d.press(.escape)  // back from the dossier (the driver opened it) to the scan
        #expect(Self.page(d) != nil)
        d.press(.character("j"), .enter, .enter)
        #expect(d.effects.last == .openDossier(second.dossier, reason: d.state.lastAccessReason))
        d.press(.escape)

        // The end of the list has the total.
        d.press(.end)
        #expect(d.text.contains("Totaal: zeker \(scan.totalCertain.belgian) per jaar, mogelijk \(scan.totalPossible.belgian) per jaar"))

        d.press(.character("4"))
        #expect(d.lines[1].contains("4/7 Energiearmoede"))
        #expect(d.text.contains("dringend (\(scan.energyPoverty["urgent"]?.count ?? 0))"))
        d.press(.character("5"))
        #expect(d.text.contains(scan.multiProblemWithoutBuddy[0].dossier.rawValue))
        d.press(.left)
        #expect(d.lines[1].contains("4/7"))
        d.press(.character("3"))
        // The facts to collect name members by masked national numbers only.
        #expect(d.text.contains("***"))
        #expect(!scan.possible.contains { p in p.missing.contains { m in
            m.split(separator: "@").last.map { d.text.contains(String($0)) && NationalNumber(String($0)) != nil } ?? false } })

        d.press(.character("?"))
        #expect(d.text.contains("volgend / vorig onderdeel"))
        d.press(.escape, .escape)
        #expect(d.state.pages.isEmpty)
    }

    @Test func itUsesAWideTerminalAndPlainMode() throws {
        let (scan, entries, source) = try Self.demoScan()
        MatchingFixture.remove(source)
        let wide = Self.driver(scan, entries, size: TerminalSize(rows: 60, columns: 200))
        #expect(wide.lines[1].contains("1 Overzicht") && wide.lines[1].contains("7 Opvolgingen over datum"))
        #expect(wide.text.contains("Onderbescherming per recht") && wide.text.contains("Energiearmoede per niveau"))

        var plain = Self.driver(scan, entries, options: UIOptions(plain: true, environment: [:]))
        #expect(!plain.text.contains("█") && plain.text.contains("#"))
        plain.press(.tab)
        #expect(plain.lines[1].hasPrefix("[2/7"))
        #expect(plain.lines[3].hasPrefix(">"))

        var english = Self.driver(scan, entries, options: UIOptions(language: .en, environment: [:]))
        #expect(english.text.contains("Certain gain by district"))
        english.press(.tab)
        #expect(english.text.contains("Under-protection (\(scan.underProtection.count))"))
    }

    @Test func theLoopRunsTheScanAndShowsItsScreen() throws {
        let source = try MatchingFixture.demoSource()
        defer { MatchingFixture.remove(source) }
        let terminal = MemoryTerminal(size: TerminalSize(rows: 24, columns: 80), events: [.key(.character("S")), .key(.tab)])
        let state = AppState(entries: try EffectWork.caseloadEntries(source), storeName: "demo", size: terminal.size,
                             options: UIOptions(environment: [:]), today: Self.day)
        let code = AppLoop.run(terminal: terminal, office: source, state: state, runner: InlineEffectRunner())
        #expect(code == 143)
        #expect(terminal.screen.text.contains("Onderbescherming ("))
        #expect(try source.store.audit.entries().filter { $0.action == .scan }.count == 1)
    }
}
