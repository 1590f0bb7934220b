import Crypto
import Foundation

/// Why an offices file was not set; the store's offices stay as they were.
public enum OfficesFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file does not read: its name, the line and what is wrong.
    case refused(RuleProblem)
    /// A module in force sends clients to an office the file lacks.
    case missingOffice(id: String, module: String, file: String)

    public var description: String {
        switch self {
        case .refused(let problem): "geweigerd, er is niets veranderd / refused, nothing changed: \(problem)"
        case .missingOffice(let id, let module, let file):
            "geweigerd, er is niets veranderd / refused, nothing changed: \(file): office '\(id)' is missing "
                + "(the module \(module) names it in letter.offices)"
        }
    }
}

/// The store's `offices.yaml`: the addresses and hours letters name, kept by an administrator (`zorg offices set`,
/// one audit entry). Without the file the built-in list for Genk applies.
extension CaseStore {
    /// The file's text as stored; nil when the store has none.
    public func officesText() throws -> String? {
        do {
            let data = try StoreIO.guarded { try fileSystem.readFile(layout.offices) }
            guard let text = String(data: data, encoding: .utf8) else {
                throw StoreError.unreadableStoreFile(path: StoreLayout.officesFile, reason: "geen UTF-8-tekst")
            }
            return text
        } catch StoreError.io(let error) where error.isNotFound {
            return nil
        }
    }

    /// The offices letters name: the store's file, else the built-in list. A stored file that no longer reads is
    /// an error naming it (a letter never silently sends a client to the wrong address).
    public func serviceOffices() throws -> ServiceOffices { try storedOffices() ?? .builtIn }

    /// The store's own offices file, read once; nil when the store has none.
    public func storedOffices() throws -> ServiceOffices? {
        guard let text = try officesText() else { return nil }
        do {
            return try ServiceOffices.parse(text, file: StoreLayout.officesFile)
        } catch let problem as RuleProblem {
            throw StoreError.unreadableStoreFile(path: StoreLayout.officesFile, reason: problem.description)
        }
    }

    /// Replaces the offices with `text` (named `file` in messages) after checking it reads and holds every office
    /// the modules in force name; one `offices` audit entry. The caller checks the role.
    public func setOffices(text: String, file: String, namedBy modules: [RuleModule]) throws -> ServiceOffices {
        let offices: ServiceOffices
        do {
            offices = try ServiceOffices.parse(text, file: file)
        } catch let problem as RuleProblem {
            throw OfficesFileError.refused(problem)
        }
        for module in modules {
            for id in module.letter?.offices ?? [] where offices.office(id) == nil {
                throw OfficesFileError.missingOffice(id: id, module: module.id, file: file)
            }
        }
        try StoreIO.guarded {
            try lock.withLock {
                let replaced = fileSystem.exists(layout.offices)
                try files.write(Data(text.utf8), to: layout.offices)
                let digest = SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
                try audit.appendLocked(AuditAction("offices"), dossiers: [], detail: [
                    "change": replaced ? "replace" : "add", "offices": String(offices.offices.count), "sha256": digest,
                ])
            }
        }
        return offices
    }
}
