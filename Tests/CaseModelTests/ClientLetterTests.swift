import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import CaseModel

/// The letter for the client (issue 16.2) built from the real modules: what the household receives, what it can
/// apply for with the office and the documents, the questions for a possible right; in plain words in three
/// languages, with no code, no `_` and no rule id; the HTML is well-formed XML that prints on A4.
@Suite("The letter for the client")
struct ClientLetterTests {
    static let day = Day(year: 2026, month: 12, day: 7)!
    static let rules = RuleSet.load().ruleSet

    /// A mother on leefloon with two children in a private rental; the waiting-list date and the child's school
    /// are not recorded, so some rights stay possible.
    static var household: Household {
        var mother = Person(firstName: "Sara", lastName: "Peeters", birthDate: Day(year: 1990, month: 4, day: 12), role: .aanvrager)
        mother.statuses = [.leefloon]
        mother.incomeMonth = Money(cents: 120_000)
        mother.incomeYear = Money(cents: 1_440_000)
        mother.nationalNumber = NationalNumber.make(birthDate: Day(year: 1990, month: 4, day: 12)!, sequence: 41)
        var son = Person(firstName: "Noah", lastName: "Peeters", birthDate: Day(year: 2016, month: 9, day: 1), role: .kind)
        son.dependant = true
        son.statuses = []
        son.incomeMonth = Money(cents: 0)
        son.incomeYear = Money(cents: 0)
        var h = Household(id: DossierID(rawValue: "L1")!, members: [mother, son])
        h.address = Address(street: "Stalenstraat", houseNumber: "4", postcode: "3600", municipality: "Genk")
        h.housing.tenure = .privateHuur
        h.housing.rentMonth = Money(cents: 65_000)
        h.energy.heating = .aardgas
        return h
    }

    static func letter(_ h: Household = household, offices: ServiceOffices = .builtIn) -> ClientLetter {
        ClientLetter(household: h, results: rules.evaluate(household: h, asOf: day), modules: rules.modules, offices: offices,
                     caseworker: "Els Janssens", date: day)
    }

    /// Rule ids that are not plain words (`verhoogde-tegemoetkoming`), and the codes that are not words (`vt`).
    static let codeTokens: Set<String> = Set(rules.modules.map(\.id).filter { $0.contains("-") }).union(["vt", "igo", "ivt", "gib", "svk", "hbo5"])

    /// Words of a text: letters, digits and '-' kept together ("pro-deoadvocaat" is one word).
    static func tokens(_ text: String) -> [String] {
        text.split { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }.map(String.init)
    }

