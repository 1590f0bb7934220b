/// Evaluating one module for one household as of a date.
extension RuleModule {
    /// The parameters in force on a date, with the facts needed to flag them in the trace.
    struct ParameterState {
        var values: [RuleValue]
        var meta: [(value: DatedValue, unconfirmed: Bool)]
    }

    func parameterState(on day: Day) -> ParameterState {
        var values: [RuleValue] = []
        var meta: [(DatedValue, Bool)] = []
        values.reserveCapacity(parameters.count)
        for p in parameters {
            let (v, beforeFirst) = p.value(on: day)
            values.append(v.value)
            meta.append((v, v.unconfirmed || beforeFirst))
        }
        return ParameterState(values: values, meta: meta)
    }

    public func evaluate(_ household: Household, asOf: Day, lookup: (any RuleLookup)? = nil) -> [RuleResult] {
        evaluate(household, asOf: asOf, lookup: lookup, state: parameterState(on: asOf))
    }

    /// With the parameters of `asOf` worked out once for many households (CaseloadEvaluation). Without
    /// `reasons` the results carry no reasons (outcomes, amounts, missing facts and outputs are the same).
    func evaluate(_ household: Household, asOf: Day, lookup: (any RuleLookup)?, state: ParameterState,
                  reasons withReasons: Bool = true) -> [RuleResult] {
        var ev = RuleEvaluator(household: household, asOf: asOf, parameters: state.values, derived: derived,
                               lookup: lookup, subject: nil)
        switch scope {
        case .household:
            return [result(ev, state, withReasons)]
        case .person:
            var out: [RuleResult] = []
            for i in household.members.indices {
                ev.subject = i
                if let f = forWhom, ev.eval(f).truth == false { continue }
                out.append(result(ev, state, withReasons))
            }
            return out
        }
    }

    private func result(_ ev: RuleEvaluator, _ state: ParameterState, _ withReasons: Bool) -> RuleResult {
        let tracer = Tracer(ev: ev, state: state, defaultSource: defaultSource, withReasons: withReasons)
        var reasons: [RuleReason] = []
        var missing: [MissingFact] = []
        let holds = tracer.evaluate(conditions, topLevel: true, reasons: &reasons, missing: &missing)
        if withReasons { for leaf in explain { _ = tracer.leaf(leaf, informative: true, reasons: &reasons) } }

        var receives = false
        if let status {
            if let s = ev.subject {
                receives = household(ev).members[s].statuses?.contains { $0.rawValue == status } ?? false
            } else {
                receives = household(ev).members.contains { $0.statuses?.contains { $0.rawValue == status } ?? false }
            }
        }
        let outcome: RuleOutcome = receives ? .receives : (holds == true ? .eligible : (holds == false ? .notEligible : .possible))

        var amountOut: RuleAmount?
        if let amount, outcome != .notEligible {
            let a = ev.eval(amount.expr)
            if case .number(let r) = a.value, let n = r.exact {
                let money = n.roundedMoney
                amountOut = RuleAmount(value: money.cents < 0 ? .zero : money, per: amount.per)
            }
            if withReasons { reasons.append(tracer.reason(text: amount.text, holds: amountOut != nil, value: amountOut?.value.plain,
                                         threshold: nil, source: amount.source, parameters: amount.parameters, informative: true)) }
        }

        var level: String?
        var indicators: [String]?
        if let spec = outputs.level {
            let v = ev.eval(spec.expr)
            if case .number(let r) = v.value {
                let i = max(0, min(spec.names.count - 1, RuleNumber(micros: r.lo ?? 0).intValue))
                level = spec.names[i]
            }
        }
        if !outputs.indicators.isEmpty {
            indicators = outputs.indicators.filter { ev.eval($0.expr).truth == true }.map(\.name)
        }
        var priority: Int?
        if let p = outputs.priority, outcome == .eligible, case .number(let r) = ev.eval(p).value {
            priority = RuleNumber(micros: r.lo ?? 0).intValue
        }
        let actions = outputs.actions.filter { ev.eval($0.when).truth == true }.map(\.text)

        let hh = household(ev)
        return RuleResult(
            dossier: hh.id,
            person: ev.subject.map { hh.members[$0].nationalNumber?.formatted ?? "@\($0 + 1)" },
            personIndex: ev.subject, rule: id, title: title, outcome: outcome, amount: amountOut,
            automatic: automatic, applyAt: applyAt, documents: documents,
            missing: outcome == .possible ? Array(Set(missing.map { $0.name(in: hh) })).sorted() : [],
            reasons: reasons, level: level, indicators: indicators, priority: priority, actions: actions, asOf: ev.asOf)
    }

