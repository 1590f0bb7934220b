import ArgumentParser
import CaseModel
import Foundation

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "De regelmodules: lijst, details met parameters en bronnen, tests, en wie wint of verliest.",
        subcommands: [List.self, Show.self, Test.self, Diff.self, Add.self, Remove.self])

    /// The store's rule set; works without a store too (built-in modules only), so an administrator can read
    /// the modules anywhere.
    static func ruleSet(_ global: GlobalOptions, _ t: Text) throws -> (RuleSet, Office?) {
        var office: Office?
        if let location = try? StoreAccess.location(global), Office.isStore(at: location.path) {
            office = try StoreAccess.office(path: location.path)
        }
        let load = try office.map { office in try StoreAccess.mapped { try office.rules() } } ?? RuleSet.load()
        for p in load.problems {
            FileHandle.standardError.write(Data(t("Regelmodule geweigerd: \(p)\n", "Rule module refused: \(p)\n").utf8))
        }
        return (load.ruleSet, office)
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Alle regelmodules.")
        @OptionGroup var global: GlobalOptions
        func run() throws {
            let (set, _) = try RulesCommand.ruleSet(global, Text(global.lang))
            let language: RuleLanguage = global.lang == .en ? .en : .nl
            for m in set.modules { print(m.listLine(language: language)) }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Eén module: voorwaarden, parameters met datums, bronnen en verificatie.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "De id van de module.") var id: String
        @Option(name: .customLong("as-of"), help: "De datum waarop de parameters gelden; standaard vandaag.") var asOf: DayArgument?
        func run() throws {
            let t = Text(global.lang)
            let (set, _) = try RulesCommand.ruleSet(global, t)
            guard let m = set.module(id) else {
                throw CommandError.usage(t("Onbekende regel: \(id). Zie `zorg rules list`.", "Unknown rule: \(id). See `zorg rules list`."))
            }
            print(m.showText(language: global.lang == .en ? .en : .nl, asOf: asOf?.day ?? Day.today()))
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Voert de testgevallen van de modules uit (exit 1 bij een mislukte test).",
            discussion: "Zonder PATH: de tests van alle modules (ingebouwd en lokaal). Met PATH: dat testbestand of die map.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Een testbestand of een map met testbestanden.") var path: String?
        func run() throws {
            let t = Text(global.lang)
            let (set, _) = try RulesCommand.ruleSet(global, t)
            let report = path.map { RuleTestRunner.run(set, path: URL(fileURLWithPath: $0)) } ?? RuleTestRunner.run(set)
            print(report.text(language: global.lang == .en ? .en : .nl))
            if !report.succeeded { throw ExitCode(ExitStatus.problems.rawValue) }
        }
    }

    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Wie wint, verliest of een ander bedrag krijgt: tussen twee datums, of met een aangepast parameterbestand.")
        @OptionGroup var global: GlobalOptions
        @Option(name: .long, help: "Van deze datum.") var from: DayArgument?
        @Option(name: .long, help: "Naar deze datum.") var to: DayArgument?
        @Option(name: .long, help: "Een bestand met overrides: vergelijkt de huidige regels met de regels met dit bestand.") var with: String?
        @Option(name: .customLong("rule"), help: "Alleen deze regel (mag herhaald worden).") var rules: [String] = []

        func validate() throws {
            if with == nil && (from == nil || to == nil) {
                throw ValidationError("Geef --from en --to, of --with BESTAND.")
            }
        }

        func run() throws {
            let t = Text(global.lang)
            let (_, maybeOffice) = try RulesCommand.ruleSet(global, t)
            guard let office = maybeOffice else {
                throw CommandError.environment(t("Geen store gevonden: geef --store MAP, of maak een store met `zorg init`.", "No store found: pass --store DIR, or make a store with `zorg init`."))
            }
            let fromDay = from?.day ?? Day.today()
            let toDay = to?.day ?? fromDay
            // The override file is the person's: the office reads it with her rights.
            let (changes, households) = try StoreAccess.mapped {
                do {
                    return try office.ruleChanges(from: fromDay, to: toDay, overrides: with, ruleIDs: rules.isEmpty ? nil : rules)
                } catch is PersonalFileError {
                    throw CommandError.environment(t("Kan \(with ?? "") niet lezen.", "Cannot read \(with ?? "")."))
                } catch OfficeError.notText {
                    throw CommandError.environment(t("Kan \(with ?? "") niet lezen.", "Cannot read \(with ?? "")."))
                } catch OfficeError.overridesRefused(let p) {
                    throw CommandError.problems(t("Parameterbestand geweigerd: \(p)", "Parameter file refused: \(p)"))
                }
            }
            print(RuleChangeReport.text(changes, households: households, language: global.lang == .en ? .en : .nl,
                                        from: fromDay, to: toDay))
        }
    }

    /// `zorg rules add FILE`: a local module, override or test file into the store's `rules/` (admin).
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Voegt een lokale module, parameterbestand of testbestand toe aan de store (alleen beheerders).",
            discussion: "Het bestand moet laden samen met de andere (anders geweigerd met bestand, regel en reden). "
                + "Een module met de id van een ingebouwde vervangt die. Eén audit-item.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Het YAML-bestand.") var file: String

        func run() throws {
            let t = Text(global.lang)
            let office = try StoreAccess.office(global)
            // The rule file is the administrator's own: the office reads it with her rights.
            let change = try StoreAccess.mapped {
                try PersonalFileArgument.working(on: file, t) {
                    do {
                        return try office.addLocalRule(file: file)
                    } catch let error as LocalRuleError {
                        throw CommandError.problems(error.description)
                    }
                }
            }
            let what: String
            switch change.kind {
            case .module: what = t("module \(change.module ?? "?")", "module \(change.module ?? "?")")
            case .overrides: what = t("parameterwijziging voor \(change.module ?? "?")", "parameter change for \(change.module ?? "?")")
            case .tests: what = t("tests van \(change.module ?? "?")", "tests of \(change.module ?? "?")")
            }
            print(t("\(change.replacedFile ? "Vervangen" : "Toegevoegd"): rules/\(change.file) (\(what)).",
                    "\(change.replacedFile ? "Replaced" : "Added"): rules/\(change.file) (\(what))."))
            if change.replacesBuiltIn {
                print(t("Deze lokale module vervangt de ingebouwde module \(change.module ?? "").",
                        "This local module replaces the built-in module \(change.module ?? "")."))
            }
        }
    }

    /// `zorg rules remove ID`: a local module (with its tests) or a file of `rules/` (admin).
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Verwijdert een lokale module (met haar tests) of een regelbestand uit de store (alleen beheerders).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "De id van de lokale module, of de naam van het bestand in rules/.") var id: String

        func run() throws {
            let t = Text(global.lang)
            let office = try StoreAccess.office(global)
            do {
                let removed = try StoreAccess.mapped { try office.removeLocalRule(id) }
                print(t("Verwijderd: \(removed.map { "rules/" + $0 }.joined(separator: ", ")).",
                        "Removed: \(removed.map { "rules/" + $0 }.joined(separator: ", "))."))
            } catch let error as LocalRuleError {
                throw CommandError.problems(error.description)
            }
        }
    }
}
