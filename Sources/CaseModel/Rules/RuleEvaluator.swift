/// Evaluates compiled expressions for one household as of a date, in three-valued (Kleene) logic.
/// `subject` is the member a person-level expression is about (inside `aantal(...)` etc. each member in turn).
struct RuleEvaluator {
    /// The household being evaluated, shared by every module that looks at it: copying a household (a dozen
    /// reference-counted fields) once per module cost more than some modules' evaluation.
    final class Frame {
        /// The household, held at a fixed address so that a fact is read field by field: passing a struct
        /// stored in a class, or an array element, to a function copies it whole.
        let stored: UnsafeMutablePointer<Household>
        let members: [Person]
        let asOf: Day
        let lookup: (any RuleLookup)?

        /// Whether `stored` is this frame's own copy (freed with it) or the caller's household.
        private let owned: Bool

        init(household: Household, asOf: Day, lookup: (any RuleLookup)?) {
            stored = UnsafeMutablePointer<Household>.allocate(capacity: 1)
            stored.initialize(to: household)
            owned = true
            self.members = household.members
            self.asOf = asOf
            self.lookup = lookup
        }

        /// The household where it is, not copied (a caseload evaluation reads its array in place): the caller
        /// keeps it there, unchanged, for as long as the frame is used.
        init(at household: UnsafePointer<Household>, asOf: Day, lookup: (any RuleLookup)?) {
            stored = UnsafeMutablePointer(mutating: household)
            owned = false
            self.members = household.pointee.members
            self.asOf = asOf
            self.lookup = lookup
        }

        /// Steps of work done for this household by both forms of a rule (tree nodes evaluated, program steps,
        /// members looked at, missing facts sorted): a deterministic measure of the cost, so that a test can
        /// show it grows linearly with the members (`RuleScaleTests`).
        var work = 0

        deinit {
            guard owned else { return }
            stored.deinitialize(count: 1)
            stored.deallocate()
        }

        var household: Household { stored.pointee }

        /// Reads from a member in place.
        @inline(__always)
        func member<T>(_ s: Int, _ read: (UnsafePointer<Person>) -> T) -> T {
            members.withUnsafeBufferPointer { read($0.baseAddress! + s) }
        }

        /// Member `s`'s national number as written, worked out once per household: each result about the
        /// member and each fact missing about them names it.
        func formattedNumber(of s: Int) -> String? {
            if numbers.isEmpty { numbers = members.map { $0.nationalNumber?.formatted } }
            return numbers[s]
        }
        private var numbers: [String?] = []

        /// The postcode of member `s`'s caregiver: nil when no caregiver is recorded, .some(nil) for a caregiver
        /// whose postcode is unknown.
        func caregiverPostcode(of s: Int) -> String?? {
            let (postcode, number) = member(s) { ($0.pointee.caregiverPostcode, $0.pointee.nationalNumber) }
            work += 1
            if let pc = postcode { return .some(pc) }
            guard let nn = number else { return nil }
            if caredForHere.contains(nn) { return .some(stored.pointee.address.postcode) }
            if let found = lookup?.caregivers(of: nn).first(where: { $0.dossier != stored.pointee.id }) { return .some(found.postcode) }
            return nil
        }

        /// The people a member of this dossier cares for (`zorgt_voor`), gathered once per household: asking the
        /// members again for every member cared for grew with the square of the members.
        private var caredForHere: Set<NationalNumber> {
            if let known = caredFor { return known }
            var found = Set<NationalNumber>()
            for m in members { if let nn = m.caresFor { found.insert(nn) } }
            work += members.count
            caredFor = found
            return found
        }
        private var caredFor: Set<NationalNumber>?
    }

