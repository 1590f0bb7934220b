import Foundation

/// What an audit entry records. Open-ended: later features add their own (`AuditAction("scan")`).
public struct AuditAction: RawRepresentable, Hashable, Codable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public static let initialize = AuditAction("init")
    public static let create = AuditAction("create")
    public static let change = AuditAction("change")
    public static let `import` = AuditAction("import")
    public static let view = AuditAction("view")
    public static let verify = AuditAction("verify")
    public static let quarantine = AuditAction("quarantine")
    public static let role = AuditAction("role")
    public static let volunteer = AuditAction("volunteer")
    public static let scan = AuditAction("scan")
    public static let export = AuditAction("export")
    public static let match = AuditAction("match")
    /// A save that gave or withdrew a consent (detail `consent`: purpose codes and record numbers).
    public static let consent = AuditAction("consent")
    /// A member moved from one dossier to another (both written as one whole).
    public static let move = AuditAction("move")
    /// A user without the needed role was turned away.
    public static let refused = AuditAction("refused")
    /// Entries older than the retention period were taken out; `audit/checkpoint.json` continues the chain.
    public static let seal = AuditAction("seal")
    /// A store setting changed (the audit retention).
    public static let setting = AuditAction("setting")
    /// A write announced by the entry before could not be put in place and was taken back.
    public static let undone = AuditAction("undone")

    public init(from decoder: Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }

    public var description: String { rawValue }
}

/// One line of the audit trail. `detail` holds ids, counts and field names only — never names or national
/// numbers — so the trail can be shown and shipped without exposing a client.
public struct AuditEntry: Codable, Hashable, Sendable {
    public let seq: Int
    /// UTC ISO-8601, e.g. `2026-11-23T14:05:09Z`
    public let time: String
    public let user: String
    public let action: AuditAction
    public let dossiers: [String]
    public let detail: [String: String]
    public let prevHash: String
    public let hash: String

    /// The hash of the line before the first one.
    public static let genesisHash = String(repeating: "0", count: 64)

    /// The entry without its own hash, in the canonical form that is hashed.
    struct Body: Codable {
        let seq: Int
        let time: String
        let user: String
        let action: AuditAction
        let dossiers: [String]
        let detail: [String: String]
        let prevHash: String
    }

    var body: Body {
        Body(seq: seq, time: time, user: user, action: action, dossiers: dossiers, detail: detail, prevHash: prevHash)
    }

    init(body: Body, hash: String) {
        seq = body.seq
        time = body.time
        user = body.user
        action = body.action
        dossiers = body.dossiers
        detail = body.detail
        prevHash = body.prevHash
        self.hash = hash
    }
}

/// The outcome of walking the audit chain.
public struct AuditVerification: Sendable, Hashable {
    /// Lines that were read and chained correctly before any break.
    public let validEntries: Int
    /// The first broken line, when there is one.
    public let firstBreak: AuditBreak?
    /// Bytes of a torn last line left by a crash mid-append (0 when none): not a break, since it was never
    /// acknowledged; the next write moves it to `quarantine/`.
    public let tornTailBytes: Int

    public init(validEntries: Int, firstBreak: AuditBreak?, tornTailBytes: Int = 0) {
        self.validEntries = validEntries
        self.firstBreak = firstBreak
        self.tornTailBytes = tornTailBytes
    }

    public var isIntact: Bool { firstBreak == nil }
}

/// Where the chain breaks and why.
public struct AuditBreak: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// A line was edited, removed, moved or cut: the chain shows it.
        case broken
        /// The chain is whole as far as it goes, but nothing proves where it should end (`audit/head.json` is
        /// missing, unreadable or older than one entry behind): lines may have been cut off the end.
        case endNotProven
    }

    /// 1-based line number in `audit/audit.jsonl`.
    public let line: Int
    /// What is wrong, in Dutch.
    public let reason: String
    /// The same in English (`--lang en`).
    public let english: String
    public let kind: Kind

    init(line: Int, reason: String, english: String, kind: Kind = .broken) {
        self.line = line
        self.reason = reason
        self.english = english
        self.kind = kind
    }

    public var description: String { "audit/audit.jsonl regel \(line): \(reason)" }
}
