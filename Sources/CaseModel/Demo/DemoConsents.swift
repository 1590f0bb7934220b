import Foundation

/// The consent records of the demo caseload, from `seeds/consents.csv` (the client-list format has no place for
/// them): `dossier;doel;omschrijving;gegeven_op;gegeven_door;bereik;ingetrokken_op;reden_intrekking`, with the
/// member by position and the scope as codes (empty: the purpose's default).
enum DemoConsents {
    struct Problem: Error, CustomStringConvertible {
        let line: Int
        let reason: String
        var description: String { "seeds/consents.csv regel \(line): \(reason)" }
    }

    /// The households changed by the file's records (the others are left out).
    static func apply(_ data: Data, to households: [DossierID: Household], recordedBy: String) throws -> [Household] {
        var changed: [DossierID: Household] = [:]
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for (index, raw) in lines.enumerated().dropFirst() where !raw.trimmingCharacters(in: .whitespaces).isEmpty {
            let line = index + 1
            let f = raw.split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard f.count == 8 else { throw Problem(line: line, reason: "8 velden verwacht, \(f.count) gevonden") }
            guard let id = DossierID(rawValue: f[0]), var h = changed[id] ?? households[id] else {
                throw Problem(line: line, reason: "onbekend dossier \(f[0])")
            }
            guard let purpose = ConsentPurpose(rawValue: f[1]) else { throw Problem(line: line, reason: "onbekend doel \(f[1])") }
            guard let given = Day(parsing: f[3]) else { throw Problem(line: line, reason: "geen datum: \(f[3])") }
            guard let position = Int(f[4]), h.members.indices.contains(position - 1) else {
                throw Problem(line: line, reason: "geen lid \(f[4])")
            }
            var scope = purpose.defaultScope
            if !f[5].isEmpty {
                scope = try f[5].split(separator: ",").map { code in
                    guard let c = ConsentCategory(code: String(code)) else { throw Problem(line: line, reason: "onbekend bereik \(code)") }
                    return c
                }
            }
            let giver = ConsentGiver(nationalNumber: h.members[position - 1].nationalNumber, position: position)
            let record = try h.giveConsent(purpose, purposeText: f[2].isEmpty ? nil : f[2], givenOn: given, givenBy: giver,
                                           scope: scope, recordedBy: recordedBy, recordedOn: given)
            if !f[6].isEmpty {
                guard let withdrawn = Day(parsing: f[6]) else { throw Problem(line: line, reason: "geen datum: \(f[6])") }
                try h.withdrawConsent(record.number, on: withdrawn, reason: f[7], by: recordedBy)
            }
            changed[id] = h
        }
        return changed.values.sorted { $0.id < $1.id }
    }
}
