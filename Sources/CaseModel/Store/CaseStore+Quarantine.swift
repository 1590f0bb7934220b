import Foundation

/// Broken files are moved out of the way, so that one hand-edited dossier never stops the whole store.
extension CaseStore {
    /// Sets a file aside in `quarantine/` (taking the lock) and records it in the audit trail. Never throws:
    /// when the move itself fails the problem is still reported, with `quarantinedAs` nil.
    func quarantine(_ path: String, id: DossierID?, reason: String) -> StoreProblem {
        do {
            return try lock.withLock { quarantineLocked(path, id: id, reason: reason) }
        } catch {
            return StoreProblem(path: layout.relative(path), quarantinedAs: nil, reason: reason)
        }
    }

    func quarantineLocked(_ path: String, id: DossierID?, reason: String) -> StoreProblem {
        let name = String(path.dropFirst(AtomicFile.folder(of: path).count + 1))
        let stamp = Date().formatted(.iso8601).replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
        // Two broken copies set aside in the same second both stay: the second gets `.2`, and so on (under the lock).
        var target = layout.quarantine + "/" + name + "." + stamp
        var n = 1
        while fileSystem.exists(target) {
            n += 1
            target = layout.quarantine + "/" + name + "." + stamp + ".\(n)"
        }
        do {
            guard fileSystem.exists(path) else {
                return StoreProblem(path: layout.relative(path), quarantinedAs: nil, reason: reason)
            }
            // A dossier that leaves the folder is a change the index must not miss (StoreGeneration.swift).
            if AtomicFile.folder(of: path) == layout.dossiers { _ = try advanceGeneration() }
            try fileSystem.rename(path, to: target)
            try fileSystem.syncDirectory(layout.quarantine)
            try fileSystem.syncDirectory(AtomicFile.folder(of: path))
            // The reason may quote a value from the file; the trail keeps only the file names.
            try audit.appendLocked(.quarantine, dossiers: id.map { [$0.rawValue] } ?? [],
                                   detail: ["file": layout.relative(path), "movedTo": layout.relative(target)])
            return StoreProblem(path: layout.relative(path), quarantinedAs: layout.relative(target), reason: reason)
        } catch {
            return StoreProblem(path: layout.relative(path), quarantinedAs: nil, reason: reason)
        }
    }
}
