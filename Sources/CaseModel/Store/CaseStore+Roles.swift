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

    /// The current user's role when it is one of `allowed`; else a clear refusal.
    @discardableResult
    public func requireRole(_ allowed: Role...) throws -> Role {
        guard let role = try role(of: identity.user) else { throw StoreError.noRole(user: identity.user) }
        guard allowed.contains(role) else {
            throw StoreError.roleNotAllowed(user: identity.user, role: role, needed: allowed)
        }
        return role
    }

    /// Grants `role` to `user`, or takes the user's role away with nil. Only an administrator may.
    public func setRole(_ role: Role?, for user: String) throws {
        try requireRole(.admin)
        try StoreIO.guarded {
            try lock.withLock {
                var table = try roles()
                table.roles[user] = role
                try files.write(try StoreCoding.encode(table), to: layout.roles)
                try audit.appendLocked(.role, dossiers: [], detail: ["user": user, "role": role?.rawValue ?? "none"])
            }
        }
    }
}
