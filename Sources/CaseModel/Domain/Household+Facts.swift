extension Household {
    /// The recorded value of a household column (see `Columns.household`, which names each fact's field), or
    /// `.unknown`. `dossier` (a person-level column of the import) reads the dossier number; `opmerking` the
    /// latest note.
    public func value(of column: String) -> FactValue {
        if column == "dossier" { return .text(id.rawValue) }
        return Columns.householdAccess[column]?.read(self) ?? .unknown
    }

    /// Records a value for a household column. `.unknown` erases the fact. `opmerking` is not set here:
    /// notes are added (with a date and author), never overwritten.
    public mutating func set(_ column: String, to v: FactValue) {
        Columns.householdAccess[column]?.write(&self, v)
    }
}

extension Household {
    /// The day the household moved into a home of its own after homelessness: the recorded `gehuisvest_sinds`,
    /// else the day the Housing First intake last reached `gehuisvest` (issue 13: the installatiepremie and the
    /// huurwaarborg read it). `nil` when neither is known.
    public var housedSince: Day? { homelessness.housedSince ?? housingFirstHousedOn }

    /// The day of the intake's last step to `gehuisvest`, if it has one.
    public var housingFirstHousedOn: Day? {
        housingFirst?.history.last(where: { $0.state == .gehuisvest })?.date
    }
}

extension Problem {
    /// Parses `schulden:3:18`, `opvoeding:2`, `wonen`, `wonen::12`.
    public init?(code: String) {
        let parts = code.trimmedSpaces.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard (1...3).contains(parts.count), let domain = ProblemDomain(code: parts[0]) else { return nil }
        var severity: Int? = nil
        var months: Int? = nil
        if parts.count >= 2, !parts[1].isEmpty {
            guard let s = Int(parts[1]), (1...3).contains(s) else { return nil }
            severity = s
        }
        if parts.count == 3, !parts[2].isEmpty {
            guard let m = Int(parts[2]), FactBounds.problemMonths.contains(m) else { return nil }
            months = m
        }
        self.init(domain: domain, severity: severity, months: months)
    }
}
