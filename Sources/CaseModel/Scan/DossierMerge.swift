import Foundation

/// One fact both dossiers know, with different values: KEEP's value stays, OTHER's is listed.
public struct DossierMergeConflict: Sendable, Hashable {
    /// The member's name in KEEP, or nil for a household fact.
    public var member: String?
    public var column: String
    public var kept: String
    public var dropped: String
}

/// What merging dossier OTHER into KEEP does, before anything is written (`zorg merge --dry-run` prints it).
public struct DossierMergePlan: Sendable {
    public struct Match: Sendable, Hashable {
        public var keepIndex: Int
        public var otherIndex: Int
        public var basis: DuplicatePair.Basis
        /// The columns of the KEEP member that OTHER fills in.
        public var filled: [String]
    }

    public var keep: DossierID
    public var other: DossierID
    public var matches: [Match]
    /// Members found only in OTHER (indices into OTHER's members): they are added to KEEP.
    public var added: [Int]
    /// Household facts OTHER fills in.
    public var householdFilled: [String]
    public var conflicts: [DossierMergeConflict]
    public var notesAdded: Int
    public var followUpsAdded: Int
    /// OTHER's consent records, carried over with new numbers (a consent is the family's, not the file's).
    public var consentsAdded: Int = 0
    /// The merged KEEP (at KEEP's revision, to be saved) and OTHER marked as merged.
    public var merged: Household
    public var closedOther: Household
}

public enum DossierMergeError: Error, Equatable, Sendable, CustomStringConvertible {
    case sameDossier(DossierID)
    case alreadyMerged(DossierID, into: DossierID)
    /// The merged dossier would have more members than a household has (`FactBounds.members`).
    case tooManyMembers(DossierID, count: Int)

    public var description: String {
        switch self {
        case .sameDossier(let id): return "dossier \(id) kan niet met zichzelf samengevoegd worden"
        case .alreadyMerged(let id, let into): return "dossier \(id) is al samengevoegd met \(into)"
        case .tooManyMembers(let id, let count):
            return "dossier \(id) zou na het samenvoegen \(count) leden hebben, meer dan \(FactBounds.members); er is niets samengevoegd"
        }
    }
}

/// Merges a duplicate dossier into the one that stays. Members are matched as the duplicate scan matches them
/// (national number, else name and birth date); KEEP's known values win, OTHER fills what KEEP does not know.
/// OTHER is not deleted: it keeps its facts and gets a note naming KEEP, so its history stays readable.
public enum DossierMerge {
    /// The note's opening words; `mergedInto` finds the marker by them.
    public static let markerPrefix = "Samengevoegd met "

    public static func plan(keep: Household, other: Household, on date: Day, by user: String) throws -> DossierMergePlan {
        guard keep.id != other.id else { throw DossierMergeError.sameDossier(keep.id) }
        if let into = mergedInto(other) { throw DossierMergeError.alreadyMerged(other.id, into: into) }
        if let into = mergedInto(keep) { throw DossierMergeError.alreadyMerged(keep.id, into: into) }
        var merged = keep
        var matches: [DossierMergePlan.Match] = []
        var added: [Int] = []
        var conflicts: [DossierMergeConflict] = []
        var taken = Set<Int>()
        for (otherIndex, person) in other.members.enumerated() {
            guard let (keepIndex, basis) = match(person, in: keep.members, excluding: taken) else {
                added.append(otherIndex)
                merged.members.append(person)
                continue
            }
            taken.insert(keepIndex)
            var target = merged.members[keepIndex]
            let filled = fill(Columns.person.filter { $0.kind != .dossier }, member: target.fullName,
                              mine: { target.value(of: $0) }, theirs: { person.value(of: $0) },
                              set: { target.set($0, to: $1) }, conflicts: &conflicts)
            merged.members[keepIndex] = target
            matches.append(.init(keepIndex: keepIndex, otherIndex: otherIndex, basis: basis, filled: filled))
        }
        let householdFilled = fill(Columns.household.filter { $0.name != "opmerking" }, member: nil,
                                   mine: { merged.value(of: $0) }, theirs: { other.value(of: $0) },
                                   set: { merged.set($0, to: $1) }, conflicts: &conflicts)
        guard merged.members.count <= FactBounds.members || merged.members.count <= keep.members.count else {
            throw DossierMergeError.tooManyMembers(keep.id, count: merged.members.count)
        }
        if merged.buddy == nil { merged.buddy = other.buddy }
        if merged.housingFirst == nil { merged.housingFirst = other.housingFirst }
        let newNotes = other.notes.filter { !keep.notes.contains($0) }
        let newFollowUps = other.followUps.filter { !keep.followUps.contains($0) }
        merged.notes += newNotes
        merged.followUps += newFollowUps
        let consentsAdded = carryConsents(of: other, into: &merged, matches: matches, added: added, keepCount: keep.members.count)
        merged.notes.append(Note(date: date, author: user,
                                 text: "Dossier \(other.id.rawValue) hierin samengevoegd"
                                    + (conflicts.isEmpty ? "" : " (\(conflicts.count) verschil(len): waarde van dit dossier behouden)")))
        var closed = other
        closed.notes.append(Note(date: date, author: user, text: markerPrefix + keep.id.rawValue))
        // Open follow-ups moved to KEEP; here they are closed so no one acts on them twice.
        closed.followUps = closed.followUps.map { var f = $0; f.done = true; return f }
        var plan = DossierMergePlan(keep: keep.id, other: other.id, matches: matches, added: added,
                                    householdFilled: householdFilled, conflicts: conflicts, notesAdded: newNotes.count,
                                    followUpsAdded: newFollowUps.count, merged: merged, closedOther: closed)
        plan.consentsAdded = consentsAdded
        return plan
    }

