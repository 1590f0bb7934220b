import Foundation

/// Why `zorg audit seal --before DATE` refuses a date: sealing takes entries out of the access log for good, so a
/// hand-picked cut may not reach into the period the log must keep.
public enum AuditSealCutRefusal: Error, Hashable, Sendable {
    /// The date is after today.
    case inFuture(cut: Day, today: Day)
    /// The date lies inside the retention period: the latest allowed cut is `latest`.
    case insideRetention(cut: Day, months: Int, latest: Day)
    /// No retention is set and the date is less than a year ago: the latest allowed cut is `latest`.
    case lessThanAYear(cut: Day, latest: Day)

    public func message(english: Bool) -> String {
        switch self {
        case .inFuture(let cut, let today):
            return english ? "--before \(cut.belgian) is in the future (today is \(today.belgian)); nothing was changed"
                : "--before \(cut.belgian) ligt in de toekomst (vandaag is \(today.belgian)); er is niets veranderd"
        case .insideRetention(let cut, let months, let latest):
            return english ? "--before \(cut.belgian) lies inside the audit retention of \(months) months: entries from "
                + "\(latest.belgian) on must be kept; seal up to \(latest.belgian) at the latest; nothing was changed"
                : "--before \(cut.belgian) ligt binnen de bewaartermijn van \(months) maanden: items vanaf "
                + "\(latest.belgian) blijven bewaard; verzegel hoogstens tot \(latest.belgian); er is niets veranderd"
        case .lessThanAYear(let cut, let latest):
            return english ? "--before \(cut.belgian) is less than a year ago and no retention is set (`zorg audit retention`): "
                + "by hand only entries older than a year are sealed; seal up to \(latest.belgian) at the latest; nothing was changed"
                : "--before \(cut.belgian) is minder dan een jaar geleden en er is geen bewaartermijn gezet (`zorg audit retention`): "
                + "met de hand wordt alleen verzegeld wat ouder is dan een jaar; verzegel hoogstens tot \(latest.belgian); "
                + "er is niets veranderd"
        }
    }
}

/// The rule for a hand-picked seal date (`--before`): not after today, and not inside the retention period —
/// or, with the retention off, not less than a year ago. A seal by the retention itself always passes.
public enum AuditSealCut {
    /// With no retention set, what a hand-picked cut keeps at least.
    public static let monthsKeptWithoutRetention = 12

    /// Nil when `cut` may be used; else why not.
    public static func refusal(of cut: Day, today: Day, retention: AuditRetention?) -> AuditSealCutRefusal? {
        if cut > today { return .inFuture(cut: cut, today: today) }
        if let retention {
            let latest = retention.firstKeptDay(today: today)
            return cut > latest ? .insideRetention(cut: cut, months: retention.months, latest: latest) : nil
        }
        let latest = today.adding(months: -monthsKeptWithoutRetention)
        return cut > latest ? .lessThanAYear(cut: cut, latest: latest) : nil
    }
}
