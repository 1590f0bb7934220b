import ArgumentParser
import CaseModel
import Foundation

struct MatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Stelt de optimale buddy-toewijzing voor; --confirm legt gekozen paren vast.",
        discussion: "Een paar is DOSSIER=VRIJWILLIGER. Een bevestigd paar komt in het dossier en in de last van de vrijwilliger. "
            + "Een paar buiten het voorstel mag, als het aan de harde voorwaarden voldoet (geef dan --reason).")

    enum Format: String, ExpressibleByArgument { case table, json }

    @OptionGroup var global: GlobalOptions
    @Flag(name: .long, help: "Toon wat er zou gebeuren; leg niets vast.") var dryRun = false
    @Option(name: .long, parsing: .upToNextOption, help: "Paren om vast te leggen: DOSSIER=VRIJWILLIGER.") var confirm: [String] = []
    @Option(name: .long, help: "Reden, wanneer een bevestigd paar afwijkt van het voorstel.") var reason: String?
    @Option(name: .customLong("as-of"), help: "Datum; standaard vandaag.") var asOf: DayArgument?
    @Option(name: .long, help: "table of json.") var format: Format = .table

    func run() throws {
        let t = Text(global.lang)
        let office = try StoreAccess.office(global)
        let date = asOf?.day ?? Day.today()
        if confirm.isEmpty {
            let round = try StoreAccess.mapped { try office.buddyRound(asOf: date, shown: .report) }.round
            print(format == .json ? Self.json(round) : Self.table(round, t))
            return
        }
        var pairs: [(family: DossierID, volunteer: DossierID)] = []
        for raw in confirm {
            let parts = raw.split(separator: "=").map(String.init)
            guard parts.count == 2, let d = DossierID(rawValue: parts[0]), let v = DossierID(rawValue: parts[1]) else {
                throw CommandError.usage(t("Een paar is DOSSIER=VRIJWILLIGER, niet \(raw).", "A pair is DOSSIER=VOLUNTEER, not \(raw)."))
            }
            pairs.append((d, v))
        }
        // Every pair checked first, nothing recorded unless all pass (`Office.confirmBuddies`, as on the screen).
        do {
            _ = try StoreAccess.mapped { try office.confirmBuddies(pairs, reason: reason, asOf: date, dryRun: dryRun) }
        } catch let error as BuddyConfirmationError {
            throw Self.commandError(error, t)
        }
        if dryRun {
            print(t("Proefdraai: \(pairs.count) paar/paren zouden vastgelegd worden.", "Dry run: \(pairs.count) pair(s) would be recorded."))
            return
        }
        for (familyID, volunteerID) in pairs {
            print(t("Vastgelegd: \(familyID) krijgt buddy \(volunteerID).", "Recorded: \(familyID) gets buddy \(volunteerID)."))
        }
    }

    /// A pair the office refused, in the command's words (a missing reason is a usage error).
    static func commandError(_ error: BuddyConfirmationError, _ t: Text) -> CommandError {
        switch error {
        case .consentNeeded(let f):
            .problems(t("\(f) heeft geen actieve toestemming voor buddywerking: leg die eerst vast (zorg consent \(f) give --purpose buddy …).",
                        "\(f) has no active consent for buddy support: record it first (zorg consent \(f) give --purpose buddy …)."))
        case .notOpen(let f):
            .problems(t("\(f) is geen open multiprobleemgezin zonder buddy.", "\(f) is not an open multi-problem family without a buddy."))
        case .noSuchVolunteer(let v):
            .problems(t("Vrijwilliger \(v) bestaat niet.", "Volunteer \(v) does not exist."))
        case .volunteerUnavailable(let v, let reasons):
            .problems(t("\(v) kan nu geen gezin opnemen: \(reasons.isEmpty ? "geen vrije plaats" : reasons.joined(separator: "; ")).",
                        "\(v) cannot take a family now: \(reasons.isEmpty ? "no free place" : reasons.joined(separator: "; "))."))
        case .infeasible(let f, let v, let blockers):
            .problems(t("Paar \(f)=\(v) kan niet: \(blockers.joined(separator: "; ")).",
                        "Pair \(f)=\(v) is not possible: \(blockers.joined(separator: "; "))."))
        case .reasonRequired(let f, let v):
            .usage(t("\(f)=\(v) wijkt af van het voorstel: geef --reason.", "\(f)=\(v) differs from the proposal: give --reason."))
        }
    }

    static func table(_ round: BuddyRound, _ t: Text) -> String {
        var lines = [t("Open multiprobleemgezinnen: \(round.openFamilies.count); voorstellen: \(round.result.proposals.count); totale score \(round.result.totalScore)",
                       "Open multi-problem families: \(round.openFamilies.count); proposals: \(round.result.proposals.count); total score \(round.result.totalScore)")]
        for p in round.result.proposals {
            lines.append("  \(p.family) = \(p.volunteer)   score \(p.score.total)/\(round.policy.maximumScore)")
            for part in p.score.parts { lines.append("      \(part.name) \(part.points)/\(part.maximum): \(part.why)") }
            if let d = round.disclosures[p.family] {
                lines.append(t("      de vrijwilliger ziet (toestemming \(d.consent.number)): ", "      the volunteer sees (consent \(d.consent.number)): ")
                             + d.shared.map { t.language == .en ? $0.category.english : $0.category.rawValue }.joined(separator: ", "))
                if !d.withheld.isEmpty {
                    lines.append(t("      niet gedeeld: ", "      not shared: ")
                                 + d.withheld.map { t.language == .en ? $0.english : $0.rawValue }.joined(separator: ", "))
                }
            }
        }
        for u in round.result.unmatched { lines.append(t("  \(u.family): geen voorstel (\(u.reason))", "  \(u.family): no proposal (\(u.reason))")) }
        if !round.consentNeeded.isEmpty {
            lines.append(t("Toestemming nodig (buddywerking), niet gekoppeld: \(round.consentNeeded.count) gezin(nen): ",
                           "Consent needed (buddy support), not matched: \(round.consentNeeded.count) famil(y/ies): ")
                         + round.consentNeeded.map(\.rawValue).joined(separator: ", "))
        }
        let unavailable = round.result.volunteers.filter { !$0.eligible }
        if !unavailable.isEmpty {
            lines.append(t("Vrijwilligers die nu niet kunnen:", "Volunteers who cannot now:"))
            for v in unavailable { lines.append("  \(v.volunteer): \(v.reasons.joined(separator: "; "))") }
        }
        return lines.joined(separator: "\n")
    }

    static func json(_ round: BuddyRound) -> String {
        struct Pair: Encodable { var dossier: String; var volunteer: String; var score: Int; var parts: [ScorePart] }
        struct Unmatched: Encodable { var dossier: String; var reason: String }
        struct Out: Encodable {
            var as_of: String; var proposals: [Pair]; var unmatched: [Unmatched]; var total_score: Int
            var consent_needed: [String]; var shared_with_volunteer: [String: [String]]
        }
        let out = Out(as_of: round.asOf.iso,
                      proposals: round.result.proposals.map { Pair(dossier: $0.family.rawValue, volunteer: $0.volunteer.rawValue,
                                                                    score: $0.score.total, parts: $0.score.parts) },
                      unmatched: round.result.unmatched.map { Unmatched(dossier: $0.family.rawValue, reason: $0.reason) },
                      total_score: round.result.totalScore,
                      consent_needed: round.consentNeeded.map(\.rawValue),
                      shared_with_volunteer: Dictionary(uniqueKeysWithValues: round.result.proposals.compactMap { p in
                          round.disclosures[p.family].map { d in
                              (p.family.rawValue, d.shared.map(\.category.rawValue))
                          }
                      }))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: (try? encoder.encode(out)) ?? Data(), as: UTF8.self)
    }
}
