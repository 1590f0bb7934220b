import Foundation
import Testing
@testable import CaseModel

/// The `letter` block of a module (issue 16.2): every built-in right has one in Dutch, French and English, naming
/// offices the built-in list has; a malformed block is refused as a rule-file error with its line and reason.
@Suite("Letter blocks")
struct LetterBlockTests {
    static let rules = RuleSet.load().ruleSet

    @Test("every built-in right has a letter block whose offices are in the built-in list; the texts hold no '_'")
    func everyRightHasALetter() throws {
        let offices = ServiceOffices.builtIn
        #expect(offices.offices.count >= 10, "the built-in offices load")
        for module in Self.rules.modules where module.kind == .right {
            let letter = try #require(module.letter, "\(module.id) has no letter block")
            for id in letter.offices { #expect(offices.office(id) != nil, "\(module.id) names office \(id)") }
            for language in LetterLanguage.allCases {
                let w = letter.wording(language)
                for text in [w.name, w.what] + w.bring + [w.howMuch].compactMap({ $0 }) {
                    #expect(!text.contains("_"), "\(module.id) \(language): \(text)")
                    #expect(!text.isEmpty)
                }
            }
            // A right without an amount says about how much in words.
            if module.amount == nil { #expect(letter.nl.howMuch != nil, "\(module.id) has no amount and no how_much") }
        }
    }

    @Test("every fact a right reads has a question in the three languages, without '_'")
    func everyFactHasAQuestion() {
        let questions = FactQuestions.builtIn
        for module in Self.rules.modules where module.kind == .right {
            for fact in module.facts {
                #expect(questions.has(fact), "\(module.id) reads \(fact), which has no question")
                for language in LetterLanguage.allCases { #expect(!questions.question(fact, language).contains("_")) }
            }
        }
        // A column without a question is asked by its name in words, still without '_'.
        #expect(FactQuestions(questions: [:]).question("inkomen_maand", .fr) == "Il nous manque encore cette information : inkomen (maand, netto).")
    }

    static let base = """
        id: proefpremie
        title: {nl: Proefpremie, en: Trial grant}
        sources:
          genk: {title: Genk, url: https://www.genk.be, verified: 2026-12-07}
        facts: [inkomen_jaar]
        conditions:
          - test: enig(inkomen_jaar < 20000)
            nl: Laag inkomen.

        """

    static func load(_ letter: String) throws -> RuleModule {
        try RuleModuleLoader.load(text: base + letter, file: "proefpremie.yaml", isBuiltIn: false)
    }

    static let good = """
        letter:
          offices: [sociaal-huis-genk]
          nl: {name: Proefpremie, what: Een premie om te proberen., bring: [uw identiteitskaart]}
          fr: {name: Prime d'essai, what: Une prime pour essayer., bring: [votre carte d'identité]}
          en: {name: Trial grant, what: A grant to try., bring: [your identity card]}

        """

    @Test("the letter block of docs/rules.md loads on a module")
    func theDocumentedExample() throws {
        let blocks = try RuleDocsTests.yamlBlocks()
        let example = try #require(blocks.first { $0.hasPrefix("letter:") })
        let letter = try #require(try Self.load(example).letter)
        #expect(letter.offices == ["sociaal-huis-genk"])
        #expect(letter.fr.name == "Prime de rentrée scolaire" && letter.en.bring.count == 2)
        #expect(letter.nl.howMuch == "Eén keer een bedrag per kind.")
    }

    @Test("a good block loads with its offices and texts per language")
    func aGoodBlockLoads() throws {
        let letter = try #require(try Self.load(Self.good).letter)
        #expect(letter.offices == ["sociaal-huis-genk"])
        #expect(letter.fr.what == "Une prime pour essayer.")
        #expect(letter.en.bring == ["your identity card"])
        #expect(letter.nl.howMuch == nil)
    }

    @Test("a malformed letter block is a rule-file error naming the line and the problem", arguments: [
        ("  fr: {name: Prime d'essai, what: Une prime pour essayer., bring: [votre carte d'identité]}\n", "", "letter needs 'fr'"),
        ("bring: [votre carte d'identité]", "bring: []", "letter.fr.bring has 0 items and letter.nl.bring 1"),
        ("what: A grant to try.", "what: A grant_to try.", "letter.en.what holds '_'"),
        ("offices: [sociaal-huis-genk]", "offices: [Sociaal Huis]", "letter.offices: 'Sociaal Huis' is not an office id"),
        ("nl: {name: Proefpremie,", "nl: {naam: Proefpremie,", "unknown key 'naam' in letter.nl"),
        ("what: Een premie om te proberen.,", "what: Een premie om te proberen., how_much: Veel,", "must both have how_much"),
    ])
    func malformed(_ find: String, _ replace: String, _ says: String) {
        let text = Self.good.replacingOccurrences(of: find, with: replace)
        #expect(text != Self.good)
        do {
            _ = try Self.load(text)
            Issue.record("loaded: \(text)")
        } catch let problem as RuleProblem {
            #expect(problem.file == "proefpremie.yaml")
            #expect(problem.line != nil, "\(problem)")
            #expect(problem.reason.contains(says), "\(problem)")
        } catch {
            Issue.record("\(error)")
        }
    }
}
