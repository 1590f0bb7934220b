/// The household being evaluated, shared by every module that looks at it: copying a household (a dozen
/// reference-counted fields) once per module cost more than some modules' evaluation.
final class RuleFrame {
    /// The household, held at a fixed address so that a fact is read field by field: passing a struct
    /// stored in a class, or an array element, to a function copies it whole.
    let stored: UnsafeMutablePointer<Household>
    /// The members the rules see: those whose stay had not ended on `asOf` (MemberDeparture).
    let members: [Person]
    /// The dossier position of each of `members` when someone left; nil when they are all there.
    let positions: [Int]?
    let asOf: Day
    let lookup: (any RuleLookup)?

    /// Whether `stored` is this frame's own copy (freed with it) or the caller's household.
    private let owned: Bool

    init(household: Household, asOf: Day, lookup: (any RuleLookup)?) {
        stored = UnsafeMutablePointer<Household>.allocate(capacity: 1)
        stored.initialize(to: household)
        owned = true
        (members, positions) = Self.present(household.members, on: asOf)
        self.asOf = asOf
        self.lookup = lookup
    }

    /// The household where it is, not copied (a caseload evaluation reads its array in place): the caller
    /// keeps it there, unchanged, for as long as the frame is used.
    init(at household: UnsafePointer<Household>, asOf: Day, lookup: (any RuleLookup)?) {
        stored = UnsafeMutablePointer(mutating: household)
        owned = false
        (members, positions) = Self.present(household.pointee.members, on: asOf)
        self.asOf = asOf
        self.lookup = lookup
    }

    /// Work done for this household (program steps evaluated, with or without a record; members looked at for
    /// a caregiver; missing facts sorted): a deterministic measure of the cost, so that a test can show it grows
    /// linearly with the members (`RuleScaleTests`).
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
    /// The members present on `day`, and their dossier positions when someone is left out. One place decides
    /// who counts: a member whose stay ended on or before the as-of date counts for no rule.
    static func present(_ all: [Person], on day: Day) -> ([Person], [Int]?) {
        guard all.contains(where: { !$0.isPresent(on: day) }) else { return (all, nil) }
        let kept = all.indices.filter { all[$0].isPresent(on: day) }
        return (kept.map { all[$0] }, kept)
    }

    /// The dossier position (0-based) of the member the rules see at `s`.
    func position(of s: Int) -> Int { positions?[s] ?? s }

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
