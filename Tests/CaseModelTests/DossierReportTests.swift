@testable import CaseModel
import Testing

@Suite("The right-of-access report")
struct DossierReportTests {
    let today = Day(year: 2026, month: 11, day: 23)!

    func household() -> Household {
        var an = Person(firstName: "An", lastName: "Peeters", birthDate: Day(year: 1985, month: 7, day: 30))
        an.incomeMonth = Money(cents: 123456)
        var h = Household(id: DossierID(rawValue: "2024-00277")!, revision: 2, members: [an])
        h.notes = [Note(date: today, author: "els", text: "eerste gesprek")]
        h.followUps = [FollowUp(due: today, text: "bel verhuurder", author: "jan")]
        h.consentOn = today
        h.buddy = BuddyLink(volunteer: DossierID(rawValue: "V-0007")!, since: today, confirmedBy: "els")
        return h
    }

    @Test("facts with Dutch labels and onbekend, notes, follow-ups, buddy, consent, revisions and the access log")
    func contents() throws {
        let log = [AuditEntry(body: .init(seq: 4, time: "2026-11-20T10:00:00Z", user: "els", action: .view,
                                          dossiers: ["2024-00277"], detail: ["reason": "huisbezoek"], prevHash: ""),
                              hash: "")]
        let md = DossierReport(household: household(), revisions: [1, 2], accessLog: log, results: [], asOf: today).markdown
        #expect(md.contains("- Inkomen (maand, netto): € 1.234,56"), "\(md)")
        #expect(md.contains("- Geboortedatum: 30-07-1985"))
        #expect(md.contains("- Geslacht: onbekend"))
        #expect(md.contains("23-11-2026, els: eerste gesprek"))
        #expect(md.contains("23-11-2026, jan: bel verhuurder (open)"))
        #expect(md.contains("V-0007"))
        #expect(md.contains("Toestemming Housing First op 23-11-2026 (uit import, bereik niet vastgelegd)"))
        #expect(md.contains("- revisie 1"))
        #expect(!md.contains("- revisie 2"))
        // Brussels time, in words, without hashes or internal keys.
        #expect(md.contains("- 20-11-2026 11:00, els: ingezien (reden: huisbezoek)"), "\(md)")
        #expect(!md.contains("reason=") && !md.contains("2026-11-20T"))
    }

    @Test("in English the labels are the aliases and unknown is unknown")
    func english() {
        let md = DossierReport(household: household(), revisions: [2], accessLog: [], results: [], asOf: today,
                               language: .en).markdown
        #expect(md.contains("- Income (month, net): € 1.234,56"), "\(md)")
        #expect(md.contains("- Sex: unknown"))
        #expect(md.contains("## Access log of this case"))
    }

    @Test("rule results come with their explanation")
    func results() throws {
        let h = household()
        let results = RuleSet.load().ruleSet.evaluate(household: h, asOf: today)
        #expect(!results.isEmpty)
        let md = DossierReport(household: h, revisions: [2], accessLog: [], results: results, asOf: today).markdown
        let first = try #require(results.first)
        #expect(md.contains(first.title.text(.nl)))
        #expect(md.contains(first.outcomeLabel(.nl)))
        // A signal is named as a signal, never as a right.
        if let signal = results.first(where: { $0.kind == .signal }) {
            #expect(md.contains("### \(signal.title.text(.nl))\(signal.person.map { " — \($0)" } ?? ""): \(signal.outcomeLabel(.nl))"))
            #expect(!md.contains("### \(signal.title.text(.nl)): rechthebbend"))
        }
        #expect(!md.contains("sociale_huur") && !md.contains("private_huur"), "codes in words")
    }
}
