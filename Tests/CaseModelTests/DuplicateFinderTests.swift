import Testing
@testable import CaseModel

@Suite("Duplicates across dossiers")
struct DuplicateFinderTests {
    static func household(_ id: String, _ first: String, _ last: String, born: Day?, number: NationalNumber? = nil) -> Household {
        var h = Household(id: DossierID(rawValue: id)!)
        h.members = [Person(firstName: first, lastName: last, nationalNumber: number, birthDate: born)]
        return h
    }

    @Test("the same national number in two dossiers is a duplicate, whatever the names")
    func sameNumber() {
        let born = Day(year: 1990, month: 7, day: 25)!
        let n = NationalNumber.make(birthDate: born, sequence: 122)
        let pairs = DuplicateFinder.find(in: [Self.household("A-1", "Nadia", "El Amrani", born: born, number: n),
                                              Self.household("B-2", "N.", "Amrani", born: nil, number: n)])
        #expect(pairs.count == 1)
        #expect(pairs.first?.basis == .nationalNumber)
    }

    @Test("a near-equal name with the same birth date is found; another birth date is not")
    func fuzzyName() {
        let born = Day(year: 1975, month: 2, day: 3)!
        let households = [Self.household("A-1", "Ayşe", "Yılmaz", born: born),
                          Self.household("B-2", "Ayse", "Yilmaz", born: born),
                          Self.household("C-3", "Yilmaz", "Ayse", born: born),
                          Self.household("D-4", "Ayse", "Yilmaz", born: Day(year: 1975, month: 2, day: 4)!),
                          Self.household("E-5", "Fatma", "Yilmaz", born: born)]
        let pairs = DuplicateFinder.find(in: households)
        let ids = Set(pairs.map { "\($0.first.dossier)-\($0.second.dossier)" })
        #expect(ids == ["A-1-B-2", "A-1-C-3", "B-2-C-3"])
        #expect(pairs.allSatisfy { $0.basis == .nameAndBirthDate })
    }
}
