/// Evaluating one module for one household as of a date.
extension RuleModule {
    /// The module ready to evaluate on one date: its parameters worked out for that date (once per scan, not
    /// once per household) and its logic held by one reference. Reading a `RuleModule` out of an array or a
    /// property copies the whole struct — some forty reference-counted fields — which a scan did for every
    /// household and module.
    final class ParameterState: Sendable {
        let values: [RuleValue]
        let meta: [(value: DatedValue, unconfirmed: Bool)]
        /// The module's `status` as a status (nil when it names none): compared as a value, not as text.
        let status: Status?
        let defaultSource: RuleSource
        let id: String
        let title: RuleText
        let kind: RuleKind
        let automatic: Bool
        let applyAt: RuleText?
        let documents: [String]
        let scope: RuleScope
        let conditions: ConditionNode
        let explain: [ConditionLeaf]
        let amount: AmountSpec?
        let outputs: OutputSpec
        /// The module's expressions as flat steps with this date's parameters: what the values are read from.
        let program: RuleProgram

        init(_ m: RuleModule, on day: Day) {
            var values: [RuleValue] = []
            var meta: [(DatedValue, Bool)] = []
            values.reserveCapacity(m.parameters.count)
            for p in m.parameters {
                let (v, beforeFirst) = p.value(on: day)
                values.append(v.value)
                meta.append((v, v.unconfirmed || beforeFirst))
            }
            self.values = values
            self.meta = meta
            self.status = m.status.flatMap { Status(rawValue: $0) }
            self.defaultSource = m.defaultSource
            self.id = m.id
            self.title = m.title
            self.kind = m.kind
            self.automatic = m.automatic
            self.applyAt = m.applyAt
            self.documents = m.documents
            self.scope = m.scope
            self.conditions = m.conditions
            self.explain = m.explain
            self.amount = m.amount
            self.outputs = m.outputs
            self.program = RuleProgram(derived: m.derived, shared: m.derivedShared, parameters: values,
                                       forWhom: m.forWhom, conditions: m.conditions, explain: m.explain, amount: m.amount?.expr,
                                       outputs: m.outputs)
        }
    }

    func parameterState(on day: Day) -> ParameterState { ParameterState(self, on: day) }

    public func evaluate(_ household: Household, asOf: Day, lookup: (any RuleLookup)? = nil) -> [RuleResult] {
        evaluate(household, asOf: asOf, lookup: lookup, state: parameterState(on: asOf))
    }

    /// With the parameters of `asOf` worked out once for many households (CaseloadEvaluation). Without
    /// `reasons` the results carry no reasons (outcomes, amounts, missing facts and outputs are the same).
    func evaluate(_ household: Household, asOf: Day, lookup: (any RuleLookup)?, state: ParameterState,
                  reasons withReasons: Bool = true) -> [RuleResult] {
        var out: [RuleResult] = []
        state.evaluate(RuleFrame(household: household, asOf: asOf, lookup: lookup), reasons: withReasons, into: &out)
        return out
    }
}

extension RuleModule.ParameterState {
    /// Appends the module's results for a household (one, or one per member it concerns) to `out`; a scan frames
    /// each household once for all modules. With `outcomes`, only results with one of those outcomes are
    /// appended, and the others are not built beyond their outcome (a scan keeps eligible and possible ones).
    /// Everything comes from the flat program: values without a record, and the missing facts and reasons from
    /// a `RuleRecord` (made once per household and module, when a result needs one).
    func evaluate(_ frame: RuleFrame, reasons withReasons: Bool, outcomes: OutcomeMask? = nil,
                  into out: inout [RuleResult]) {
        RuleMachine.run(program, frame) { machine in
            var record: RuleRecord?
            switch scope {
            case .household:
                if let r = result(&machine, &record, withReasons, outcomes, fault: nil) { out.append(r) }
            case .person:
                for i in 0..<machine.members.count {
                    machine.subject = i
                    var fault: RuleFault?
                    if let f = program.roots.forWhom {
                        let v = machine.value(f)
                        if v.truth == false { continue }
                        // Whether the rule concerns this member cannot be told: a result with the cause.
                        fault = v.fault
                    }
                    if let r = result(&machine, &record, withReasons, outcomes, fault: fault) { out.append(r) }
                }
            }
        }
    }

    /// The distinct names of the missing facts, sorted (`Array(Set(names)).sorted()`): the same fact is often
    /// missing through several conditions, so each is named once, without hashing the names.
    private static func names(of missing: [MissingFact], _ frame: RuleFrame) -> [String] {
        frame.work &+= missing.count
        var distinct: [MissingFact] = []
        if missing.count <= 16 {
            for m in missing where !distinct.contains(m) { distinct.append(m) }
        } else {
            // Comparing each with all the others grows with the square of a long list (a large household).
            var seen = Set<MissingFact>()
            distinct = missing.filter { seen.insert($0).inserted }
        }
        var names = distinct.map { $0.name(frame) }.sorted()
        var k = 0
        for name in names where k == 0 || names[k - 1] != name {
            names[k] = name
            k += 1
        }
        names.removeSubrange(k...)
        return names
    }

