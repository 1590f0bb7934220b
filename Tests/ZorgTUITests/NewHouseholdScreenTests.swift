import CaseModel
import Foundation
import Testing
@testable import ZorgTUI

/// The desk's screens without a terminal (issue 15): `n` on the caseload (a new household, possible duplicates side
/// by side, registering), and the dossier's member and closing keys, on the real office over a store in memory.
@Suite struct NewHouseholdScreenTests {
    static let today = Day(year: 2026, month: 11, day: 23)!
    static let ctrlS = Form.ctrlS

    static func page(_ d: OfficeDriver) -> NewHouseholdScreen? {
        if case .newHousehold(let p)? = d.state.pages.last { return p }
        return nil
    }

    static func dossier(_ d: OfficeDriver) -> DossierScreen? {
        if case .dossier(let p)? = d.state.pages.last { return p }
        return nil
    }

    /// Types into the focused field of a form (the first character replaces what it held), then Tab.
    static func fill(_ d: inout OfficeDriver, _ values: [String]) {
        for v in values {
            if v.isEmpty { d.press(.tab); continue }
            d.type(v)
            d.press(.tab)
        }
    }

    static func count(_ office: Office) throws -> Int { try office.caseload(includingClosed: true).households.count }

    // MARK: A new household

    @Test func nOnTheCaseloadEntersAHouseholdPersonByPersonAndRegistersItUnderTheNextNumber() throws {
        let office = try TestOffice.memory()
        var d = try OfficeDriver(office, today: Self.today)
        d.press(.character("n"))
        #expect(d.text.contains("De aanvrager en het adres"))
        #expect(d.text.contains("Voornaam *"))
        #expect(d.text.contains("< aanvrager >"), "the role is a picker, on the applicant by default")
        // The applicant: name, national number, birth date, sex, role kept, income, statuses, then the address.
        let applicant = NationalNumber.make(birthDate: Day(year: 1990, month: 4, day: 12)!, sequence: 998)
        Self.fill(&d, ["Sanne", "Vermeulen", applicant.formatted, "12-04-1990", "v", "", "0", "geen", "Stalenstraat", "12",
                       "3600", "Genk", "Winterslag"])
        d.press(Self.ctrlS)
        #expect(d.text.contains("Sanne Vermeulen toegevoegd (1 persoon)"))
        #expect(d.text.contains("1. Sanne Vermeulen (aanvrager)"))
        #expect(d.text.contains("Adres: Stalenstraat 12, 3600 Genk"))
        // A member with `+`: a child without a national number.
        d.press(.character("+"))
        #expect(d.text.contains("Lid 2"))
        Self.fill(&d, ["Noor", "Vermeulen", "", "01-09-2020", "v", "kind"])
        d.press(Self.ctrlS)
        #expect(d.text.contains("2. Noor Vermeulen (kind)"))
        #expect(d.text.contains("rijksregisternummer onbekend"))
        #expect(try Self.count(office) == 5, "nothing is written before r")

        d.press(.character("r"))
        let opened = try #require(Self.dossier(d), "the new dossier opens")
        #expect(opened.id.rawValue == "2026-00001")
        #expect(opened.accessReason == .intake)
        #expect(d.text.contains("Dossier 2026-00001 geregistreerd met 2 leden."))
        let stored = try office.reread(opened.id)
        #expect(stored.members.map(\.fullName) == ["Sanne Vermeulen", "Noor Vermeulen"])
        #expect(stored.members[0].nationalNumber == applicant)
        #expect(stored.members[0].incomeMonth == Money(cents: 0))
        #expect(stored.members[0].statuses == [])
        #expect(stored.members[1].role == .kind)
        #expect(stored.address.district == "Winterslag")
        #expect(stored.consulent == "alice")
        // The caseload lists it; opening it was a view for the intake.
        #expect(d.state.caseload.entries.contains { $0.id == opened.id })
        #expect(try TestOffice.views(office).contains { $0.0 == opened.id && $0.1 == "intake" })
        // Esc: back on the caseload, the new-household page is gone.
        d.press(.escape)
        #expect(d.state.pages.isEmpty)
    }

