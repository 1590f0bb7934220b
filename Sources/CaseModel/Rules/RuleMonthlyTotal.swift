/// Totals of a monthly amount over a period (the mantelzorgpremie for a year, pro rata).
extension RuleModule {
    /// Sums, over the calendar months from `start` through `end`, the monthly amount of this module for one member,
    /// evaluated on the first day of each month (so each month uses the amount in force then: € 50 in 2025, € 40 from
    /// 2026). A month counts when the result is `eligible` or `receives` on its first day and, where a caregiver in the
    /// dossier recorded `zorgt_sinds`, care was already given on that day. Nil for modules not paid per month.
    public func monthlyTotal(_ household: Household, personIndex: Int, from start: Day, through end: Day,
                             lookup: (any RuleLookup)? = nil) -> (total: Money, months: Int)? {
        guard amount?.per == .month, household.members.indices.contains(personIndex) else { return nil }
        let person = household.members[personIndex]
        let careSince = person.nationalNumber.flatMap { nn in household.members.first { $0.caresFor == nn }?.caringSince }
        var day = Day(year: start.year, month: start.month, day: 1)!
        if day < start { day = day.adding(months: 1) }
        var total = Money.zero
        var months = 0
        while day <= end {
            if careSince.map({ $0 <= day }) ?? true,
               let r = evaluate(household, asOf: day, lookup: lookup).first(where: { $0.personIndex == personIndex }),
               r.outcome == .eligible || r.outcome == .receives, let a = r.amount {
                total = total + a.value
                months += 1
            }
            day = day.adding(months: 1)
        }
        return (total, months)
    }
}
