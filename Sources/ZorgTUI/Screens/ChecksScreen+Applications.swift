import CaseModel

/// Applications from the checks screen (issue 15): `a` on a right that the check found (eligible or possible)
/// asks the date it was applied for (default the checks' date) and where, and records it (`Office.apply`); a
/// result with an open application shows "aanvraag loopt (N dagen)", and `a` on it asks the outcome: granted
/// (date, optional amount), refused (date, reason) or withdrawn (`Office.decide`).
struct ApplicationForm: Hashable, Sendable {
    enum Kind: Hashable, Sendable { case apply, decide(number: Int) }
    let kind: Kind
    let rule: String
    /// The member's position (1-based) for a person rule.
    let person: Int?
    var form: Form

    static let outcomes = ["toegekend", "geweigerd", "ingetrokken"]

    static func apply(_ r: RuleResult, on day: Day, strings s: Strings) -> ApplicationForm {
        let place = r.applyAt?.text(s.ruleLanguage) ?? ""
        return ApplicationForm(kind: .apply, rule: r.rule, person: r.personIndex.map { $0 + 1 }, form: Form(
            title: s.applicationFormTitle(r.title.text(s.ruleLanguage)), fields: [
                FormField(key: "op", label: s.application(.appliedOn), kind: .date, value: .date(day), required: true),
                FormField(key: "waar", label: s.application(.place), kind: .text, value: place.isEmpty ? .unknown : .text(place)),
            ]))
    }

    static func decide(_ r: RuleResult, _ open: RightApplication, on day: Day, strings s: Strings) -> ApplicationForm {
        ApplicationForm(kind: .decide(number: open.number), rule: r.rule, person: open.person, form: Form(
            title: s.decisionFormTitle(r.title.text(s.ruleLanguage), appliedOn: open.appliedOn.belgian), fields: [
                FormField(key: "uitkomst", label: s.application(.decisionOutcome), kind: .code(outcomes), required: true),
                FormField(key: "datum", label: s.application(.decisionDate), kind: .date, value: .date(day), required: true),
                FormField(key: "bedrag", label: s.application(.decisionAmount), kind: .amount),
                FormField(key: "reden", label: s.application(.decisionReason), kind: .text),
            ]))
    }

    /// What saving the form asks of the office; a message when the form is not complete.
    func request(strings s: Strings) -> Result<ChecksScreen.Outcome, Refusal> {
        guard form.isValid, let values = form.values else { return .failure(Refusal(s.form(.hasErrors))) }
        func day(_ key: String) -> Day? { if case .date(let d)? = values[key] { return d }; return nil }
        func text(_ key: String) -> String? { if case .text(let t)? = values[key], !t.isEmpty { return t }; return nil }
        switch kind {
        case .apply:
            guard let on = day("op") else { return .failure(Refusal(s.form(.hasErrors))) }
            return .success(.apply(rule: rule, person: person, on: on, place: text("waar")))
        case .decide:
            guard let on = day("datum"), case .code(let outcome)? = values["uitkomst"] else { return .failure(Refusal(s.form(.hasErrors))) }
            let decision: RightApplication.Decision
            switch outcome {
            case "toegekend":
                var amount: Money?
                if case .money(let m)? = values["bedrag"] { amount = m }
                decision = .granted(from: on, amount: amount)
            case "geweigerd":
                guard let reason = text("reden") else { return .failure(Refusal(s.application(.decisionReasonRequired))) }
                decision = .refused(on: on, reason: reason)
            default:
                decision = .withdrawn(on: on)
            }
            return .success(.decide(rule: rule, person: person, decision))
        }
    }
}

extension ChecksScreen {
    /// The open application of a result, if any.
    func openApplication(_ r: RuleResult) -> RightApplication? {
        household.openApplication(rule: r.rule, person: r.personIndex.map { $0 + 1 })
    }

    /// `a` on a result: the form that fits it, or why there is none.
    func applicationForm(for i: Int, strings s: Strings) -> Result<ApplicationForm, Refusal> {
        let r = results[i]
        guard r.kind == .right else { return .failure(Refusal(s.application(.notARight))) }
        if let open = openApplication(r) { return .success(.decide(r, open, on: asOf, strings: s)) }
        guard r.outcome == .eligible || r.outcome == .possible else { return .failure(Refusal(s.application(.notFound))) }
        return .success(.apply(r, on: asOf, strings: s))
    }
}

/// Why a form cannot go on, in the person's words.
struct Refusal: Error, Hashable, Sendable {
    let text: String
    init(_ text: String) { self.text = text }
}