    @Test func aPossibleDuplicateIsShownBesideTheNewEntryAndTheCaseworkerOpensItOrGoesOn() throws {
        let office = try TestOffice.memory()
        var d = try OfficeDriver(office, today: Self.today)
        d.press(.character("n"))
        Self.fill(&d, ["Sanne", "Vermeulen"])
        d.press(Self.ctrlS)
        // Emre Yılmaz of 2024-00001, under another name: the same national number.
        let emre = try #require(Fixture.households[0].members[1].nationalNumber)
        d.press(.character("+"))
        Self.fill(&d, ["Emre", "Vermeulen", emre.formatted, "05-09-2012", "m", "kind"])
        d.press(Self.ctrlS)
        d.press(.character("r"))
        var text = d.text
        #expect(text.contains("Mogelijk staat iemand al in een dossier"))
        #expect(text.contains("Nieuw (nog niet geregistreerd)"))
        #expect(text.contains("Dossier 2024-00001 — Yılmaz, Ayşe"))
        #expect(text.contains("! 2. Emre Vermeulen (kind)"))
        #expect(text.contains("! 2. Emre Yılmaz (kind)"))
        #expect(text.contains("nieuw lid 2 ↔ dossier 2024-00001, lid 2: zelfde rijksregisternummer"))
        #expect(try Self.count(office) == 5)
        // The stored dossier was read for the intake: a view in the access log with that reason.
        #expect(try TestOffice.views(office).contains { $0.0.rawValue == "2024-00001" && $0.1 == "intake" })

        // o: the stored dossier on top (read for the intake); Esc comes back to the comparison.
        d.press(.character("o"))
        let existing = try #require(Self.dossier(d))
        #expect(existing.id.rawValue == "2024-00001" && existing.accessReason == .intake)
        d.press(.escape)
        #expect(d.text.contains("Mogelijk staat iemand al in een dossier"))
        // Esc goes back to the people entered; r there looks again; r on the comparison registers anyway.
        d.press(.escape)
        #expect(d.text.contains("2. Emre Vermeulen (kind)"))
        d.press(.character("r"))
        d.press(.character("r"))
        let made = try #require(Self.dossier(d))
        #expect(made.id.rawValue == "2026-00001")
        #expect(try Self.count(office) == 6)
        text = d.text
        #expect(text.contains("geregistreerd met 2 leden"))
    }

    @Test func escCancelsWithoutSavingAnything() throws {
        let office = try TestOffice.memory()
        let entries = try office.auditEntries().count
        var d = try OfficeDriver(office, today: Self.today)
        // An untouched form: Esc leaves at once.
        d.press(.character("n"), .escape)
        #expect(d.state.pages.isEmpty)
        // Something typed: asked first; n keeps editing, j drops it.
        d.press(.character("n"))
        d.type("Sanne")
        d.press(.escape)
        #expect(d.text.contains("Nieuw huishouden weggooien?"))
        d.press(.character("n"))
        #expect(Self.page(d)?.session?.form.field("voornaam")?.text == "Sanne")
        d.press(.tab)
        d.type("Vermeulen")
        d.press(Self.ctrlS, .character("+"))
        d.type("Jef")
        // Dropping a member's form returns to the people; Esc there asks about the whole household.
        d.press(.escape, .character("j"))
        #expect(d.text.contains("1. Sanne Vermeulen"))
        d.press(.escape)
        #expect(d.text.contains("Nieuw huishouden weggooien? Er is nog niets bewaard."))
        d.press(.character("j"))
        #expect(d.state.pages.isEmpty)
        #expect(d.text.contains("Nieuw huishouden geannuleerd: niets bewaard."))
        #expect(try Self.count(office) == 5)
        // Nothing written: no dossier was made or changed.
        #expect(try office.auditEntries().dropFirst(entries).allSatisfy { $0.action != .create && $0.action != .change })
    }

