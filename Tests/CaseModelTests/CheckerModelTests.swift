import Foundation
import Testing
@testable import CaseModel

/// The volunteer checker without a terminal: answers → household → grouped rights → the summary text.
struct CheckerModelTests {
    static let today = Day(year: 2026, month: 11, day: 23)!
    static let ruleSet = RuleSet.load().ruleSet

    /// A single pensioner of 70 in Genk with the income guarantee, renting privately, heating with gas.
    static func pensioner() -> CheckerAnswers {
        var a = CheckerAnswers()
        a["aanvrager_leeftijd"] = .text("70")
        a["burgerlijke_staat"] = .choice("alleenstaand")
        a["partner"] = .choice("nee")
        a["postcode"] = .text("3600")
        a["inkomen_jaar_1"] = .text("14.000")
        a["inkomen_maand_1"] = .text("1.150,00")
        a["statuten_1"] = .selection(["igo", "pensioen"])
        a["woonsituatie"] = .choice("private_huur")
        a["huur_maand"] = .text("650")
        a["verwarming"] = .choice("aardgas")
        return a
    }

    @Test func answersBecomeAnAnonymousHousehold() {
        var a = Self.pensioner()
        a["kinderen"] = .text("12, 2015")
        let h = CheckerHousehold.make(from: a, today: Self.today)
        #expect(h.members.map(\.fullName) == ["Persoon 1", "Persoon 2", "Persoon 3"])
        #expect(h.members.allSatisfy { $0.nationalNumber == nil })
        #expect(h.members.map { $0.role } == [.aanvrager, .kind, .kind])
        #expect(h.members[0].age(on: Self.today) == 70)
        #expect(h.members[1].age(on: Self.today) == 12)
        #expect(h.members[2].birthDate == Day(year: 2015, month: 7, day: 1))
        #expect(h.members[0].statuses == [.igo, .pensioen])
        #expect(h.members[0].incomeMonth == Money(cents: 115_000))
        #expect(h.address.postcode == "3600" && h.address.municipality == "Genk" && h.address.street == nil)
        #expect(h.housing.tenure == .privateHuur && h.housing.rentMonth == Money(euros: 650))
    }

    @Test func skippedQuestionsStayUnknown() {
        let h = CheckerHousehold.make(from: CheckerAnswers(), today: Self.today)
        #expect(h.members.count == 1)
        let p = h.members[0]
        #expect(p.birthDate == nil && p.incomeYear == nil && p.incomeMonth == nil && p.statuses == nil)
        #expect(p.disabilityPct == nil && p.dementia == nil && p.civilStatus == nil)
        #expect(h.housing.tenure == nil && h.energy.heating == nil && h.energy.prepaymentMeter == nil)
        #expect(h.address.postcode == nil)
        // "None of these" is an answer (no statuses); nothing ticked is not.
        var none = CheckerAnswers()
        none["statuten_1"] = .selection(["geen"])
        #expect(CheckerHousehold.make(from: none, today: Self.today).members[0].statuses == [])
    }

    @Test func aWronglyTypedAnswerIsReportedAndCountsAsUnknown() {
        var a = CheckerAnswers()
        a["aanvrager_leeftijd"] = .text("300")
        let field = CheckerQuestionnaire.standard[0].fields[0]
        #expect(CheckerParse.problem(field, a, today: Self.today)?.nl.contains("300") == true)
        #expect(CheckerHousehold.make(from: a, today: Self.today).members[0].birthDate == nil)
    }

    @Test func thePartnersStatusesAreAskedOnlyWithAPartner() {
        var a = CheckerAnswers()
        #expect(CheckerQuestionnaire.steps(for: a).contains { $0.id == "statuten_2" })
        a["partner"] = .choice("nee")
        #expect(!CheckerQuestionnaire.steps(for: a).contains { $0.id == "statuten_2" })
    }

    @Test func resultsAreGroupedWithPlacesDocumentsAndWhatIsUnknown() {
        let results = CheckerResults.check(Self.pensioner(), ruleSet: Self.ruleSet, today: Self.today)
        let all = results.groups.flatMap(\.items)
        #expect(!all.isEmpty)
        // Caseworker flows are not rights a citizen applies for.
        #expect(!all.contains { CheckerResults.notRights.contains($0.result.rule) })
        for item in results.items(.has) { #expect(item.result.outcome == .receives) }
        for item in results.items(.likely) { #expect(item.result.outcome == .eligible) }
        for item in results.items(.maybe) {
            #expect(item.result.outcome == .possible)
            #expect(!item.unknown.isEmpty)
        }
        // IGO opens the increased reimbursement.
        #expect(results.items(.likely).contains { $0.result.rule == "verhoogde-tegemoetkoming" })
        // Heating allowance is for oil and similar fuels, not gas.
        #expect(results.items(.unlikely).contains { $0.result.rule == "verwarmingstoelage" })
        // Nothing asked: the unknowns are said in the questions' words, per person.
        let empty = CheckerResults.check(CheckerAnswers(), ruleSet: Self.ruleSet, today: Self.today)
        let unknownWords = empty.items(.maybe).flatMap(\.unknown).map(\.nl)
        #expect(unknownWords.contains("Persoon 1: bruto belastbaar inkomen vorig jaar"))
        #expect(!unknownWords.contains { $0.contains("_") })
    }

    @Test func theSummaryListsDocumentsAndPlacesAndNamesNobody() {
        let results = CheckerResults.check(Self.pensioner(), ruleSet: Self.ruleSet, today: Self.today)
        let text = CheckerSummary.text(results)
        let likely = results.items(.likely) + results.items(.maybe)
        #expect(!likely.isEmpty)
        for item in likely {
            #expect(text.contains(item.title.nl))
            if let place = item.result.applyAt { #expect(text.contains(place.nl)) }
            if !item.result.documents.isEmpty { #expect(text.contains(item.result.documents.joined(separator: ", "))) }
        }
        #expect(text.contains("Meebrengen: "))
        #expect(text.contains("23-11-2026"))
        let english = CheckerSummary.text(results, language: .en)
        #expect(english.contains("Bring: ") && english.contains("This is not a decision"))
    }

    @Test func theSummaryIsWrittenOnlyToTheNamedPath() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zorg-checker-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("samenvatting.txt").path
        let text = CheckerSummary.text(CheckerResults.check(Self.pensioner(), ruleSet: Self.ruleSet, today: Self.today))

        #expect(try SummaryFile.write(text, to: path, overwrite: false) == .written(path: path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["samenvatting.txt"])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode.map { $0 & 0o077 == 0o044 & ~Self.umask() & 0o077 } == true)

        // An existing file is not touched without confirmation; with it, it is replaced.
        #expect(try SummaryFile.write("other", to: path, overwrite: false) == .exists(path: path))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
        #expect(try SummaryFile.write("other", to: path, overwrite: true) == .written(path: path))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "other")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["samenvatting.txt"])

        // A folder or a missing folder is refused with the reason.
        #expect(throws: SummaryFile.Failure.self) { try SummaryFile.write(text, to: folder.path, overwrite: false) }
        #expect(throws: SummaryFile.Failure.self) { try SummaryFile.write(text, to: folder.path + "/nope/x.txt", overwrite: false) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["samenvatting.txt"])
    }

    static func umask() -> Int {
        let old = Foundation.umask(0o022)
        _ = Foundation.umask(old)
        return Int(old)
    }
}
