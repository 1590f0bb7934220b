extension Person {
    /// The recorded value of a person column (see `Columns.person`, which names each fact's field), or `.unknown`.
    public func value(of column: String) -> FactValue {
        Columns.personAccess[column]?.read(self) ?? .unknown
    }

    /// Records a value for a person column. `.unknown` erases the fact. Values of the wrong type are ignored
    /// (the import validates before it sets).
    public mutating func set(_ column: String, to v: FactValue) {
        Columns.personAccess[column]?.write(&self, v)
    }
}