    /// Shared by reference: the evaluator is copied for every member in `aantal(…)` etc. One context serves one
    /// household and one module, on one thread.
    final class Context {
        let frame: Frame
        let parameters: [RuleValue]
        let derived: [RuleExpr]
        /// Per derived value: true when it does not depend on the member it is asked for (it reads members only
        /// inside `aantal`, `som`, `enig`, `alle`), so it is worked out once per household. Empty: no memo.
        let shared: [Bool]
        var memo: [Evaluated?]
        /// Whether an aggregate's value is remembered under its slot (`CallSite.slot`): it goes over all members
        /// and does not depend on the member asked for, so a person rule would otherwise work it out again for
        /// every member. Only for the expressions of one module (the slots are unique within a module).
        let remembersAggregates: Bool
        var aggregates: [Evaluated?] = []

        init(frame: Frame, parameters: [RuleValue], derived: [RuleExpr], shared: [Bool] = [],
             remembersAggregates: Bool = false) {
            self.frame = frame
            self.parameters = parameters
            self.derived = derived
            self.shared = shared.count == derived.count ? shared : []
            self.memo = []
            self.remembersAggregates = remembersAggregates
        }

        var household: Household { frame.household }
        var members: [Person] { frame.members }
        var asOf: Day { frame.asOf }
        var lookup: (any RuleLookup)? { frame.lookup }
    }

    let context: Context
    var subject: Int?

    var household: Household { context.frame.household }
    var asOf: Day { context.frame.asOf }
    var parameters: [RuleValue] { context.parameters }
    var derived: [RuleExpr] { context.derived }
    var lookup: (any RuleLookup)? { context.frame.lookup }

    init(household: Household, asOf: Day, parameters: [RuleValue], derived: [RuleExpr], lookup: (any RuleLookup)?,
         subject: Int?, shared: [Bool] = []) {
        self.init(frame: Frame(household: household, asOf: asOf, lookup: lookup), parameters: parameters,
                  derived: derived, subject: subject, shared: shared)
    }

    /// With `remembersAggregates`, the expressions evaluated must all come from one module (see `Context`).
    init(frame: Frame, parameters: [RuleValue], derived: [RuleExpr], subject: Int?, shared: [Bool] = [],
         remembersAggregates: Bool = false) {
        self.context = Context(frame: frame, parameters: parameters, derived: derived, shared: shared,
                               remembersAggregates: remembersAggregates)
        self.subject = subject
    }

    func personFactName(_ column: String, _ index: Int) -> MissingFact { MissingFact(column: column, person: index) }

    /// The value of an expression and, when it is (partly) unknown, the facts that would decide it. An error
    /// carries no missing facts: no fact would decide it.
    func eval(_ e: RuleExpr) -> Evaluated {
        context.frame.work &+= 1
        let r = evalNode(e)
        if case .error = r.value, !r.missing.isEmpty { return Evaluated(r.value) }
        return r
    }

    private func evalNode(_ e: RuleExpr) -> Evaluated {
        switch e {
        case .literal(let v): return Evaluated(v)
        case .householdFact(let f):
            let v = f.read(context.frame.stored)
            return v.isUnknown ? Evaluated(.unknown, [MissingFact(column: f.column)]) : Evaluated(v)
        case .personFact(let f):
            guard let s = subject else { return .unknownValue }
            let v = context.frame.member(s) { f.read($0) }
            return v.isUnknown ? Evaluated(.unknown, [personFactName(f.column, s)]) : Evaluated(v)
        case .householdColumn(let c):
            let v = RuleValue(context.frame.stored.pointee.value(of: c), column: c)
            return v.isUnknown ? Evaluated(.unknown, [MissingFact(column: c)]) : Evaluated(v)
        case .personColumn(let c):
            guard let s = subject else { return .unknownValue }
            let v = context.frame.member(s) { RuleValue($0.pointee.value(of: c), column: c) }
            return v.isUnknown ? Evaluated(.unknown, [personFactName(c, s)]) : Evaluated(v)
        case .parameter(let i): return Evaluated(context.parameters[i])
        case .derived(let i):
            guard !context.shared.isEmpty, context.shared[i] else { return eval(context.derived[i]) }
            if context.memo.isEmpty { context.memo = Array(repeating: nil, count: context.derived.count) }
            if let known = context.memo[i] { return known }
            let r = eval(context.derived[i])
            context.memo[i] = r
            return r
        case .builtin(let b): return builtin(b)
        case .negate(let a):
            let x = eval(a)
            return Evaluated(x.value.negated, x.missing)
        case .arith(let op, let a, let b, let span):
            let x = eval(a), y = eval(b)
            let v = RuleValue.arith(op, x.value, y.value, span.source)
            if case .number(let r) = v, r.exact != nil { return Evaluated(v) }
            return Evaluated(v, x.missing + y.missing)
        case .compare(let op, let a, let b):
            if op == .has, case .personFact(.statuses) = a, let s = subject { return hasStatus(s, eval(b)) }
            return compare(op, eval(a), eval(b))
        case .and(let es): return kleene(es, decidedBy: false)
        case .or(let es): return kleene(es, decidedBy: true)
        case .not(let a):
            let r = eval(a)
            if let t = r.truth { return Evaluated(.bool(!t)) }
            if case .error = r.value { return r }
            return Evaluated(.unknown, r.missing)
        case .list(let es):
            var items: [String] = []
            var missing: [MissingFact] = []
            for x in es {
                let r = eval(x)
                if case .error = r.value { return r }
                if let p = r.value.plain { items.append(p) } else { missing += r.missing }
            }
            return missing.isEmpty ? Evaluated(.list(items)) : Evaluated(.unknown, missing)
        case .call(let f, let args, let site): return call(f, args, site)
        }
    }

