import CaseModel

/// Undoing a buddy pair from the matching screen, on the store (as `confirmBuddy` records one).
extension StoreCaseloadSource {
    func undoBuddy(family: DossierID, volunteer: DossierID) throws {
        try StoreAccess.mapped { try store.undoBuddy(family: family, volunteer: volunteer) }
    }
}
