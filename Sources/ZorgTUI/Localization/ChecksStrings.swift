import CaseModel

/// The texts of the checks screen: the results of the rule modules for one household, with their reasons and
/// the next step.
enum ChecksText: String, CatalogText {
    static let catalogSection = "checks"
    case none, recomputing, markUnconfirmed, markStale, markError, grantedAutomatically, applyNoPlace
    case stillToAsk, reasonsHeading, datePrompt
    case stepReceives, stepActions, stepAutomatic, stepApply, stepApplyWithDocuments, stepFixError, stepAskMissing, stepNone
    case keyMove, keyOpen, keyClose, keyAll, keyDate, keyRerun, hintRerun, hintRun, hintDetails, hintDate
}

/// The checks screen's texts with values.
enum ChecksTemplate: String, CatalogTemplate {
    static let catalogSection = "checks"
    case title, heading, recomputeFailed, outcomeGroup, energyLevel, priorityShort, teamPriority, errorLine
    case outcomeLine, signalsGroup, amountLine, levelLine, priorityLine, applyAtPlace, documentsLine
    case valueUsed, threshold, notVerifiedSince, sourceLine, nextStep, stepApplyAt, stepApplyAtWithDocuments
    case invalidDate, count, fillInField
}

extension RuleOutcome: CatalogText { static let catalogSection = "outcome" }

extension AmountPeriod: CatalogText { static let catalogSection = "period" }

extension Strings {
    func checks(_ key: ChecksText) -> String { text(key) }

    var ruleLanguage: RuleLanguage { language == .en ? .en : .nl }

    func checksTitle(_ id: String, name: String) -> String { fill(ChecksTemplate.title, ["id": id, "name": name]) }

    func checksHeading(_ id: String, name: String, asOf: String) -> String {
        fill(ChecksTemplate.heading, ["id": id, "name": name, "asOf": asOf])
    }

    func checksRecomputeFailed(_ reason: String) -> String { fill(ChecksTemplate.recomputeFailed, ["reason": reason]) }

    func outcomeGroup(_ outcome: RuleOutcome, count: Int) -> String {
        fill(ChecksTemplate.outcomeGroup, ["name": text(outcome), "count": count])
    }

    func period(_ per: AmountPeriod) -> String { text(per) }

    func energyLevel(_ level: String) -> String {
        fill(ChecksTemplate.energyLevel, ["level": RuleResult.levelLabel(level, ruleLanguage)])
    }

    func priorityShort(_ priority: Int) -> String { fill(ChecksTemplate.priorityShort, ["priority": priority]) }
    func teamPriority(_ priority: Int) -> String { fill(ChecksTemplate.teamPriority, ["priority": priority]) }

    /// A result that could not be evaluated (a value out of range): what went wrong, never a personal fact.
    func errorLine(_ cause: String) -> String { fill(ChecksTemplate.errorLine, ["cause": cause]) }

    func outcomeLine(_ result: RuleResult) -> String {
        fill(ChecksTemplate.outcomeLine, ["outcome": result.outcomeLabel(ruleLanguage)])
    }

    func signalsGroup(count: Int) -> String { fill(ChecksTemplate.signalsGroup, ["count": count]) }

    /// "onbevestigd: …" — the same sentence as the command line's (`RuleResult.unconfirmedMeaning`).
    var unconfirmedMeaning: String { RuleResult.unconfirmedMeaning(ruleLanguage) }

    func amountLine(_ amount: String) -> String { fill(ChecksTemplate.amountLine, ["amount": amount]) }

    func levelLine(_ level: String, indicators: [String]) -> String {
        let listed = indicators.isEmpty ? "" : " (" + indicators.joined(separator: ", ") + ")"
        return fill(ChecksTemplate.levelLine, ["level": level, "indicators": listed])
    }

    func priorityLine(_ priority: Int) -> String { fill(ChecksTemplate.priorityLine, ["priority": priority]) }

    func applyAtLine(_ place: String?) -> String {
        place.map { fill(ChecksTemplate.applyAtPlace, ["place": $0]) } ?? checks(.applyNoPlace)
    }

    func documentsLine(_ documents: String) -> String { fill(ChecksTemplate.documentsLine, ["documents": documents]) }
    func valueUsed(_ value: String) -> String { fill(ChecksTemplate.valueUsed, ["value": value]) }
    func threshold(_ value: String) -> String { fill(ChecksTemplate.threshold, ["value": value]) }
    func notVerifiedSince(_ day: String) -> String { fill(ChecksTemplate.notVerifiedSince, ["day": day]) }
    func sourceLine(_ title: String, url: String) -> String { fill(ChecksTemplate.sourceLine, ["title": title, "url": url]) }

    /// What the caseworker does next with a result: nothing, the actions, apply (where, with the documents), or
    /// find what is missing.
    func nextStep(for r: RuleResult) -> String {
        let step = switch r.outcome {
        case .receives: checks(.stepReceives)
        case .eligible where !r.actions.isEmpty: checks(.stepActions)
        case .eligible where r.automatic: checks(.stepAutomatic)
        case .eligible: applyStep(at: r.applyAt?.text(ruleLanguage), withDocuments: !r.documents.isEmpty)
        case .possible where r.error != nil: checks(.stepFixError)
        case .possible: checks(.stepAskMissing)
        case .notEligible: checks(.stepNone)
        }
        return fill(ChecksTemplate.nextStep, ["step": step])
    }

    private func applyStep(at place: String?, withDocuments: Bool) -> String {
        guard let place else { return checks(withDocuments ? .stepApplyWithDocuments : .stepApply) }
        return fill(withDocuments ? ChecksTemplate.stepApplyAtWithDocuments : .stepApplyAt, ["place": place])
    }

    func invalidDate(_ text: String) -> String { fill(ChecksTemplate.invalidDate, ["text": text]) }

    /// Rights that are received, eligible, possible; then the signals and programmes that hold.
    func checksCount(_ counts: [Int], signalled: Int) -> String {
        fill(ChecksTemplate.count, ["receives": counts[0], "eligible": counts[1], "possible": counts[2], "signalled": signalled])
    }

    func fillInField(_ label: String) -> String { fill(ChecksTemplate.fillInField, ["label": label]) }
}
