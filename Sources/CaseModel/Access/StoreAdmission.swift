import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How this process may reach a store it has just opened, decided on the opened folder itself (its owner and
/// group, read from the descriptor, not from its name) — docs/security.md, "One door":
///
/// - through the **service group** of a set-group-id `zorg`, when the folder belongs to that group and not to the
///   person: people reach the store only through Zorg, and `roles.json` decides;
/// - with the person's **own rights** otherwise: the service group is given up for good first (a personal store,
///   the demo, a folder of another group), so a folder a person made cannot lend her the service group;
/// - **refused**: a shared store whose folder the person owns, when Zorg runs set-group-id (else she could make a
///   store of her own, swap its `dossiers` for a link to the real one, and be admin there).
public struct StoreAdmission: Sendable, Equatable {
    /// The store is reached through the service group.
    public let throughServiceGroup: Bool
    /// A shared store reached with the person's own groups: anyone in its group can change the files directly,
    /// so roles are advice, not a lock. Zorg says so once per run.
    public let rolesAreAdvisory: Bool

    static func decide(owner: FileOwner?, shared: Bool, root: String) throws -> StoreAdmission {
        let person = getuid()
        guard let service = ServiceGroup.id else {
            return StoreAdmission(throughServiceGroup: false, rolesAreAdvisory: shared && person != 0)
        }
        // root can read everything anyway; the rule is there to keep a person from lending herself the group.
        if let owner, person != 0, owner.user == person {
            if shared { throw StoreError.ownedSharedStore(path: root) }
            try ServiceGroup.giveUp()
            return StoreAdmission(throughServiceGroup: false, rolesAreAdvisory: false)
        }
        guard let owner, owner.group == service else {
            try ServiceGroup.giveUp()
            return StoreAdmission(throughServiceGroup: false, rolesAreAdvisory: shared && person != 0)
        }
        return StoreAdmission(throughServiceGroup: true, rolesAreAdvisory: false)
    }
}