    /// `statuten heeft …` for a member, on the statuses themselves: the same answer and missing facts as the
    /// general comparison of the list of their codes, without building that list.
    func hasStatus(_ s: Int, _ b: Evaluated) -> Evaluated {
        if case .error = b.value { return b }
        guard let held = context.frame.member(s, { $0.pointee.statuses }) else {
            return Evaluated(.unknown, [personFactName(RuleFact.statuses.column, s)] + b.missing)
        }
        let wanted: [String]
        switch b.value {
        case .list(let l): wanted = l
        case .text(let t): wanted = [t]
        default: return Evaluated(.unknown, b.missing)
        }
        return Evaluated(.bool(held.contains { h in wanted.contains { RuleFold.equal($0, h.rawValue) } }))
    }

    // MARK: built-in values

    func builtin(_ b: RuleBuiltin) -> Evaluated {
        switch b {
        case .members: return Evaluated(.count(context.frame.members.count, "leden"))
        case .asOf: return Evaluated(.date(context.frame.asOf))
        case .asOfMonth: return Evaluated(.count(context.frame.asOf.month, "peildatum_maand"))
        case .age:
            guard let s = subject else { return .unknownValue }
            guard let born = context.frame.member(s, { $0.pointee.birthDate }) else {
                return Evaluated(.unknown, [personFactName("geboortedatum", s)])
            }
            return Evaluated(.count(born.age(on: context.frame.asOf), "leeftijd"))
        case .isCaredFor:
            guard let s = subject else { return .unknownValue }
            return Evaluated(.bool(context.frame.caregiverPostcode(of: s) != nil))
        case .caregiverPostcode:
            guard let s = subject else { return .unknownValue }
            switch context.frame.caregiverPostcode(of: s) {
            case .some(.some(let pc)): return Evaluated(RuleValue.text(pc).asNumber.map { .number($0) } ?? .text(pc))
            case .some(.none): return Evaluated(.unknown, [MissingFact(column: "postcode")])
            case .none: return Evaluated(.unknown, [personFactName("woonplaats_mantelzorger", s), MissingFact(column: "zorgt_voor")])
            }
        }
    }

    // MARK: arithmetic and comparison

    /// Kleene's `and` (decided by a false operand) and `or` (decided by a true one), as `KleeneFold` decides it:
    /// one deciding operand settles it; otherwise an error or unknown operand makes the whole so, with the facts
    /// that would settle it.
    private func kleene(_ es: [RuleExpr], decidedBy decisive: Bool) -> Evaluated {
        var fold = KleeneFold(decidedBy: decisive)
        var missing: [MissingFact] = []
        for x in es {
            let r = eval(x)
            if fold.add(r.value) { return Evaluated(fold.value) }
            if r.truth == nil { missing += r.missing }
        }
        let v = fold.value
        return v.isUnknown ? Evaluated(v, missing) : Evaluated(v)
    }