    private func household(_ ev: RuleEvaluator) -> Household { ev.household }
}

/// Evaluates a condition tree and writes one reason per test (and per group that has its own text).
struct Tracer {
    let ev: RuleEvaluator
    let state: RuleModule.ParameterState
    let defaultSource: RuleSource
    /// false for a caseload scan that needs outcomes only: the tests are evaluated, no reason is written.
    var withReasons = true

    func evaluate(_ node: ConditionNode, topLevel: Bool, reasons: inout [RuleReason], missing: inout [MissingFact]) -> Bool? {
        switch node {
        case .leaf(let leaf):
            let r = self.leaf(leaf, informative: false, reasons: &reasons)
            if r.truth == nil { missing += r.missing }
            return r.truth
        case .not(let child, let text):
            let at = reasons.count
            var m: [MissingFact] = []
            let t = evaluate(child, topLevel: false, reasons: &reasons, missing: &m).map { !$0 }
            if t == nil { missing += m }
            if withReasons, let text { reasons.insert(group(text, t), at: at) }
            return t
        case .all(let children, let text), .any(let children, let text):
            let isAll: Bool
            if case .all = node { isAll = true } else { isAll = false }
            let at = reasons.count
            var unknown = false
            var decided: Bool?
            var m: [MissingFact] = []
            for child in children {
                let t = evaluate(child, topLevel: false, reasons: &reasons, missing: &m)
                if t == nil { unknown = true }
                if isAll && t == false { decided = false }
                if !isAll && t == true { decided = true }
                // Consent first: when a gate does not hold, nothing after it is assessed. A condition before the
                // gate that already failed (a housed person for Housing First) still decides.
                if topLevel, isAll, case .leaf(let leaf) = child, leaf.gate, t != true {
                    if decided == false { return false }
                    missing += m
                    return t
                }
            }
            let result: Bool? = decided ?? (unknown ? nil : isAll)
            if result == nil { missing += m }
            if withReasons, let text { reasons.insert(group(text, result), at: at) }
            return result
        }
    }

    private func group(_ text: RuleText, _ holds: Bool?) -> RuleReason {
        RuleReason(condition: text, holds: holds, value: nil, threshold: nil, sourceTitle: defaultSource.title,
                   sourceURL: defaultSource.url, unconfirmed: defaultSource.unconfirmed, verified: defaultSource.verified,
                   stale: isStale(defaultSource.verified), informative: false)
    }

    func leaf(_ leaf: ConditionLeaf, informative: Bool, reasons: inout [RuleReason]) -> Evaluated {
        // Evaluating the comparison as a whole gives the same truth and missing facts as the traced form below.
        if !withReasons { return ev.eval(leaf.expr) }
        let result: Evaluated
        var value: String?
        var threshold: String?
        if case .compare(let op, let a, let b) = leaf.expr {
            let x = ev.eval(a), y = ev.eval(b)
            result = ev.compare(op, x, y)
            value = x.value.plain
            threshold = y.value.plain
        } else {
            result = ev.eval(leaf.expr)
            value = result.value.plain
        }
        reasons.append(reason(text: leaf.text, holds: result.truth, value: value, threshold: threshold,
                              source: leaf.source, parameters: leaf.parameters, informative: informative))
        return result
    }

    func reason(text: RuleText, holds: Bool?, value: String?, threshold: String?, source: RuleSource?,
                parameters: [Int], informative: Bool) -> RuleReason {
        var src = source ?? parameters.first.map { state.meta[$0].value.source } ?? defaultSource
        var unconfirmed = src.unconfirmed
        var verified = source?.verified ?? (parameters.isEmpty ? src.verified : state.meta[parameters[0]].value.verified)
        for p in parameters {
            let m = state.meta[p]
            if m.unconfirmed { unconfirmed = true }
            if m.value.verified < verified { verified = m.value.verified }
        }
        if source == nil, parameters.isEmpty { src = defaultSource }
        return RuleReason(condition: text, holds: holds, value: value, threshold: threshold, sourceTitle: src.title,
                          sourceURL: src.url, unconfirmed: unconfirmed, verified: verified, stale: isStale(verified),
                          informative: informative)
    }

    private func isStale(_ verified: Day) -> Bool { verified.days(until: ev.asOf) > 365 }
}