    @Test func badInputIsRefusedWithAReasonNeverACrash() throws {
        let office = try TestOffice.memory()
        var d = try OfficeDriver(office, today: Self.today)
        d.press(.character("n"))
        // No name: not saved, the field says why.
        d.press(Self.ctrlS)
        #expect(d.text.contains("Niet opgeslagen: verbeter eerst de velden in het rood."))
        #expect(d.text.contains("✗ verplicht"))
        // A national number that fails its check, an impossible date, a role that is no role, a bad amount.
        Self.fill(&d, ["Sanne", "Vermeulen", "90.04.12-998.00", "31-02-1990", "", "baas", "veel"])
        let text = d.text
        #expect(text.contains("✗ controlegetal klopt niet") || text.contains("controlegetal"))
        #expect(text.contains("✗ geen geldige datum") || text.contains("datum"))
        d.press(Self.ctrlS)
        #expect(Self.page(d)?.session != nil, "the form stays open")
        let form = try #require(Self.page(d)?.session?.form)
        #expect(form.field("rijksregisternummer")?.problem == .nationalNumberChecksum)
        #expect(form.field("geboortedatum")?.problem == .notADate)
        // A role is picked, not typed: "baas" matches no role and leaves a role in place.
        #expect(form.field("rol")?.problem == nil && form.field("rol")?.text != "baas")
        #expect(form.field("inkomen_maand")?.problem == .notAnAmount)
        // Corrected: a birth date that differs from the national number's is a warning, as in the import.
        d.press(.escape, .character("j"))
        #expect(d.state.pages.isEmpty)
        d.press(.character("n"))
        let number = NationalNumber.make(birthDate: Day(year: 1990, month: 4, day: 12)!, sequence: 998)
        Self.fill(&d, ["Sanne", "Vermeulen", number.formatted, "13-04-1990", "", "", "0"])
        d.press(Self.ctrlS)
        #expect(d.text.contains("Let op: het rijksregisternummer van Sanne Vermeulen zegt geboren op 12-04-1990."))
        #expect(d.text.contains("1. Sanne Vermeulen (aanvrager)"))
        // The same national number twice in one household: refused, as the dossier refuses it; the form stays.
        d.press(.character("+"))
        Self.fill(&d, ["Jef", "Vermeulen", number.formatted])
        d.press(Self.ctrlS)
        #expect(d.text.contains("is al lid van dit huishouden"))
        #expect(Self.page(d)?.session != nil)
        // The same person twice (same name, no contradicting number or birth date): refused, as the import does.
        d.press(.escape, .character("j"), .character("+"))
        Self.fill(&d, ["sanne", "VERMEULEN"])
        d.press(Self.ctrlS)
        #expect(d.text.contains("Deze persoon staat al in het huishouden (persoon 1)."))
        d.press(.escape, .character("j"))
        // The last person cannot be removed.
        d.press(.character("x"))
        #expect(d.text.contains("Een huishouden heeft minstens één persoon."))
        #expect(try Self.count(office) == 5)
    }

    // MARK: Members and closing in a dossier

    /// Opens 2024-00001 (reason 2, opvolging) on a driver over the fixture's store.
    static func openFirst(_ office: Office) throws -> OfficeDriver {
        var d = try OfficeDriver(office, today: Self.today)
        d.press(.enter, .character("2"))
        return d
    }

