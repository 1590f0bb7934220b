import Foundation

/// Builds the demo store from the seeds compiled into the binary, in a folder of its own — never over a real
/// store: the folder must be absent, empty, or an earlier demo store.
public enum DemoStore {
    public struct Report: Sendable {
        public var path: String
        public var households: Int
        public var volunteers: Int
        public var generated: Int
        public var rebuilt: Bool
        public var alreadyPresent: Bool
    }

    public enum Problem: Error, Sendable, CustomStringConvertible {
        case notADemoStore(String)
        case folderNotEmpty(String)
        case seedsRejected(String)
        /// `--force` on a demo store that holds work of its own (an import, a new dossier, a merge).
        case holdsOwnWork(String, action: String, seq: Int)
        /// `--force` by someone who is not the demo store's administrator, or on a shared one.
        case notYours(String)

        public var description: String {
            switch self {
            case .notADemoStore(let p):
                return "\(p) is een echte store, geen demostore: zorg demo schrijft daar nooit over."
            case .folderNotEmpty(let p):
                return "\(p) is niet leeg en is geen demostore: kies een lege of nieuwe map."
            case .seedsRejected(let why):
                return "De demogegevens konden niet ingelezen worden: \(why)"
            case .holdsOwnWork(let p, let action, let seq):
                return "\(p) is een demostore met eigen werk (audit-item \(seq): \(action), niet door zorg demo): "
                    + "--force zou dat wissen en wordt geweigerd. Maak een nieuwe demostore in een andere map."
            case .notYours(let p):
                return "\(p): alleen de beheerder van een persoonlijke demostore mag ze opnieuw opbouwen (--force)."
            }
        }
    }

    /// `--force` rebuilds only what `zorg demo` made: a personal demo store, by its administrator, whose trail has
    /// no import, new dossier or merge that `zorg demo` did not write (editing demo dossiers is allowed).
    static func checkRebuildable(_ store: CaseStore) throws {
        guard store.mode == .personal, try store.role(of: store.identity.user) == .admin else {
            throw Problem.notYours(store.root)
        }
        // The two lists `build` imports (the samples under seeds/samples are an administrator's imports).
        let seedHashes = Set(["households.csv", "volunteers.csv"].compactMap { Embedded.seedFiles[$0] }
            .map { ImportReading.checksum([UInt8]($0)) })
        for entry in try store.audit.entries() where [.import, .create, AuditAction("merge")].contains(entry.action) {
            let fromDemo = entry.action == .import
                && (["seeds/consents.csv", "generator"].contains(entry.detail["source"] ?? "")
                    || entry.detail["sha256"].map(seedHashes.contains) == true)
            if !fromDemo { throw Problem.holdsOwnWork(store.root, action: entry.action.rawValue, seq: entry.seq) }
        }
    }

    /// Makes the demo store at `path`. An existing demo store is kept unless `force`; `generated` adds that many
    /// generated households (deterministic by `seed`). `progress` receives (done, total) for long work.
    public static func build(at path: String, identity: Identity = .current(), generated: Int = 0, seed: UInt64 = 1,
                             force: Bool = false, today: Day, progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> Report {
        let fm = FileManager.default
        var rebuilt = false
        if CaseStore.isStore(at: path) {
            let existing = try CaseStore(at: path, identity: identity)
            guard existing.isDemo else { throw Problem.notADemoStore(path) }
            if !force {
                let count = try existing.dossierIDs().count
                let volunteers = try existing.volunteers().volunteers.count
                return Report(path: existing.root, households: count, volunteers: volunteers, generated: 0,
                              rebuilt: false, alreadyPresent: true)
            }
            try checkRebuildable(existing)
            try fm.removeItem(atPath: existing.root)
            rebuilt = true
        } else if fm.fileExists(atPath: path) {
            let contents = (try? fm.contentsOfDirectory(atPath: path)) ?? ["?"]
            guard contents.isEmpty else { throw Problem.folderNotEmpty(path) }
        }
        let store = try CaseStore.create(at: path, mode: .personal, identity: identity, demo: true)
        let importer = StoreImport(store: store)
        let seeds = Embedded.seedFiles
        var households = 0
        var volunteers = 0
        if let clients = seeds["households.csv"] {
            let plan = try importer.plan([UInt8](clients), kind: .clients, fileName: "seeds/households.csv", allOrNothing: true,
                                      today: today)
            guard !plan.blockedByAllOrNothing, plan.structuralErrors.isEmpty else {
                throw Problem.seedsRejected(plan.summary(language: .nl))
            }
            households = try importer.commit(plan)
        }
        if let consents = seeds["consents.csv"] {
            let loaded = Dictionary(try store.loadAll().households.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            do {
                let changed = try DemoConsents.apply(consents, to: loaded, recordedBy: "demo")
                try store.commit(batch: changed, auditAction: .import, detail: ["source": "seeds/consents.csv"])
            } catch let problem as DemoConsents.Problem {
                throw Problem.seedsRejected(problem.description)
            } catch let problem as ConsentError {
                throw Problem.seedsRejected("seeds/consents.csv: \(problem)")
            }
        }
        if let list = seeds["volunteers.csv"] {
            let plan = try importer.plan([UInt8](list), kind: .volunteers, fileName: "seeds/volunteers.csv", allOrNothing: true,
                                      today: today)
            guard !plan.blockedByAllOrNothing, plan.structuralErrors.isEmpty else {
                throw Problem.seedsRejected(plan.summary(language: .nl))
            }
            volunteers = try importer.commit(plan)
        }
        if generated > 0 {
            let generator = DemoGenerator(seed: seed)
            let chunk = 5_000
            var done = 0
            while done < generated {
                let n = min(chunk, generated - done)
                let batch = generator.households(count: n, startingAt: done + 1)
                try store.commit(batch: batch, auditAction: .import, detail: ["source": "generator", "seed": String(seed)])
                done += n
                progress?(done, generated)
            }
        }
        return Report(path: store.root, households: households + generated, volunteers: volunteers, generated: generated,
                      rebuilt: rebuilt, alreadyPresent: false)
    }
}
