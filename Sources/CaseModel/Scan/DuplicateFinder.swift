import Foundation

/// The same person recorded in two dossiers: the same national number, or — fuzzily — a near-equal name with
/// the same birth date (a typo, a missing accent, first and last name swapped).
public struct DuplicatePair: Sendable, Hashable {
    public enum Basis: String, Sendable { case nationalNumber = "rijksregisternummer", nameAndBirthDate = "naam+geboortedatum" }

    public var first: (dossier: DossierID, member: Int)
    public var second: (dossier: DossierID, member: Int)
    public var basis: Basis
    /// 0–100: 100 for the same national number; otherwise how alike the names are.
    public var similarity: Int

    public static func == (a: DuplicatePair, b: DuplicatePair) -> Bool {
        a.first == b.first && a.second == b.second && a.basis == b.basis
    }

    public func hash(into h: inout Hasher) {
        h.combine(first.dossier); h.combine(first.member); h.combine(second.dossier); h.combine(second.member)
    }
}

public enum DuplicateFinder {
    /// Pairs of members of different dossiers that look like one person. Candidates are grouped by birth date
    /// (or national number) first, so the work stays linear in the caseload.
    public static func find(in households: [Household], minimumSimilarity: Int = 85) -> [DuplicatePair] {
        var byNumber: [NationalNumber: [(DossierID, Int)]] = [:]
        var byBirth: [Day: [(DossierID, Int, String)]] = [:]
        for h in households {
            for (i, m) in h.members.enumerated() {
                if let n = m.nationalNumber { byNumber[n, default: []].append((h.id, i)) }
                if let b = m.birthDate { byBirth[b, default: []].append((h.id, i, normalizedName(m))) }
            }
        }
        var pairs: [DuplicatePair] = []
        var seen: Set<String> = []
        func key(_ a: (DossierID, Int), _ b: (DossierID, Int)) -> String { "\(a.0)#\(a.1)|\(b.0)#\(b.1)" }
        for (_, list) in byNumber where list.count > 1 {
            for i in 0..<list.count { for j in (i + 1)..<list.count where list[i].0 != list[j].0 {
                seen.insert(key(list[i], list[j]))
                pairs.append(DuplicatePair(first: list[i], second: list[j], basis: .nationalNumber, similarity: 100))
            } }
        }
        for (_, list) in byBirth where list.count > 1 {
            for i in 0..<list.count { for j in (i + 1)..<list.count where list[i].0 != list[j].0 {
                let a = (list[i].0, list[i].1), b = (list[j].0, list[j].1)
                guard !seen.contains(key(a, b)) else { continue }
                let s = similarity(list[i].2, list[j].2)
                if s >= minimumSimilarity {
                    pairs.append(DuplicatePair(first: a, second: b, basis: .nameAndBirthDate, similarity: s))
                }
            } }
        }
        return pairs.sorted { ($0.first.dossier, $0.first.member, $0.second.dossier) < ($1.first.dossier, $1.first.member, $1.second.dossier) }
    }

    /// Lower case, accents off, the name parts sorted (so "Yılmaz Ayşe" equals "Ayse Yilmaz").
    static func normalizedName(_ p: Person) -> String {
        let text = "\(p.firstName) \(p.lastName)".replacingOccurrences(of: "ı", with: "i")
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return text.split(whereSeparator: { !$0.isLetter }).map(String.init).sorted().joined(separator: " ")
    }

    /// 100 × (1 − edit distance / longer length).
    static func similarity(_ a: String, _ b: String) -> Int {
        if a == b { return 100 }
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        var previous = Array(0...y.count)
        var current = Array(repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return 100 - 100 * previous[y.count] / max(x.count, y.count)
    }
}
