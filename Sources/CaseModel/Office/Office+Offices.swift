/// `zorg offices show | set FILE`: the addresses and opening hours letters name, kept by an administrator.
extension Office {
    /// The offices as the store has them, and whether they are the built-in list (the store has no file yet).
    public func offices() throws -> (offices: ServiceOffices, builtIn: Bool) {
        try allow(.manageOffices)
        guard let stored = try store.storedOffices() else { return (.builtIn, true) }
        return (stored, false)
    }

    /// Sets the offices from the person's file (read with her rights): refused with the line and the problem when
    /// it does not read or lacks an office a module names, leaving the old offices; one `offices` audit entry.
    @discardableResult
    public func setOffices(file: String) throws -> ServiceOffices {
        try allow(.manageOffices)
        guard let text = String(data: try Self.readPersonalFile(file), encoding: .utf8) else {
            throw OfficeError.notText(path: file)
        }
        return try store.setOffices(text: text, file: file, namedBy: ruleSet.modules)
    }
}
