import Foundation

/// Recording and withdrawing consent. `consentOn` (the import column `toestemming`, read by the Housing First
/// rule module) follows the Housing First records: giving one sets it, withdrawing the last active one clears
/// it, so the rule's consent gate stops the assessment. A `toestemming` date from an import without a record
/// stays as it is and is shown as such.
extension Household {
    /// The consent records, oldest first.
    public var consentRecords: [ConsentRecord] { consents ?? [] }

    /// The most recent consent for a purpose that is in force on `day`.
    public func activeConsent(for purpose: ConsentPurpose, on day: Day) -> ConsentRecord? {
        consentRecords.filter { $0.purpose == purpose && $0.isActive(on: day) }
            .max { ($0.givenOn, $0.number) < ($1.givenOn, $1.number) }
    }

    /// A `toestemming` date that no active Housing First record backs: it came from an import (or an older
    /// version), and its scope was never recorded.
    public var consentOnFromImport: Bool {
        guard let consentOn else { return false }
        return !consentRecords.contains { $0.purpose == .housingFirst && $0.withdrawal == nil && $0.givenOn == consentOn }
    }

    /// Records a new consent and returns it (numbered after the last one).
    @discardableResult
    public mutating func giveConsent(_ purpose: ConsentPurpose, purposeText: String? = nil, givenOn: Day,
                                     givenBy: ConsentGiver, scope: [ConsentCategory], recordedBy: String,
                                     recordedOn: Day) throws -> ConsentRecord {
        let text = purposeText?.trimmingCharacters(in: .whitespaces)
        let remark = (text?.isEmpty ?? true) ? nil : text
        if purpose == .other && remark == nil { throw ConsentError.purposeTextRequired }
        if scope.isEmpty { throw ConsentError.emptyScope }
        if givenBy.member(in: self) == nil {
            throw ConsentError.unknownGiver(givenBy.nationalNumber?.masked ?? givenBy.position.map(String.init) ?? "?")
        }
        let record = ConsentRecord(number: (consentRecords.map(\.number).max() ?? 0) + 1, purpose: purpose,
                                   purposeText: remark, givenOn: givenOn, givenBy: givenBy,
                                   scope: ConsentCategory.allCases.filter(scope.contains),
                                   recordedBy: recordedBy, recordedOn: recordedOn)
        consents = consentRecords + [record]
        if purpose == .housingFirst { followHousingFirstConsent() }
        return record
    }

    /// Withdraws record `number` as of `on`, with a reason. The record stays, marked withdrawn.
    public mutating func withdrawConsent(_ number: Int, on: Day, reason: String, by user: String) throws {
        let why = reason.trimmingCharacters(in: .whitespaces)
        guard var list = consents, let i = list.firstIndex(where: { $0.number == number }) else {
            throw ConsentError.noSuchRecord(number)
        }
        if let earlier = list[i].withdrawal { throw ConsentError.alreadyWithdrawn(number, on: earlier.on) }
        if why.isEmpty { throw ConsentError.reasonRequired }
        if on < list[i].givenOn { throw ConsentError.withdrawalBeforeGiven(number, given: list[i].givenOn) }
        list[i].withdrawal = ConsentWithdrawal(on: on, reason: why, by: user)
        consents = list
        if list[i].purpose == .housingFirst { followHousingFirstConsent() }
    }

    /// `consentOn` is the date of the latest Housing First consent not withdrawn, or empty when none is left.
    private mutating func followHousingFirstConsent() {
        consentOn = consentRecords.filter { $0.purpose == .housingFirst && $0.withdrawal == nil }.map(\.givenOn).max()
    }
}