    @Test func plusAddsAMemberMinusEndsAStayAndMMovesOneEachThroughTheOffice() throws {
        let office = try TestOffice.memory()
        var d = try Self.openFirst(office)
        #expect(d.text.contains("+ lid"), "the household tab hints +")
        d.press(.character("+"))
        #expect(d.text.contains("Lid toevoegen"))
        Self.fill(&d, ["Lina", "Yılmaz", "", "02-10-2026", "v", "kind"])
        d.press(Self.ctrlS)
        #expect(d.text.contains("Opgeslagen (revisie 2): Lina Yılmaz toegevoegd."))
        var stored = try office.reread(DossierID(rawValue: "2024-00001")!)
        #expect(stored.members.count == 3)
        #expect(try office.auditEntries().last?.detail["members"] == "add:1")

        // -: the selected member's position is filled in; out of range is refused by the field.
        d.press(.down, .down)  // the second member (Emre)
        d.press(.character("-"))
        #expect(d.text.contains("Lid woont er niet meer"))
        #expect(Self.dossier(d)?.session?.form.field("lid")?.text == "2")
        d.type("9")
        #expect(Self.dossier(d)?.session?.form.field("lid")?.problem == .outOfRange(1...3))
        d.press(Form.ctrlU)
        d.type("2")
        d.press(.tab, .tab)
        d.type("weg")
        d.press(Self.ctrlS)
        #expect(d.text.contains("Niet opgeslagen"))
        d.press(Form.ctrlU)
        d.type("verhuisd")
        d.press(Self.ctrlS)
        #expect(d.text.contains("Opgeslagen (revisie 3): lid 2 woont er niet meer vanaf 23-11-2026."))
        #expect(d.text.contains("Emre Yılmaz (kind) — verhuisd op 23-11-2026"))
        stored = try office.reread(stored.id)
        #expect(stored.members[1].departure?.reason == .verhuisd)
        // Twice: the domain's refusal, in words; the form stays.
        d.press(.character("-"))
        d.press(Form.ctrlU)
        d.type("2")
        d.press(.tab, .tab)
        d.type("overleden")
        d.press(Self.ctrlS)
        #expect(d.text.contains("Lid 2 woont er al niet meer sinds 23-11-2026."))
        #expect(Self.dossier(d)?.session != nil)
        d.press(.escape, .character("j"))

        // m: member 3 moves to 2024-00002; to the same dossier or one that does not exist: refused.
        d.press(.character("m"))
        #expect(d.text.contains("Lid verhuist naar een ander dossier"))
        d.press(Form.ctrlU)
        d.type("3")
        d.press(.tab)
        d.type("2024-00001")
        d.press(Self.ctrlS)
        #expect(d.text.contains("Een lid verhuizen kan alleen naar een ander dossier."))
        d.press(Form.ctrlU)  // the focus stays on the field typed last
        d.type("2099-99999")
        d.press(Self.ctrlS)
        #expect(d.text.contains("Niet opgeslagen: dossier 2099-99999 bestaat niet"))
        #expect(Self.dossier(d)?.session != nil, "the form stays with what was typed")
        d.press(Form.ctrlU)
        d.type("2024-00002")
        d.press(Self.ctrlS)
        #expect(d.text.contains("Opgeslagen (revisie 4): lid 3 verhuisd naar dossier 2024-00002."))
        let other = try office.reread(DossierID(rawValue: "2024-00002")!)
        #expect(other.members.last?.fullName == "Lina Yılmaz")
        #expect(d.state.caseload.entries.first { $0.id == other.id }?.memberCount == 2)
        // The last member who still lives there cannot leave: close the dossier instead.
        d.press(.character("-"))
        d.press(Form.ctrlU)
        d.type("1")
        d.press(.tab, .tab)
        d.type("andere")
        d.press(Self.ctrlS)
        #expect(d.text.contains("Het laatste lid dat er nog woont kan niet vertrekken; sluit het dossier (S)."))
    }

    @Test func sClosesTheDossierAndOReopensIt() throws {
        let office = try TestOffice.memory()
        var d = try Self.openFirst(office)
        let id = DossierID(rawValue: "2024-00001")!
        d.press(.character("O"))
        #expect(d.text.contains("Het dossier is niet gesloten."))
        d.press(.character("S"))
        #expect(d.text.contains("Dossier 2024-00001 sluiten"))
        d.press(Self.ctrlS)
        #expect(d.text.contains("✗ verplicht"), "a reason is required")
        d.type("verhuisd naar Antwerpen")
        d.press(.tab, Form.ctrlU)
        d.type("24-11-2026")
        d.press(Self.ctrlS)
        #expect(d.text.contains("24-11-2026 ligt in de toekomst"))
        d.press(Form.ctrlU)
        d.type("20-11-2026")
        d.press(Self.ctrlS)
        #expect(d.text.contains("Opgeslagen (revisie 2): dossier gesloten op 20-11-2026."))
        #expect(d.text.contains("gesloten sinds 20-11-2026"))
        #expect(d.text.contains("Gesloten op 20-11-2026 door alice: verhuisd naar Antwerpen"))
        #expect(try office.reread(id).closure?.reason == "verhuisd naar Antwerpen")
        #expect(!d.state.caseload.entries.contains { $0.id == id }, "a closed dossier leaves the caseload list")
        // Closed: no member changes, no second closing.
        d.press(.character("+"))
        #expect(d.text.contains("Dossier 2024-00001 is gesloten; heropen het eerst (O)."))
        d.press(.character("S"))
        #expect(d.text.contains("Het dossier is al gesloten sinds 20-11-2026."))
        // O asks to confirm; Esc does nothing, Enter on Opslaan reopens.
        d.press(.character("O"))
        #expect(d.text.contains("Dossier 2024-00001 heropenen (gesloten op 20-11-2026: verhuisd naar Antwerpen)?"))
        d.press(.escape)
        #expect(try office.reread(id).isClosed)
        d.press(.character("O"), .enter)
        #expect(d.text.contains("Opgeslagen (revisie 3): dossier heropend."))
        #expect(try !office.reread(id).isClosed)
        #expect(d.state.caseload.entries.contains { $0.id == id })
        // Each was one revision with its audit entry.
        let history = try office.history(of: id)
        #expect(history.revisions == [1, 2, 3])
    }

