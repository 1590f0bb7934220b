/// The texts of buddy matching: the families, the proposals, the volunteers, and confirming or undoing a pair.
enum MatchingText: String, CatalogText {
    static let catalogSection = "matching"
    case title, noOpenFamilies, rejected, noProposal, volunteersHeading, noProposalToConfirm, noOtherVolunteer
    case confirmedHeading, alreadyConfirmed, nothingToUndo
    case keyMove, keyConfirm, keyReject, keyOverride, keyUndo, hintUndo, hintConfirm, hintReject
}

/// Buddy matching's texts with values.
enum MatchingTemplate: String, CatalogTemplate {
    static let catalogSection = "matching"
    case heading, score, noProposalBecause, freePlaces, load, chooseVolunteerHeading, overrideReasonPrompt
    case count, buddyRecorded, buddyUndone, shareQuestion, undoQuestion
}

extension Strings {
    func matching(_ key: MatchingText) -> String { text(key) }

    func matchingHeading(_ day: String, families: Int, proposals: Int) -> String {
        fill(MatchingTemplate.heading, ["families": families, "proposals": proposals, "day": day])
    }

    func scoreText(_ total: Int, max: Int) -> String { fill(MatchingTemplate.score, ["total": total, "max": max]) }

    /// No proposal for a family, and why when the matcher says.
    func noProposal(_ why: String) -> String {
        why.isEmpty ? matching(.noProposal) : fill(MatchingTemplate.noProposalBecause, ["why": why])
    }

    func freePlaces(_ n: Int) -> String { fill(MatchingTemplate.freePlaces, count: n) }

    func loadText(_ load: String) -> String { fill(MatchingTemplate.load, ["load": load]) }

    func chooseVolunteerHeading(_ id: String, _ name: String) -> String {
        fill(MatchingTemplate.chooseVolunteerHeading, ["id": id, "name": name])
    }

    func overrideReasonPrompt(_ family: String, _ volunteer: String) -> String {
        fill(MatchingTemplate.overrideReasonPrompt, ["family": family, "volunteer": volunteer])
    }

    func matchingCount(_ proposals: Int, families: Int) -> String {
        fill(MatchingTemplate.count, ["proposals": proposals, "families": families])
    }

    func buddyRecorded(_ family: String, _ volunteer: String) -> String {
        fill(MatchingTemplate.buddyRecorded, ["family": family, "volunteer": volunteer])
    }

    func buddyUndone(_ family: String, _ volunteer: String) -> String {
        fill(MatchingTemplate.buddyUndone, ["family": family, "volunteer": volunteer])
    }

    /// Asked before a family's details go to a volunteer.
    func shareQuestion(family: String, _ familyID: String, volunteer: String, _ volunteerID: String) -> String {
        fill(MatchingTemplate.shareQuestion, ["family": family, "familyID": familyID, "volunteer": volunteer, "volunteerID": volunteerID])
    }

    func undoQuestion(family: String, _ familyID: String, volunteer: String, _ volunteerID: String) -> String {
        fill(MatchingTemplate.undoQuestion, ["family": family, "familyID": familyID, "volunteer": volunteer, "volunteerID": volunteerID])
    }
}
