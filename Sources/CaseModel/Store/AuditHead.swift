import Foundation

/// One entry of the trail named by its sequence number and hash, written `SEQ:HASH`: the anchor an administrator
/// keeps outside the store (`zorg audit head`) and checks later (`zorg audit verify --expect SEQ:HASH`). Whoever
/// can rewrite both the log and `audit/head.json` can forge a chain that verifies, but not one that still holds
/// an entry whose hash was written down elsewhere before.
public struct AuditAnchor: Hashable, Sendable, CustomStringConvertible {
    public let seq: Int
    /// 64 lowercase hexadecimal characters.
    public let hash: String

    public init(seq: Int, hash: String) {
        self.seq = seq
        self.hash = hash
    }

    /// `SEQ:HASH`; nil unless SEQ is a positive number and HASH 64 hexadecimal characters (any case).
    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let seq = Int(parts[0]), seq > 0, parts[0].allSatisfy(\.isASCII),
              parts[1].count == 64, parts[1].allSatisfy(\.isHexDigit) else { return nil }
        self.init(seq: seq, hash: parts[1].lowercased())
    }

    public var description: String { "\(seq):\(hash)" }
}

/// What became of an anchor.
public enum AuditAnchorCheck: Hashable, Sendable {
    /// The entry is in the log, on this line, with this hash.
    case present(line: Int)
    /// The entry was sealed away and is the checkpoint itself: `audit/checkpoint.json` names the same hash.
    case confirmedByCheckpoint
    /// The log ends before the anchor (at `lastSeq`): its end was cut off.
    case cut(lastSeq: Int)
    /// The line with this sequence number carries another hash: the log was rewritten from there (or before).
    case rewritten(line: Int)
    /// The line carries the anchor's hash but its content no longer hashes to it: the line was edited.
    case edited(line: Int)
    /// `audit/checkpoint.json` names this sequence number with another hash: the trail was rewritten before it
    /// was sealed.
    case checkpointDiffers
    /// No line has this sequence number, though the log goes on beyond it: the line was removed.
    case removed
    /// Sealed away before the checkpoint (`checkpointSeq`): the entry is no longer in the store to check.
    case sealedAway(checkpointSeq: Int)

    public var holds: Bool {
        switch self {
        case .present, .confirmedByCheckpoint: true
        default: false
        }
    }

    /// The outcome in words, Dutch or English.
    public func message(_ anchor: AuditAnchor, english: Bool) -> String {
        let a = anchor.seq
        switch self {
        case .present(let line):
            return english ? "anchor \(a) found on line \(line) with the same hash: the trail up to \(a) is the one anchored"
                : "anker \(a) gevonden op regel \(line) met dezelfde hash: het spoor tot \(a) is het verankerde"
        case .confirmedByCheckpoint:
            return english ? "anchor \(a) was sealed away; audit/checkpoint.json names it with the same hash"
                : "anker \(a) is verzegeld; audit/checkpoint.json noemt het met dezelfde hash"
        case .cut(let last):
            return english ? "anchor \(a) is not in the trail: the log ends at \(last), so its end was cut off"
                : "anker \(a) staat niet in het spoor: het logboek eindigt bij \(last), het einde is weggeknipt"
        case .rewritten(let line):
            return english ? "entry \(a) (line \(line)) has another hash than the anchor: the log was rewritten from there or before"
                : "item \(a) (regel \(line)) heeft een andere hash dan het anker: het logboek is vanaf daar of eerder herschreven"
        case .edited(let line):
            return english ? "entry \(a) (line \(line)) still names the anchor's hash, but its content was edited"
                : "item \(a) (regel \(line)) noemt nog de hash van het anker, maar de inhoud is bewerkt"
        case .checkpointDiffers:
            return english ? "audit/checkpoint.json names entry \(a) with another hash: the trail was rewritten before it was sealed"
                : "audit/checkpoint.json noemt item \(a) met een andere hash: het spoor is herschreven voor het verzegeld werd"
        case .removed:
            return english ? "entry \(a) is missing from the log, which goes on beyond it: the line was removed"
                : "item \(a) ontbreekt in het logboek, dat verder loopt: de regel is verwijderd"
        case .sealedAway(let checkpoint):
            return english ? "anchor \(a) was sealed away (the kept trail starts after \(checkpoint)); it can no longer be "
                + "checked: keep a newer anchor (`zorg audit head`) after every seal"
                : "anker \(a) is verzegeld (het bewaarde spoor begint na \(checkpoint)); het kan niet meer gecontroleerd "
                + "worden: bewaar na elke verzegeling een nieuwer anker (`zorg audit head`)"
        }
    }
}

/// `verify` with what it vouches for: the last entry of an intact chain (the anchor to keep), and the outcome
/// for an anchor kept earlier.
public struct AuditVerificationReport: Sendable, Hashable {
    public let verification: AuditVerification
    /// The last entry of the chain, when the chain is intact and its end proven.
    public let last: AuditAnchor?
    public let expected: AuditAnchorCheck?
    /// `zorg audit verify` also compares every dossier file with the caseload index (`checkIndexAgainstFiles`).
    public var index: CaseloadIndexReport? = nil

    /// Nothing wrong: the chain is intact and the anchor, when given, holds.
    public var holds: Bool { verification.isIntact && (expected?.holds ?? true) }
}

extension AuditTrail {
    /// Verifies the chain and, when `anchor` is given, checks that the trail still holds that entry.
    public func verify(expecting anchor: AuditAnchor?) throws -> AuditVerificationReport {
        try StoreIO.guarded {
            let files = try readConsistently()
            let chain = walk(files)
            return AuditVerificationReport(verification: chain.verification, last: chain.last,
                                           expected: anchor.map { check($0, in: files) })
        }
    }

    /// Where the anchor's entry is, line by line (independent of the chain: a broken chain still tells whether
    /// the anchored part is there).
    func check(_ anchor: AuditAnchor, in files: TrailFiles) -> AuditAnchorCheck {
        if let checkpoint = files.checkpoint, anchor.seq <= checkpoint.seq {
            guard anchor.seq == checkpoint.seq else { return .sealedAway(checkpointSeq: checkpoint.seq) }
            return checkpoint.hash == anchor.hash ? .confirmedByCheckpoint : .checkpointDiffers
        }
        var lastSeq = files.checkpoint?.seq ?? 0
        for (index, line) in files.lines.enumerated() {
            guard let entry = try? StoreCoding.decode(AuditEntry.self, from: Data(line)) else { continue }
            lastSeq = max(lastSeq, entry.seq)
            guard entry.seq == anchor.seq else { continue }
            if entry.hash != anchor.hash { return .rewritten(line: index + 1) }
            return AuditCanonicalForm.hash(ofLine: line) == anchor.hash ? .present(line: index + 1) : .edited(line: index + 1)
        }
        return lastSeq < anchor.seq ? .cut(lastSeq: lastSeq) : .removed
    }
}