    func compare(_ op: CompareOp, _ a: Evaluated, _ b: Evaluated) -> Evaluated {
        let v = RuleValue.compared(op, a.value, b.value)
        if case .unknown = v { return Evaluated(.unknown, a.missing + b.missing) }
        return Evaluated(v)
    }

    /// `number`, when given, is `b.asNumber` worked out beforehand (a constant's).
    static func compareValues(_ op: CompareOp, _ a: RuleValue, _ b: RuleValue, number: NumberRange?? = nil) -> Bool? {
        switch op {
        case .in:
            guard case .list(let items) = b else { return nil }
            if case .number(let r) = a, let e = r.exact {
                return items.contains { RuleNumber(text: $0) == e }
            }
            guard let key = a.plain, !a.isUnknown else { return nil }
            return RuleFold.contains(items, key)
        case .has:
            guard case .list(let held) = a else { return nil }
            let wanted: [String]
            switch b {
            case .list(let l): wanted = l
            case .text(let t): wanted = [t]
            default: return nil
            }
            return held.contains { h in wanted.contains { RuleFold.equal($0, h) } }
        default: break
        }
        switch (a, b) {
        case (.unknown, _), (_, .unknown): return nil
        case (.date(let x), .date(let y)): return ordered(op, x, y)
        case (.bool(let x), .bool(let y)):
            if op == .eq { return x == y }
            if op == .ne { return x != y }
            return nil
        default:
            if let y = number ?? b.asNumber, let x = a.asNumber { return x.compare(op, y) }
            if let x = a.plain, let y = b.plain {
                if op == .eq { return RuleFold.equal(x, y) }
                if op == .ne { return !RuleFold.equal(x, y) }
                return ordered(op, x.lowercased(), y.lowercased())
            }
            return nil
        }
    }

    private static func ordered<T: Comparable>(_ op: CompareOp, _ x: T, _ y: T) -> Bool? {
        switch op {
        case .eq: return x == y
        case .ne: return x != y
        case .lt: return x < y
        case .le: return x <= y
        case .gt: return x > y
        case .ge: return x >= y
        case .in, .has: return nil
        }
    }

    // MARK: functions

    func call(_ f: RuleFunction, _ args: [RuleExpr], _ site: CallSite) -> Evaluated {
        guard f.isAggregate, context.remembersAggregates, site.slot >= 0 else { return callNow(f, args, site) }
        if site.slot >= context.aggregates.count {
            context.aggregates += Array(repeating: nil, count: site.slot + 1 - context.aggregates.count)
        }
        if let known = context.aggregates[site.slot] { return known }
        let r = callNow(f, args, site)
        context.aggregates[site.slot] = r
        return r
    }

