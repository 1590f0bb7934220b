/// One changed fact of a "wat als": `inkomen_maand@1=1500` (the member at position 1), `inkomen_maand@85.07.30-033.61=1500`
/// (a member by national number) or `woonsituatie=sociale_huur` (a household column, no `@`). The value is read
/// with the import's own parser, so what a what-if accepts is what a client list accepts; empty is "unknown".
public struct FactChange: Sendable, Hashable {
    public enum Member: Sendable, Hashable {
        case position(Int)
        case nationalNumber(NationalNumber)
    }

    public var column: Column
    public var member: Member?
    public var value: FactValue
    /// As typed, for messages (never a national number's digits: those are masked).
    public var spec: String

    /// Reads `COLUMN[@MEMBER]=VALUE`. Refused with a message naming what is wrong; the value is not repeated when
    /// the column is a national number.
    public init(parsing spec: String) throws(WhatIfError) {
        guard spec.count <= 2_000 else { throw .malformed(String(spec.prefix(40)) + "…") }
        guard let eq = spec.firstIndex(of: "=") else { throw .malformed(spec) }
        let target = spec[..<eq].trimmingCharacters(in: .whitespaces)
        let text = String(spec[spec.index(after: eq)...]).trimmingCharacters(in: .whitespaces)
        let name: String, memberText: String?
        if let at = target.firstIndex(of: "@") {
            name = String(target[..<at])
            memberText = String(target[target.index(after: at)...])
        } else {
            name = target
            memberText = nil
        }
        guard let column = Columns.named(name.lowercased()), column.kind != .dossier, column.name != "opmerking" else {
            throw .unknownColumn(name)
        }
        switch (column.level, memberText) {
        case (.person, nil): throw .memberRequired(column.name)
        case (.household, _?): throw .householdColumn(column.name)
        case (.person, let m?):
            if let n = Int(m), n >= 1 {
                member = .position(n)
            } else if let nn = NationalNumber(m) {
                member = .nationalNumber(nn)
            } else {
                throw .noSuchMemberSpec(m.count > 20 ? String(m.prefix(20)) + "…" : m)
            }
        default: member = nil
        }
        switch FactParser.parse(text, as: column.kind) {
        case .success(let v): value = v
        case .failure(let reason): throw .value(column: column.name, reason: reason)
        }
        self.column = column
        self.spec = column.kind == .nationalNumber ? "\(target)=…" : spec
    }

    /// The household with this fact changed; a member that is not there is refused.
    public func applied(to household: Household) throws(WhatIfError) -> Household {
        var h = household
        switch member {
        case nil:
            h.set(column.name, to: value)
        case .position(let n)?:
            guard h.members.indices.contains(n - 1) else { throw .noSuchMember(n, count: h.members.count) }
            h.members[n - 1].set(column.name, to: value)
        case .nationalNumber(let nn)?:
            guard let i = h.members.firstIndex(where: { $0.nationalNumber == nn }) else { throw .notAMember(nn.masked) }
            h.members[i].set(column.name, to: value)
        }
        return h
    }
}

/// Why a what-if was refused.
public enum WhatIfError: Error, Sendable, Hashable {
    case malformed(String)
    case unknownColumn(String)
    case memberRequired(String)
    case householdColumn(String)
    case noSuchMemberSpec(String)
    case noSuchMember(Int, count: Int)
    case notAMember(String)
    case value(column: String, reason: ImportReason)
    case nothingChanged

    public func message(_ language: RuleLanguage) -> String {
        let nl = language == .nl
        switch self {
        case .malformed(let s):
            return nl ? "geen wijziging: \(s) (verwacht KOLOM@LID=WAARDE of KOLOM=WAARDE)"
                : "not a change: \(s) (expected COLUMN@MEMBER=VALUE or COLUMN=VALUE)"
        case .unknownColumn(let c): return nl ? "onbekende kolom: \(c)" : "unknown column: \(c)"
        case .memberRequired(let c):
            return nl ? "\(c) is een gegeven van een persoon: zeg welk lid (\(c)@1=…)" : "\(c) is a person's fact: say which member (\(c)@1=…)"
        case .householdColumn(let c):
            return nl ? "\(c) is een gegeven van het huishouden: zonder @" : "\(c) is a household fact: no @"
        case .noSuchMemberSpec(let m):
            return nl ? "geen lid: \(m) (een positie 1, 2, … of een rijksregisternummer)" : "no member: \(m) (a position 1, 2, … or a national number)"
        case .noSuchMember(let n, let count):
            return nl ? "geen lid \(n): het dossier heeft \(count) leden" : "no member \(n): the dossier has \(count) members"
        case .notAMember(let masked):
            return nl ? "\(masked) is geen lid van dit dossier" : "\(masked) is not a member of this dossier"
        case .value(let column, let reason):
            return (nl ? "kolom \(column): " : "column \(column): ") + reason.text(language: nl ? .nl : .en)
        case .nothingChanged: return nl ? "geef minstens één --what-if" : "give at least one --what-if"
        }
    }
}