    @Test("the parts: received, to apply for with office and documents, possible with questions; the writer and the day")
    func theParts() throws {
        let letter = Self.letter()
        let (receives, apply, possible) = letter.parts
        #expect(receives.map(\.rule).contains("leefloon"), "the leefloon recorded as received")
        #expect(!apply.isEmpty && !possible.isEmpty, "\(apply.map(\.rule)) / \(possible.map(\.rule))")
        let text = letter.document(.nl).rendered(.txt)
        #expect(text.contains("Wat u al krijgt") && text.contains("Wat u kunt aanvragen") && text.contains("Misschien heeft u ook recht op"))
        #expect(text.contains("Els Janssens") && text.contains("07-12-2026") && text.contains("Dossiernummer: L1"))
        #expect(text.contains("Stalenstraat 4, 3600 Genk"))
        // Every right to apply for names its offices' addresses and phones and, unless granted by itself, what to bring.
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for e in apply {
            let module = try #require(Self.rules.module(e.rule))
            let words = try #require(module.letter).nl
            #expect(flat.contains(words.name))
            for office in module.letter!.offices.compactMap(ServiceOffices.builtIn.office) {
                if let address = office.address { #expect(flat.contains(address), "\(e.rule): \(address)") }
                if let phone = office.phone { #expect(flat.contains(phone), "\(e.rule): \(phone)") }
            }
            if !e.results.allSatisfy(\.automatic) {
                for item in words.bring { #expect(flat.contains(item), "\(e.rule) brings \(item)") }
            }
        }
        // A signal (energy poverty) or a programme is never named.
        #expect(!text.contains("Energiearmoede") && !text.contains("Housing First"))
    }

    @Test("a possible right's missing facts become numbered questions, a member's with the member's name")
    func questions() throws {
        let letter = Self.letter()
        let possible = letter.parts.possible
        let missing = Set(possible.flatMap { $0.results.flatMap(\.missing) })
        try #require(!missing.isEmpty)
        let text = letter.document(.en).rendered(.txt).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("Our questions for you"))
        for fact in missing {
            let parts = fact.split(separator: "@").map(String.init)
            let question = FactQuestions.builtIn.question(parts[0], .en)
            if parts.count == 2 {
                let who = parts[1] == "2" ? "Noah Peeters" : "Sara Peeters"
                #expect(text.contains(who + ": " + question), "\(fact)")
            } else {
                #expect(text.contains(question), "\(fact)")
            }
        }
        #expect(text.contains("To check this, we need your answer"))
    }

    @Test("in Dutch, French and English, as text, Markdown and HTML: no '_', no rule id, no code", arguments: LetterLanguage.allCases)
    func plainWords(_ language: LetterLanguage) {
        let document = Self.letter().document(language)
        for format in LetterFormat.allCases {
            let text = document.rendered(format)
            let body = format == .html ? String(text[text.range(of: "<body>")!.lowerBound...]) : text
            #expect(!body.contains("_"), "\(language) \(format)")
            let found = Self.tokens(body).filter(Self.codeTokens.contains)
            #expect(found.isEmpty, "\(language) \(format): \(found)")
        }
        let title = ["nl": "Uw sociale rechten", "fr": "Vos droits sociaux", "en": "Your social rights"][language.rawValue]!
        #expect(document.title == title)
    }

    @Test("the French letter uses the French texts of the modules and French typography")
    func french() throws {
        let text = Self.letter().document(.fr).rendered(.txt)
        #expect(text.contains("Ce que vous recevez déjà"))
        #expect(text.contains("Revenu d'intégration (leefloon)"))
        #expect(text.contains("Numéro de dossier : L1"))
        #expect(!text.contains("Wat u kunt aanvragen"))
    }

    @Test("the HTML parses as XML, prints on A4 and escapes what it quotes")
    func html() throws {
        var h = Self.household
        h.members[0].firstName = "Sara <b>&\"'"
        let html = Self.letter(h).document(.nl).rendered(.html)
        #expect(html.contains("@page { size: A4"))
        #expect(html.contains("Sara &lt;b&gt;&amp;&quot;&#39;"))
        #expect(!html.contains("<b>"))
        let document = try XMLDocument(data: Data(html.utf8), options: [])
        #expect(document.rootElement()?.name == "html")
        let names = try document.nodes(forXPath: "//dd").compactMap(\.stringValue)
        #expect(names.contains { $0.hasPrefix("Sara <b>&\"'") }, "\(names)")
        #expect(try document.nodes(forXPath: "//h2").count >= 3)
    }

    @Test("an office the store does not know: the module's own words; unconfirmed details: check first")
    func offices() throws {
        let without = ServiceOffices(offices: [], text: "")
        let text = Self.letter(offices: without).document(.nl).rendered(.txt)
        #expect(text.contains("Sociaal Huis Genk"), "the module's apply_at")
        let builtIn = Self.letter().document(.nl).rendered(.txt)
        #expect(builtIn.contains("Deze gegevens kunnen veranderd zijn."), "the OCMW's address is unconfirmed")
    }

    @Test("Markdown keeps a name with * or # literal")
    func markdown() {
        #expect(LetterDocument.md("An *Peeters* #1") == "An \\*Peeters\\* \\#1")
        #expect(LetterDocument.wrap(String(repeating: "woord ", count: 30), first: "- ", rest: "  ").allSatisfy { $0.count <= 76 })
    }
}