    private func callNow(_ f: RuleFunction, _ args: [RuleExpr], _ site: CallSite) -> Evaluated {
        switch f {
        case .count, .anyMember, .allMembers:
            var tally = MemberTally()
            var missing: [MissingFact] = []
            var member = self
            let arg = args[0]
            for i in context.frame.members.indices {
                member.subject = i
                let r = member.eval(arg)
                if tally.add(r.value) { missing += r.missing }
            }
            let (v, keeps) = tally.value(f)
            return Evaluated(v, keeps ? missing : [])
        case .sum:
            var sum = MemberSum()
            var missing: [MissingFact] = []
            var member = self
            let arg = args[0]
            for i in context.frame.members.indices {
                member.subject = i
                let r = member.eval(arg)
                if sum.add(r.value) { missing += r.missing }
            }
            let v = sum.value(site.span.source)
            if case .number(let range) = v, range.exact == nil { return Evaluated(v, missing) }
            return Evaluated(v)
        case .ifThen:
            let c = eval(args[0])
            if case .error = c.value { return c }
            switch c.truth {
            case true?: return eval(args[1])
            case false?: return eval(args[2])
            case nil:
                let a = eval(args[1]), b = eval(args[2])
                if a.value == b.value, !a.value.isUnknown { return a }
                return Evaluated(RuleValue.either(a.value, b.value), c.missing + a.missing + b.missing)
            }
        case .min, .max:
            let values = args.map { eval($0) }
            if let failed = values.first(where: { $0.value.fault != nil }) { return failed }
            let missing = values.flatMap(\.missing)
            let ranges = values.compactMap { $0.value.asNumber }
            guard ranges.count == values.count, let first = ranges.first else { return Evaluated(.unknown, missing) }
            let acc = ranges.dropFirst().reduce(first) { $0.extreme($1, least: f == .min) }
            return Evaluated(.number(acc), acc.exact == nil ? missing : [])
        case .known, .surely:
            let v = eval(args[0]).value
            if case .error = v { return Evaluated(v) }
            // `zeker`: a signal that counts only when it is recorded: unknown reads as false.
            return Evaluated(.bool(f == .known ? !v.isUnknown : v.truth == true))
        case .monthsSince, .daysSince, .yearsSince:
            let d = eval(args[0])
            guard case .date(let day) = d.value else { return d.value.fault != nil ? d : Evaluated(.unknown, d.missing) }
            return Evaluated(RuleEvaluator.since(f, day, asOf))
        case .step:
            let x = eval(args[0]), t = eval(args[1])
            if x.value.fault != nil { return x }
            if t.value.fault != nil { return t }
            guard let r = x.value.asNumber, case .list(let items) = t.value else { return Evaluated(.unknown, x.missing + t.missing) }
            let v = RuleEvaluator.step(r, items)
            return Evaluated(v, v.asNumber?.exact != nil ? [] : x.missing)
        case .problemDomains:
            let severity = eval(args[0]).value, months = eval(args[1]).value
            if severity.fault != nil { return Evaluated(severity) }
            if months.fault != nil { return Evaluated(months) }
            let v = RuleEvaluator.problemDomains(context.frame.stored.pointee.problems, severity, months)
            if case .number(let r) = v, r.lo == r.hi { return Evaluated(v) }
            return Evaluated(v, [MissingFact(column: RuleFact.problems.column)])
        }
    }

    // MARK: shared with the rule machine

    /// `maanden_sinds`, `dagen_sinds`, `jaren_sinds` of a date on the as-of date.
    static func since(_ f: RuleFunction, _ day: Day, _ asOf: Day) -> RuleValue {
        switch f {
        case .monthsSince: return .count(day.months(until: asOf), "maanden_sinds")
        case .daysSince: return .count(day.days(until: asOf), "dagen_sinds")
        default: return .count(day.age(on: asOf), "jaren_sinds")
        }
    }

    /// `trap(x, grenzen)`: how many of the limits the value reaches (a range when `x` is one).
    static func step(_ r: NumberRange, _ items: [String]) -> RuleValue {
        let limits = items.compactMap { RuleNumber(text: $0)?.micros }
        let lo = r.lo.map { v in limits.filter { $0 <= v }.count } ?? 0
        let hi = r.hi.map { v in limits.filter { $0 <= v }.count } ?? limits.count
        return .counted(lo, hi, "trap")
    }

    /// `probleemdomeinen(ernst, maanden)` on the household's problems: unknown when they are not recorded.
    static func problemDomains(_ problems: [Problem]?, _ severity: RuleValue, _ months: RuleValue) -> RuleValue {
        let sev = severity.asNumber?.exact?.intValue ?? 0
        let minimum = months.asNumber?.exact?.intValue ?? 0
        guard let problems else { return .unknown }
        var sure = Set<ProblemDomain>(), maybe = Set<ProblemDomain>()
        for p in problems where (p.months ?? minimum) >= minimum {
            if let s = p.severity { if s >= sev { sure.insert(p.domain) } } else { maybe.insert(p.domain) }
        }
        maybe.subtract(sure)
        return .counted(sure.count, sure.count + maybe.count, "probleemdomeinen")
    }
}
