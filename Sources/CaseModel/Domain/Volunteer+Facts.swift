extension Volunteer {
    /// The recorded value of a volunteer column (see `Columns.volunteer`), or `.unknown`.
    public func value(of column: String) -> FactValue {
        Columns.volunteerAccess[column]?.read(self) ?? .unknown
    }

    /// Records a value for a volunteer column; `.unknown` erases it.
    public mutating func set(_ column: String, to v: FactValue) {
        Columns.volunteerAccess[column]?.write(&self, v)
    }
}
