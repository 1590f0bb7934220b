import Foundation

/// Who may do what: `roles.json`, read on every check so that a grant takes effect at once.
extension CaseStore {
    public func roles() throws -> RoleTable {
        try StoreIO.guarded {
            let data: Data
            do {
                data = try fileSystem.readFile(layout.roles)
            } catch let error as FileSystemError where error.isNotFound {
                return RoleTable()
            }
            do {
                return try StoreCoding.decode(RoleTable.self, from: data)
            } catch {
                throw StoreError.unreadableStoreFile(path: layout.roles, reason: StoreCoding.readable(error))
            }
        }
    }

    public func role(of user: String) throws -> Role? { try roles().role(of: user) }

    /// The current user's role when it is one of `allowed`; else a clear refusal, recorded in the audit trail.
    @discardableResult
    public func requireRole(_ allowed: Role...) throws -> Role {
        try requireRole(allowed, for: nil)
    }

    /// As `requireRole(_:)`; `action` names what was asked (a command such as `import`) for the refusal entry.
    /// The entry holds the user, their role and what was refused, never a dossier or a client.
    @discardableResult
    public func requireRole(_ allowed: [Role], for action: String?) throws -> Role {
        let role = try role(of: identity.user)
        if let role, allowed.contains(role) { return role }
        var detail = ["needed": allowed.map(\.rawValue).joined(separator: ","), "role": role?.rawValue ?? "none"]
        if let action { detail["refused"] = action }
        // Best effort: a user outside the service group cannot write the trail at all, and is refused anyway.
        _ = try? audit.append(.refused, detail: detail)
        guard let role else { throw StoreError.noRole(user: identity.user) }
        throw StoreError.roleNotAllowed(user: identity.user, role: role, needed: allowed)
    }

    /// Grants `role` to `user`, or takes the user's role away with nil. Only an administrator may; the last
    /// administrator cannot be removed or demoted, so a store always has someone who can manage it.
    public func setRole(_ role: Role?, for user: String) throws {
        try requireRole([.admin], for: role == nil ? "users revoke" : "users grant")
        try StoreIO.guarded {
            try lock.withLock {
                var table = try roles()
                let admins = table.roles.filter { $0.value == .admin }.map(\.key)
                if role != .admin, admins == [user] { throw StoreError.lastAdmin(user: user) }
                table.roles[user] = role
                try files.write(try StoreCoding.encode(table), to: layout.roles)
                try audit.appendLocked(.role, dossiers: [], detail: ["user": user, "role": role?.rawValue ?? "none"])
            }
        }
    }
}
