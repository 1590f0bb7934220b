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
            if let pc = postcode { return .some(pc) }
            guard let nn = number else { return nil }
            if members.contains(where: { $0.caresFor == nn }) { return .some(stored.pointee.address.postcode) }
            if let found = lookup?.caregivers(of: nn).first(where: { $0.dossier != stored.pointee.id }) { return .some(found.postcode) }
            return nil
        }
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

        init(frame: Frame, parameters: [RuleValue], derived: [RuleExpr], shared: [Bool] = []) {
            self.frame = frame
            self.parameters = parameters
            self.derived = derived
            self.shared = shared.count == derived.count ? shared : []
            self.memo = []
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

    init(frame: Frame, parameters: [RuleValue], derived: [RuleExpr], subject: Int?, shared: [Bool] = []) {
        self.context = Context(frame: frame, parameters: parameters, derived: derived, shared: shared)
        self.subject = subject
    }

    func personFactName(_ column: String, _ index: Int) -> MissingFact { MissingFact(column: column, person: index) }

    func eval(_ e: RuleExpr) -> Evaluated {
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
            let v = RuleValue(context.frame.stored.pointee.value(of: c))
            return v.isUnknown ? Evaluated(.unknown, [MissingFact(column: c)]) : Evaluated(v)
        case .personColumn(let c):
            guard let s = subject else { return .unknownValue }
            let v = context.frame.member(s) { RuleValue($0.pointee.value(of: c)) }
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
            guard let r = x.value.asNumber else { return Evaluated(.unknown, x.missing) }
            return Evaluated(.number(r.negated), x.missing)
        case .arith(let op, let a, let b): return arith(op, eval(a), eval(b))
        case .compare(let op, let a, let b):
            if op == .has, case .personFact(.statuses) = a, let s = subject { return hasStatus(s, eval(b)) }
            return compare(op, eval(a), eval(b))
        case .and(let es): return kleene(es, decidedBy: false)
        case .or(let es): return kleene(es, decidedBy: true)
        case .not(let a):
            let r = eval(a)
            if let t = r.truth { return Evaluated(.bool(!t)) }
            return Evaluated(.unknown, r.missing)
        case .list(let es):
            var items: [String] = []
            var missing: [MissingFact] = []
            for x in es {
                let r = eval(x)
                if let p = r.value.plain { items.append(p) } else { missing += r.missing }
            }
            return missing.isEmpty ? Evaluated(.list(items)) : Evaluated(.unknown, missing)
        case .call(let f, let args): return call(f, args)
        }
    }

    /// `statuten heeft …` for a member, on the statuses themselves: the same answer and missing facts as the
    /// general comparison of the list of their codes, without building that list.
    func hasStatus(_ s: Int, _ b: Evaluated) -> Evaluated {
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
        case .members: return Evaluated(.count(context.frame.members.count))
        case .asOf: return Evaluated(.date(context.frame.asOf))
        case .asOfMonth: return Evaluated(.count(context.frame.asOf.month))
        case .age:
            guard let s = subject else { return .unknownValue }
            guard let born = context.frame.member(s, { $0.pointee.birthDate }) else {
                return Evaluated(.unknown, [personFactName("geboortedatum", s)])
            }
            return Evaluated(.count(born.age(on: context.frame.asOf)))
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

    /// Kleene's `and` (decided by a false operand) and `or` (decided by a true one): one deciding operand settles
    /// it; otherwise an unknown operand makes the whole unknown, with the facts that would settle it.
    private func kleene(_ es: [RuleExpr], decidedBy decisive: Bool) -> Evaluated {
        var missing: [MissingFact] = []
        var unknown = false
        for x in es {
            let r = eval(x)
            if let t = r.truth {
                if t == decisive { return Evaluated(.bool(decisive)) }
            } else {
                unknown = true
                missing += r.missing
            }
        }
        return unknown ? Evaluated(.unknown, missing) : Evaluated(.bool(!decisive))
    }

    private func arith(_ op: ArithOp, _ a: Evaluated, _ b: Evaluated) -> Evaluated {
        let v = RuleValue.arith(op, a.value, b.value)
        if case .number(let r) = v, r.exact != nil { return Evaluated(v) }
        return Evaluated(v, a.missing + b.missing)
    }

    func compare(_ op: CompareOp, _ a: Evaluated, _ b: Evaluated) -> Evaluated {
        let result = RuleEvaluator.compareValues(op, a.value, b.value)
        if let t = result { return Evaluated(.bool(t)) }
        return Evaluated(.unknown, a.missing + b.missing)
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

    func call(_ f: RuleFunction, _ args: [RuleExpr]) -> Evaluated {
        switch f {
        case .count, .anyMember, .allMembers:
            var yes = 0, unknown = 0
            var missing: [MissingFact] = []
            var member = self
            let arg = args[0]
            for i in context.frame.members.indices {
                member.subject = i
                let r = member.eval(arg)
                switch r.truth {
                case true?: yes += 1
                case false?: break
                case nil: unknown += 1; missing += r.missing
                }
            }
            let n = context.frame.members.count
            switch f {
            case .count:
                let range = NumberRange(lo: RuleNumber(yes).micros, hi: RuleNumber(yes + unknown).micros, unit: .count)
                return Evaluated(.number(range), unknown > 0 ? missing : [])
            case .anyMember:
                if yes > 0 { return Evaluated(.bool(true)) }
                return unknown > 0 ? Evaluated(.unknown, missing) : Evaluated(.bool(false))
            default:
                if yes + unknown < n { return Evaluated(.bool(false)) }
                return unknown > 0 ? Evaluated(.unknown, missing) : Evaluated(.bool(true))
            }
        case .sum:
            // Amounts in the dossier are never negative, so an unknown member only raises the upper bound.
            var lo: Int64? = 0, hi: Int64? = 0
            var unit = NumberUnit.count
            var missing: [MissingFact] = []
            var member = self
            let arg = args[0]
            for i in context.frame.members.indices {
                member.subject = i
                let r = member.eval(arg)
                if let x = r.value.asNumber {
                    lo = Bound.add(lo, x.lo ?? 0); hi = Bound.add(hi, x.hi)
                    unit = unit.combined(x.unit)
                    if x.exact == nil { missing += r.missing }
                } else {
                    hi = nil
                    missing += r.missing
                }
            }
            let range = NumberRange(lo: lo, hi: hi, unit: unit)
            return Evaluated(.number(range), range.exact == nil ? missing : [])
        case .ifThen:
            let c = eval(args[0])
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
            let missing = values.flatMap(\.missing)
            let ranges = values.compactMap { $0.value.asNumber }
            guard ranges.count == values.count, let first = ranges.first else { return Evaluated(.unknown, missing) }
            let acc = ranges.dropFirst().reduce(first) { $0.extreme($1, least: f == .min) }
            return Evaluated(.number(acc), acc.exact == nil ? missing : [])
        case .known:
            return Evaluated(.bool(!eval(args[0]).value.isUnknown))
        case .surely:
            // A signal that counts only when it is recorded: unknown reads as false.
            return Evaluated(.bool(eval(args[0]).truth == true))
        case .monthsSince, .daysSince, .yearsSince:
            let d = eval(args[0])
            guard case .date(let day) = d.value else { return Evaluated(.unknown, d.missing) }
            switch f {
            case .monthsSince: return Evaluated(.count(day.months(until: asOf)))
            case .daysSince: return Evaluated(.count(day.days(until: asOf)))
            default: return Evaluated(.count(day.age(on: asOf)))
            }
        case .step:
            let x = eval(args[0]), t = eval(args[1])
            guard let r = x.value.asNumber, case .list(let items) = t.value else { return Evaluated(.unknown, x.missing + t.missing) }
            let limits = items.compactMap { RuleNumber(text: $0)?.micros }
            let lo = r.lo.map { v in limits.filter { $0 <= v }.count } ?? 0
            let hi = r.hi.map { v in limits.filter { $0 <= v }.count } ?? limits.count
            let range = NumberRange(lo: RuleNumber(lo).micros, hi: RuleNumber(hi).micros, unit: .count)
            return Evaluated(.number(range), lo == hi ? [] : x.missing)
        case .problemDomains:
            let sev = eval(args[0]).value.asNumber?.exact?.intValue ?? 0
            let months = eval(args[1]).value.asNumber?.exact?.intValue ?? 0
            guard let problems = context.frame.stored.pointee.problems else { return Evaluated(.unknown, [MissingFact(column: "problemen")]) }
            var sure = Set<ProblemDomain>(), maybe = Set<ProblemDomain>()
            for p in problems where (p.months ?? months) >= months {
                if let s = p.severity { if s >= sev { sure.insert(p.domain) } } else { maybe.insert(p.domain) }
            }
            maybe.subtract(sure)
            let range = NumberRange(lo: RuleNumber(sure.count).micros, hi: RuleNumber(sure.count + maybe.count).micros, unit: .count)
            return Evaluated(.number(range), maybe.isEmpty ? [] : [MissingFact(column: "problemen")])
        }
    }
}
