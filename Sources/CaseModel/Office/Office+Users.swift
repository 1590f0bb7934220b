/// Who may use the store: `zorg users list`, `grant`, `revoke` (administrators).
extension Office {
    /// The role table.
    public func roles() throws -> RoleTable {
        try allow(.manageUsers)
        return try store.roles()
    }

    /// Grants `role` to `user` (one `role` entry); the last administrator cannot be demoted.
    public func grant(_ role: Role, to user: String) throws {
        try allow(.manageUsers)
        try store.setRole(role, for: user)
    }

    /// Takes the user's role away (one `role` entry); `OfficeError.noRole` when there is none.
    public func revoke(_ user: String) throws {
        try allow(.manageUsers)
        guard try store.role(of: user) != nil else { throw OfficeError.noRole(user: user) }
        try store.setRole(nil, for: user)
    }
}