    /// Appends OTHER's consent records to MERGED, numbered after KEEP's, with a giver recorded by position moved
    /// to where that member now stands. Returns how many were carried over.
    private static func carryConsents(of other: Household, into merged: inout Household, matches: [DossierMergePlan.Match],
                                      added: [Int], keepCount: Int) -> Int {
        let theirs = other.consents ?? []
        guard !theirs.isEmpty else { return 0 }
        var next = (merged.consents ?? []).map(\.number).max() ?? 0
        var all = merged.consents ?? []
        for var record in theirs {
            next += 1
            record.number = next
            if record.givenBy.nationalNumber == nil, let position = record.givenBy.position {
                let index = position - 1
                if let m = matches.first(where: { $0.otherIndex == index }) {
                    record.givenBy.position = m.keepIndex + 1
                } else if let k = added.firstIndex(of: index) {
                    record.givenBy.position = keepCount + k + 1
                }
            }
            all.append(record)
        }
        merged.consents = all
        return theirs.count
    }

    /// The dossier this one was merged into, read from its marker note.
    public static func mergedInto(_ household: Household) -> DossierID? {
        for note in household.notes.reversed() where note.text.hasPrefix(markerPrefix) {
            if let id = DossierID(rawValue: String(note.text.dropFirst(markerPrefix.count))) { return id }
        }
        return nil
    }

    /// The same person: equal national numbers, else (when either lacks one) equal names and birth dates.
    static func match(_ person: Person, in members: [Person], excluding taken: Set<Int>)
        -> (Int, DuplicatePair.Basis)? {
        if let nn = person.nationalNumber,
           let i = members.indices.first(where: { !taken.contains($0) && members[$0].nationalNumber == nn }) {
            return (i, .nationalNumber)
        }
        guard let birth = person.birthDate else { return nil }
        let i = members.indices.first { i in
            let m = members[i]
            return !taken.contains(i) && m.birthDate == birth
                && (m.nationalNumber == nil || person.nationalNumber == nil)
                && fold(m.firstName) == fold(person.firstName) && fold(m.lastName) == fold(person.lastName)
        }
        return i.map { ($0, .nameAndBirthDate) }
    }

    static func fold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).trimmingCharacters(in: .whitespaces)
    }

    /// Equal, or text differing only in case and accents (a name typed twice is not a conflict).
    /// KEEP's known value wins; OTHER's fills what KEEP does not know (the columns filled are returned); two
    /// different known values are a conflict, KEEP's kept.
    private static func fill(_ columns: [Column], member: String?, mine: (String) -> FactValue,
                             theirs: (String) -> FactValue, set: (String, FactValue) -> Void,
                             conflicts: inout [DossierMergeConflict]) -> [String] {
        var filled: [String] = []
        for column in columns {
            let kept = mine(column.name), offered = theirs(column.name)
            if offered.isUnknown || same(kept, offered) { continue }
            if kept.isUnknown {
                set(column.name, offered)
                filled.append(column.name)
            } else {
                conflicts.append(DossierMergeConflict(member: member, column: column.name,
                                                      kept: kept.description, dropped: offered.description))
            }
        }
        return filled
    }

    static func same(_ a: FactValue, _ b: FactValue) -> Bool {
        if a == b { return true }
        if case .text(let x) = a, case .text(let y) = b { return fold(x) == fold(y) }
        return false
    }
}

extension DossierMergePlan {
    /// The plan as lines for the terminal. Names are shown: only a caseworker or admin runs a merge.
    public func lines(language: RuleLanguage = .nl) -> [String] {
        let en = language == .en
        var out = [en ? "Merge \(other) into \(keep):" : "Samenvoegen van \(other) in \(keep):"]
        for m in matches {
            let name = merged.members[m.keepIndex].fullName
            out.append((en ? "  same person (\(m.basis.rawValue)): " : "  zelfde persoon (\(m.basis.rawValue)): ") + name
                + (m.filled.isEmpty ? "" : (en ? ", fills " : ", vult aan: ") + m.filled.joined(separator: ", ")))
        }
        for i in added {
            out.append((en ? "  added member: " : "  lid toegevoegd: ") + closedOther.members[i].fullName)
        }
        if !householdFilled.isEmpty {
            out.append((en ? "  household facts filled: " : "  gezinsgegevens aangevuld: ") + householdFilled.joined(separator: ", "))
        }
        out.append(en ? "  notes added: \(notesAdded), follow-ups added: \(followUpsAdded), consents carried over: \(consentsAdded)"
                      : "  notities toegevoegd: \(notesAdded), opvolgingen toegevoegd: \(followUpsAdded), toestemmingen overgenomen: \(consentsAdded)")
        for c in conflicts {
            let whom = c.member.map { "\($0), " } ?? ""
            out.append((en ? "  conflict: " : "  verschil: ") + "\(whom)\(c.column): \(c.kept) "
                + (en ? "kept, \(c.dropped) dropped" : "behouden, \(c.dropped) niet overgenomen"))
        }
        if conflicts.isEmpty { out.append(en ? "  no conflicts" : "  geen verschillen") }
        out.append(en ? "  \(other) stays readable, marked as merged into \(keep)"
                      : "  \(other) blijft leesbaar, gemarkeerd als samengevoegd met \(keep)")
        return out
    }
}
