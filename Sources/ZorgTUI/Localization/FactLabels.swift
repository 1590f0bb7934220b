extension Strings {
    /// A readable label for an import column name, as the checks and the intake ask for it (section `factLabel`
    /// of the catalog, by column name); the column name with spaces when it has none.
    func factLabel(_ column: String) -> String {
        word("factLabel", column) ?? column.replacingOccurrences(of: "_", with: " ")
    }
}
