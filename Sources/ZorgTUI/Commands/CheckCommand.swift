import ArgumentParser
import CaseModel
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Voert de regelmodules uit voor dossiers, op een datum, met hun verklaring.",
        discussion: "Uitkomsten: receives, eligible, possible (met de ontbrekende gegevens), not_eligible. "
            + "Het JSON-formaat staat in cli.md. Met --interactive: de rechtenverkenner voor vrijwilligers, "
            + "zonder store (er wordt niets gelezen of bewaard).")

    enum Format: String, ExpressibleByArgument { case table, json, csv }

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Dossiernummers.") var dossiers: [String] = []
    @Flag(name: .long, help: "Alle dossiers van de store.") var all = false
    @Flag(name: .customLong("include-closed"), help: "Ook gesloten dossiers (met --all).") var includeClosed = false
    @Option(name: .customLong("as-of"), help: "Datum (jjjj-mm-dd of dd-mm-jjjj); standaard vandaag.") var asOf: DayArgument?
    @Option(name: .customLong("rule"), help: "Alleen deze regel (mag herhaald worden).") var rules: [String] = []
    @Option(name: .long, help: "table, json of csv.") var format: Format = .table
    @Flag(name: .long, help: "Toon bij elke uitkomst de voorwaarden, waarden, drempels en bronnen (tabelvorm).") var explain = false
    @Option(name: .customLong("what-if"), help: "Wat als: KOLOM@LID=WAARDE (lid: positie of rijksregisternummer) of KOLOM=WAARDE voor het huishouden; mag herhaald worden. Niets wordt bewaard.")
    var whatIf: [String] = []
    @Flag(name: .long, help: "De rechtenverkenner: een korte vragenlijst, zonder store.") var interactive = false
    @Flag(name: .customLong("no-color"), help: "Zonder kleuren (met --interactive).") var noColor = false
    @Flag(name: .long, help: "Zonder lijntekens, voor schermlezers (met --interactive).") var plain = false

    func validate() throws {
        if interactive {
            if all || !dossiers.isEmpty { throw ValidationError("--interactive neemt geen dossiernummers of --all.") }
            return
        }
        if all == !dossiers.isEmpty { throw ValidationError("Geef dossiernummers of --all (niet allebei).") }
    }

    /// `--what-if`: one dossier, its checks before and after the changed facts (cli.md); csv is refused.
    private func runWhatIf(_ t: Text) throws {
        guard !all, dossiers.count == 1 else {
            throw CommandError.usage(t("--what-if geldt voor één dossier.", "--what-if is for one dossier."))
        }
        guard format != .csv else {
            throw CommandError.usage(t("--what-if geeft een tabel of json, geen csv.", "--what-if gives a table or json, not csv."))
        }
        let language: RuleLanguage = global.lang == .en ? .en : .nl
        let id = try DossierArgument.id(dossiers[0], t)
        let changes: [FactChange]
        do {
            changes = try whatIf.map { try FactChange(parsing: $0) }
        } catch let e as WhatIfError {
            throw CommandError.usage("--what-if: " + e.message(language))
        }
        let office = try StoreAccess.office(global)
        let comparison = try StoreAccess.mapped {
            do {
                return try office.whatIf(id, changes: changes, asOf: asOf?.day ?? Day.today(), ruleIDs: rules.isEmpty ? nil : rules)
            } catch let e as WhatIfError {
                throw CommandError.problems(e.message(language))
            } catch OfficeError.unknownRule(let rule) {
                throw CommandError.usage(t("Onbekende regel: \(rule). Zie `zorg rules list`.", "Unknown rule: \(rule). See `zorg rules list`."))
            }
        }
        print(format == .json ? comparison.json : comparison.table(language: language))
    }

    func run() throws {
        if interactive {
            // The checker never resolves, opens or reads a store (not even --store or ZORG_STORE), so it needs
            // nothing of a set-group-id zorg's service group: given up before anything else.
            try StoreAccess.mapped { try ServiceGroup.giveUp() }
            // `zorg` itself also has --plain and --no-color, and the parser hands them to it even after `check`;
            // the words on the command line are what the user asked for.
            let words = CommandLine.arguments.dropFirst()
            let options = UIOptions(language: global.lang, noColor: noColor || words.contains("--no-color"),
                                    plain: plain || words.contains("--plain"))
            let code = runCheckerUI(options: options, today: Day.today())
            if code != 0 { throw ExitCode(code) }
            return
        }
        let t = Text(global.lang)
        if !whatIf.isEmpty { return try runWhatIf(t) }
        let office = try StoreAccess.office(global)
        let load = try StoreAccess.mapped { try office.rules() }
        for p in load.problems {
            FileHandle.standardError.write(Data(t("Regelmodule geweigerd: \(p)\n", "Rule module refused: \(p)\n").utf8))
        }
        let date = asOf?.day ?? Day.today()
        let ids = all ? nil : try DossierArgument.ids(dossiers, t)
        // One audit entry, then the results with their reasons on every core, written in dossier order as they
        // are worked out (`Office.check`, `CaseloadCheck.stream`).
        let check = try StoreAccess.mapped {
            do {
                return try office.check(ids, asOf: date, ruleIDs: rules.isEmpty ? nil : rules, includingClosed: includeClosed)
            } catch OfficeError.unknownRule(let id) {
                throw CommandError.usage(t("Onbekende regel: \(id). Zie `zorg rules list`.", "Unknown rule: \(id). See `zorg rules list`."))
            } catch OfficeError.noSuchDossier(let id) {
                throw CommandError.problems(t("Dossier \(id.rawValue) bestaat niet in deze store.",
                                              "Dossier \(id.rawValue) does not exist in this store."))
            }
        }
        for p in check.quarantined { FileHandle.standardError.write(Data((p.description + "\n").utf8)) }
        let language: RuleLanguage = global.lang == .en ? .en : .nl
        let form: CheckOutput.Form = switch format {
        case .json: .json
        case .csv: .csv
        case .table: explain ? .explain : .table
        }
        var output = CheckOutput(form: form, language: language)
        let progress = all ? ProgressLine { done, total in
            t("Controle: \(done) van \(total) dossiers", "Checking: \(done) of \(total) households")
        } : nil
        var done = 0
        output.begin()
        try StoreAccess.mapped {
            try check.stream(reasons: form.showsReasons, into: { CheckOutput.part($0, households: $1, form: form, language: language) }) { part in
                output.write(part)
                done += part.households
                progress?.show(done: done, total: check.count)
            }
        }
        progress?.clear()
        output.finish()
        // Results are written whole first; then the problems are told and give exit code 1 (cli.md).
        let failed = output.failures
        if failed.count > 0 {
            FileHandle.standardError.write(Data(t(
                "\(failed.count) \(failed.count == 1 ? "uitkomst kon" : "uitkomsten konden") niet beoordeeld worden (veld error): "
                    + failed.causes + "\n",
                "\(failed.count) \(failed.count == 1 ? "outcome" : "outcomes") could not be evaluated (field error): "
                    + failed.causes + "\n").utf8))
        }
        if all, !check.quarantined.isEmpty {
            FileHandle.standardError.write(Data(t(
                "\(check.quarantined.count) dossierbestand(en) in quarantaine gezet; de andere dossiers zijn gecontroleerd.\n",
                "\(check.quarantined.count) dossier file(s) quarantined; the other dossiers were checked.\n").utf8))
        }
        if failed.count > 0 || (all && !check.quarantined.isEmpty) { throw ExitCode(ExitStatus.problems.rawValue) }
    }
}
