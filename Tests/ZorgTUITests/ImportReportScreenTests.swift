@testable import CaseModel
import Foundation
import Testing
@testable import ZorgTUI

/// The import screen tells what `zorg import --dry-run` tells: after the dry run, Tab shows the report with each
/// rejected row's line, column and value, and the warnings (unknown columns, letters that became `?`, restored
/// leading zeros). A long report scrolls.
@Suite struct ImportReportScreenTests {
    /// A sample of `seeds/samples/`, planned as the administration screen plans it (nothing in the store yet).
    static func plan(_ sample: String) throws -> ImportPlan {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let bytes = try Data(contentsOf: root.appendingPathComponent("seeds/samples/\(sample)"))
        let options = ImportOptions(fileName: sample, allOrNothing: false, today: AdminScreenTests.today, user: "admin")
        return ClientListImport.plan([UInt8](bytes), options: options, context: InMemoryImportContext(households: []))
    }

    /// The dry run of `sample` on the administration screen, its report shown.
    static func report(_ sample: String, size: TerminalSize, language: Language = .nl) throws -> Driver {
        var state = Fixture.state(size: size, options: UIOptions(language: language, environment: [:]))
        state.isAdmin = true
        var d = Driver(state)
        d.press(.character("a"), .character("i"))
        d.type(sample)
        d.press(.enter)
        d.send(.jobFinished(.planned(try plan(sample))))
        d.press(.tab)
        return d
    }

    @Test func eachRejectedRowWithLineColumnAndValueAndTheWarnings() throws {
        let d = try Self.report("clients-with-errors.csv", size: TerminalSize(rows: 40, columns: 140))
        let text = d.text
        #expect(text.contains("clients-with-errors.csv:6: kolom rijksregisternummer, waarde \"99.99.99-999.99\": ongeldig controlegetal"))
        #expect(text.contains("clients-with-errors.csv:8: kolom inkomen_jaar, waarde \"aaaaaaaa aaaaaaaaaaaaaa\": geen bedrag"))
        #expect(text.contains("clients-with-errors.csv:10: kolom naam: verplichte waarde ontbreekt"))
        #expect(text.contains("Waarschuwingen (1):"))
        #expect(text.contains("clients-with-errors.csv:1: kolom telefoon: onbekende kolom, genegeerd"))
        #expect(text.contains("Rijen: 11 gelezen, 4 aanvaard, 7 afgewezen"))
        #expect(d.lines[39].contains("verslag"))
    }

    @Test func lettersThatBecameAQuestionMarkAndRestoredLeadingZerosAreWarned() throws {
        let d = try Self.report("clients-windows1252.csv", size: TerminalSize(rows: 40, columns: 200))
        #expect(d.text.contains("clients-windows1252.csv:3: kolom voornaam: een ? in een naam staat meestal voor een letter"))
        #expect(d.text.contains("clients-windows1252.csv:5: kolom rijksregisternummer, waarde \"99.99.99-999.99\": voorloopnullen aangevuld"))
    }

    @Test func inEnglishTheReportIsTheEnglishOne() throws {
        let d = try Self.report("clients-with-errors.csv", size: TerminalSize(rows: 40, columns: 140), language: .en)
        #expect(d.text.contains("clients-with-errors.csv:7: column geboortedatum, value \"99-99-9999\""))
        #expect(d.text.contains("Warnings (1):"))
    }

    @Test func aLongReportWrapsAndScrollsWithoutLosingALine() throws {
        var d = try Self.report("clients-with-errors.csv", size: TerminalSize(rows: 24, columns: 80))
        #expect(d.lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        #expect(d.text.contains("clients-with-errors.csv:6: kolom rijksregisternummer"))
        #expect(!d.text.contains("Proefdraai"), "the end is below the screen at first")
        d.press(.end)
        #expect(d.text.contains("Proefdraai (--dry-run): er is niets geschreven."))
        #expect(d.text.contains("2026-02008: afgewezen"))
        d.press(.home)
        #expect(d.text.contains("Rijen: 11 gelezen"))
        d.press(.pageDown, .pageUp, .down, .up)
        #expect(d.text.contains("Rijen: 11 gelezen"))
        d.press(.tab)
        #expect(d.text.contains("2026-02001") && d.text.contains("nieuw"), "Tab goes back to the cases")
    }
}
