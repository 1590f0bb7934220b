import CaseModel
import Foundation
import Testing

/// Several processes save the same dossier and different dossiers at once. Each retries after a stale refusal
/// with a fresh copy, so the final counter must equal the number of acknowledged saves: nothing is lost.
@Suite("Trust: concurrent writers", .serialized)
struct TrustContentionTests {
    @Test("five processes on one dossier and two on their own: no update lost, stale saves refused, chain valid")
    func concurrentSaves() throws {
        let z = try ZorgProcess()
        defer { z.remove() }
        let store = z.home + "/store"
        let created = try CaseStore.create(at: store)
        let shared = DossierID(rawValue: "SHARED-1")!
        let own = [DossierID(rawValue: "OWN-1")!, DossierID(rawValue: "OWN-2")!]
        for id in [shared] + own {
            try created.create(Household(id: id, members: [Person(firstName: "Test", lastName: "Persoon", role: .aanvrager)]))
        }
        let oldCopy = try created.load(shared)
        let perProcess = 20
        var children: [(TrustSupport.Child, DossierID, String)] = []
        for p in 0..<5 {
            children.append((try TrustSupport.Child(TrustSupport.stressBinary, ["increment", store, shared.rawValue, "p\(p)", "\(perProcess)"],
                                                    environment: TrustSupport.environment(home: z.home)), shared, "p\(p)"))
        }
        for (k, id) in own.enumerated() {
            children.append((try TrustSupport.Child(TrustSupport.stressBinary, ["increment", store, id.rawValue, "o\(k)", "\(perProcess)"],
                                                    environment: TrustSupport.environment(home: z.home)), id, "o\(k)"))
        }
        var acknowledged: [DossierID: Int] = [:]
        var stale = 0
        for (child, id, tag) in children {
            let result = child.finish()
            #expect(result.status == 0, "\(tag): \(result.stderr)")
            acknowledged[id, default: 0] += TrustSupport.acknowledgements(result.stdout).count
            if let line = result.stdout.split(separator: "\n").last(where: { $0.hasPrefix("stale ") }) {
                stale += Int(line.dropFirst(6)) ?? 0
            }
        }
        let saves = acknowledged.values.reduce(0, +)
        #expect(acknowledged[shared] == 5 * perProcess)

        let reopened = try CaseStore(at: store)
        for id in [shared] + own {
            let final = try reopened.load(id)
            // Counter, notes and revision all account for every acknowledged save.
            #expect(final.address.houseNumber == String(acknowledged[id] ?? -1))
            #expect(final.notes.count == acknowledged[id])
            #expect(final.revision == 1 + (acknowledged[id] ?? 0))
            #expect(Set(final.notes.map(\.text)).count == final.notes.count)
        }
        // The copy read before the race is refused, naming who saved in between.
        do {
            try reopened.save(oldCopy)
            Issue.record("a stale save was accepted")
        } catch StoreError.stale(let refusal) {
            #expect(refusal.storedRevision == 1 + 5 * perProcess)
            #expect(refusal.savedBy == Identity.current().user)
        }
        #expect(try reopened.audit.verify().isIntact)
        let changes = try reopened.audit.entries().filter { $0.action == .change }.count
        #expect(changes == saves)
        print("TRUST contention: \(children.count) processes, \(saves) concurrent saves acknowledged and counted, "
              + "\(stale) stale saves refused and retried")
    }
}