    @Test func anEarlierRevisionHasNoDeskKeys() throws {
        let office = try TestOffice.memory()
        var d = try Self.openFirst(office)
        d.press(.character("S"))
        d.type("test")
        d.press(Self.ctrlS)
        d.press(.character("9"), .down, .enter)
        let revision = try #require(Self.dossier(d))
        #expect(revision.readOnlyRevision == 1)
        for key in ["+", "-", "m", "S", "O"] {
            var copy = d
            copy.press(.character(Character(key)))
            #expect(Self.dossier(copy)?.isEditing == false, "\(key) does nothing on an earlier revision")
        }
    }

    /// The history names each follow-up that was added or marked done, with its date and text.
    @Test func theHistorySaysWhichFollowUpWasAddedAndWhichMarkedDone() throws {
        let office = try TestOffice.memory()
        var d = try Self.openFirst(office)
        d.press(.character("f"))
        Self.fill(&d, ["01-12-2026", "Attest OCMW ophalen"])
        d.press(Self.ctrlS)
        d.press(.character("8"), .character("x"))
        #expect(d.text.contains("Opgeslagen (revisie 3)"))
        d.press(.character("9"))
        let text = d.text
        #expect(text.contains("· nieuwe opvolging tegen 01-12-2026: Attest OCMW ophalen"))
        #expect(text.contains("· opvolging afgevinkt (klaar) tegen 01-12-2026: Attest OCMW ophalen"))
        #expect(!text.contains("opvolgingen gewijzigd"))
    }

    /// A volunteer gets the checker, never the caseload and its `n`; and should a register reach the office in her
    /// name, it is refused (writing cases is a caseworker's) and nothing is made.
    @Test func aVolunteerRegistersNothing() throws {
        let fs = MemoryFileSystem()
        let office = try TestOffice.memory(fileSystem: fs)
        try office.grant(.volunteer, to: "vera")
        let vera = try Office.open(at: "/zorg/store", identity: Identity(user: "vera"), fileSystem: fs)
        #expect(try vera.sessionRole() == .volunteer)
        var draft = Household(id: NewHouseholdScreen.draftID)
        draft.members = [Person(firstName: "Sanne", lastName: "Vermeulen")]
        let answer = TestOffice.run(.registerHousehold(draft, despiteDuplicates: true), vera, today: Self.today)
        guard case .newHouseholdFailed(let reason)? = answer else { Issue.record("not refused: \(String(describing: answer))"); return }
        #expect(!reason.isEmpty)
        #expect(try Self.count(office) == 5)
    }

    @Test func theNewHouseholdScreenInEnglish() throws {
        let office = try TestOffice.memory()
        var d = try OfficeDriver(office, today: Self.today, language: .en)
        d.press(.character("n"))
        #expect(d.text.contains("The applicant and the address"))
        Self.fill(&d, ["Sanne", "Vermeulen"])
        d.press(Self.ctrlS)
        #expect(d.text.contains("New household (not registered yet) · 1 person"))
        #expect(d.text.contains("+ member"))
        #expect(d.text.contains("r register"))
    }
}
