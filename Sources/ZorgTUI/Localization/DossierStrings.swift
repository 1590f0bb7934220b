import CaseModel

/// The texts of the dossier screen: its tabs and sections, facts as they are shown, the keys, notes and
/// follow-ups, and the flows tab.
enum DossierText: String, CatalogText {
    static let catalogSection = "dossier"
    case keyTabs, keyTabNumber, keySelect, keyEdit, keyNote, keyFollowUp, keyChecks, keyHousingFirst, keyDone
    case hintTabs, hintEdit, hintNote, hintFollowUp, hintDoneWord, hintView
    case noNotes, noFollowUps, notesHeading, followUpsHeading, followUpDone, followUpOverdue, followUpOpen
    case flowsIntro, flowsLoading, flowsNone
}

/// The dossier screen's texts with values.
enum DossierTemplate: String, CatalogTemplate {
    static let catalogSection = "dossier"
    case readOnlyRevision, followUpDue, flowsFailed
}

extension DossierTab: CatalogText { static let catalogSection = "tab" }

extension DossierSection: CatalogText { static let catalogSection = "dossierSection" }

extension Strings {
    func dossier(_ key: DossierText) -> String { text(key) }

    func dossierTab(_ tab: DossierTab) -> String { text(tab) }

    /// A fact as the dossier shows it: unknown as `onbekend`, yes/no, `€ 1.234,56`, `dd-mm-jjjj`, `geen`.
    func fact(_ value: FactValue) -> String {
        switch value {
        case .unknown: self(.unknown)
        case .bool(let b): self(b ? .yes : .no)
        case .integer(let i): String(i)
        case .money(let m): m.belgian
        case .date(let d): d.belgian
        case .text(let s): s
        case .code(let c): c.replacingOccurrences(of: "_", with: " ")
        case .list(let l): l.isEmpty ? self(.none) : l.map { $0.replacingOccurrences(of: "_", with: " ") }.joined(separator: ", ")
        }
    }

    /// The readable name of an import column; the column name itself when there is no label.
    func columnLabel(_ name: String) -> String {
        ColumnLabels.label(name, english: language == .en)
    }

    func dossierSection(_ section: DossierSection) -> String { text(section) }

    func memberHeading(_ person: Person) -> String { "\(person.fullName) (\(role(person.role)))" }

    func readOnlyRevision(_ revision: Int) -> String { fill(DossierTemplate.readOnlyRevision, ["revision": revision]) }

    func followUpDue(_ day: Day) -> String { fill(DossierTemplate.followUpDue, ["date": day.belgian]) }

    func flowsFailed(_ reason: String) -> String { fill(DossierTemplate.flowsFailed, ["reason": reason]) }

    /// `dd-mm-jjjj uu:mm` in Brussels time for an audit time stamp: the store's own wording of it.
    static func localTime(_ iso: String) -> String? { StaleSave.localTime(iso) }
}
