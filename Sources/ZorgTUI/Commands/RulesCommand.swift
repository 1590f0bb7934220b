import ArgumentParser
import CaseModel
import Foundation

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "De regelmodules: lijst, details met parameters en bronnen, tests, en wie wint of verliest.",
        subcommands: [List.self, Show.self, Test.self, Diff.self])

    /// The store's rule set; works without a store too (built-in modules only), so an administrator can read
    /// the modules anywhere.
    static func ruleSet(_ global: GlobalOptions, _ t: Text) throws -> (RuleSet, CaseStore?) {
        let store: CaseStore?
        if let location = try? StoreAccess.location(global), CaseStore.isStore(at: location.path) {
            store = try StoreAccess.open(path: location.path, allowed: [.caseworker, .admin])
        } else {
            store = nil
        }
        let load = store.map { RuleSet.load(for: $0) } ?? RuleSet.load()
        for p in load.problems {
            FileHandle.standardError.write(Data(t("Regelmodule geweigerd: \(p)\n", "Rule module refused: \(p)\n").utf8))
        }
        return (load.ruleSet, store)
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
            let (set, maybeStore) = try RulesCommand.ruleSet(global, t)
            guard let store = maybeStore else {
                throw CommandError.environment(t("Geen store gevonden: geef --store of zet ZORG_STORE.", "No store found: pass --store or set ZORG_STORE."))
            }
            var after = set
            if let with {
                guard let text = try? String(contentsOfFile: with, encoding: .utf8) else {
                    throw CommandError.environment(t("Kan \(with) niet lezen.", "Cannot read \(with)."))
                }
                switch set.applying(overrideText: text, file: with) {
                case .success(let s): after = s
                case .failure(let p): throw CommandError.problems(t("Parameterbestand geweigerd: \(p)", "Parameter file refused: \(p)"))
                }
            }
            let fromDay = from?.day ?? Day.today()
            let toDay = to?.day ?? fromDay
            let caseload = try StoreAccess.mapped { try store.loadAll() }
            _ = try StoreAccess.mapped {
                try store.audit.append(AuditAction("rules-diff"), detail: ["from": fromDay.iso, "to": toDay.iso,
                                                                             "dossiers": String(caseload.households.count)])
            }
            let changes = RuleChanges.compare(caseload.households, before: (set, fromDay), after: (after, toDay),
                                              ruleIDs: rules.isEmpty ? nil : rules,
                                              lookup: CaregiverIndex(households: caseload.households))
            print(RuleChangeReport.text(changes, households: caseload.households, language: global.lang == .en ? .en : .nl,
                                        from: fromDay, to: toDay))
        }
    }
}