    /// The result for the household, or for the member `m.subject`. `fault` is an error met before (in
    /// `for_whom`). A result whose conditions, amount or outputs could not be worked out (a value or result out of
    /// range) is `possible` with the cause — never `not_eligible` — unless the status says it is received.
    private func result(_ m: inout RuleMachine, _ record: inout RuleRecord?, _ withReasons: Bool,
                        _ outcomes: OutcomeMask?, fault: RuleFault?) -> RuleResult? {
        let frame = m.frame
        var receives = false
        if let status {
            if let s = m.subject {
                receives = m.member(s).pointee.statuses?.contains(status) ?? false
            } else {
                receives = (0..<m.members.count).contains { m.member($0).pointee.statuses?.contains(status) ?? false }
            }
        }

        var reasons: [RuleReason] = []
        var missing: [MissingFact] = []
        let holds: RuleValue
        if withReasons {
            // Every test assessed and noted: the outcome, its missing facts and the reasons from one record.
            if record == nil { record = RuleRecord(slots: program.slots) }
            record!.start()
            holds = m.value(program.roots.traced, &record!)
            missing = record!.facts
            for e in program.roots.explain { _ = m.value(e, &record!) }
            reasons = self.reasons(record!, asOf: frame.asOf)
        } else if receives {
            holds = .unknown  // the outcome is `receives` whatever the conditions say, and lists nothing missing
        } else {
            // Values only; only an undecided (`possible`) result is evaluated again for its missing facts.
            holds = m.value(program.roots.conditions)
            if case .unknown = holds {
                if record == nil { record = RuleRecord(slots: program.slots) }
                record!.start()
                _ = m.value(program.roots.conditions, &record!)
                missing = record!.facts
            }
        }
        // The status decides `receives` whatever the conditions (and their errors) say.
        var fault = receives ? nil : (fault ?? holds.fault)
        var outcome: RuleOutcome = receives ? .receives
            : (fault != nil ? .possible : (holds.truth == true ? .eligible : (holds.truth == false ? .notEligible : .possible)))
        // Only the amount and outputs can still turn a result into `possible` (with an error): one that cannot
        // change is left out here when it is not wanted.
        if let outcomes, !outcomes.contains(outcome),
           outcome == .receives || (outcome == .notEligible && !program.roots.hasOutputs) { return nil }

        var amountOut: RuleAmount?
        // The amount's expression and period only; its texts and source are read for the reasons alone.
        if let at = program.roots.amount, let amount, outcome != .notEligible {
            switch m.value(at) {
            case .number(let r):
                if let n = r.exact {
                    let money = n.roundedMoney
                    amountOut = RuleAmount(value: money.cents < 0 ? .zero : money, per: amount.per)
                }
            case .error(let f): fault = fault ?? f
            default: break
            }
            if withReasons { reasons.append(reason(text: amount.text, holds: amountOut != nil, value: amountOut?.value.plain,
                                                   threshold: nil, source: amount.source, parameters: amount.parameters,
                                                   informative: true, asOf: frame.asOf)) }
        }

        var level: String?
        var indicators: [String]?
        if let spec = outputs.level, let at = program.roots.level {
            switch m.value(at) {
            case .number(let r):
                let i = max(0, min(spec.names.count - 1, RuleNumber(micros: r.lo ?? 0).intValue))
                if spec.names.indices.contains(i) { level = spec.names[i] }
            case .error(let f): fault = fault ?? f
            default: break
            }
        }
        if !outputs.indicators.isEmpty {
            var found: [String] = []
            for (k, at) in program.roots.indicators.enumerated() {
                let v = m.value(at)
                if v.truth == true { found.append(outputs.indicators[k].name) }
                if let f = v.fault { fault = fault ?? f }
            }
            indicators = found
        }
        var priority: Int?
        if let p = program.roots.priority, outcome == .eligible {
            switch m.value(p) {
            case .number(let r): priority = RuleNumber(micros: r.lo ?? 0).intValue
            case .error(let f): fault = fault ?? f
            default: break
            }
        }
        var actions: [RuleText] = []
        for (k, at) in program.roots.actions.enumerated() {
            let v = m.value(at)
            if v.truth == true { actions.append(outputs.actions[k].text) }
            if let f = v.fault { fault = fault ?? f }
        }
        if fault != nil, outcome != .receives {
            outcome = .possible
            priority = nil
        }
        if let outcomes, !outcomes.contains(outcome) { return nil }

        return RuleResult(
            dossier: m.household.pointee.id,
            person: m.subject.map { s in frame.formattedNumber(of: s) ?? "@\(frame.position(of: s) + 1)" },
            personIndex: m.subject.map(frame.position(of:)), rule: id, title: title, outcome: outcome, amount: amountOut,
            automatic: automatic, applyAt: applyAt, documents: documents,
            missing: outcome == .possible && fault == nil ? Self.names(of: missing, frame) : [],
            reasons: reasons, level: level, indicators: indicators, priority: priority, actions: actions, asOf: frame.asOf,
            error: fault, kind: kind)
    }
}
