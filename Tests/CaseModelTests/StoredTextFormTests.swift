import Foundation
import Testing
@testable import CaseModel

/// A dossier number, a date, a time slot and a national number are stored as one JSON string each — the form every
/// stored file has. (A shared default `Codable` for them once lost to the compiler's own keyed one, `{"rawValue":…}`,
/// which would have made every stored dossier unreadable; caught by `StoreQuarantineTests`.)
@Suite struct StoredTextFormTests {
    func json<T: Encodable>(_ value: T) throws -> String { String(decoding: try JSONEncoder().encode([value]), as: UTF8.self) }

    @Test func eachIsOneStringBothWays() throws {
        let id = DossierID(rawValue: "2026-00001")!
        let day = Day(year: 2026, month: 1, day: 2)!
        let slot = Slot(code: "ma-vm")!
        let nn = NationalNumber.make(birthDate: Day(year: 1980, month: 5, day: 1)!, sequence: 41)
        #expect(try json(id) == #"["2026-00001"]"#)
        #expect(try json(day) == #"["2026-01-02"]"#)
        #expect(try json(slot) == #"["ma-vm"]"#)
        #expect(try json(nn) == "[\"\(nn.formatted)\"]")
        let decoder = JSONDecoder()
        #expect(try decoder.decode([DossierID].self, from: Data(#"["2026-00001"]"#.utf8)) == [id])
        #expect(try decoder.decode([Day].self, from: Data(#"["2026-01-02"]"#.utf8)) == [day])
        #expect(try decoder.decode([Slot].self, from: Data(#"["ma-vm"]"#.utf8)) == [slot])
        #expect(try decoder.decode([NationalNumber].self, from: Data("[\"\(nn.formatted)\"]".utf8)) == [nn])
        #expect(throws: DecodingError.self) { try decoder.decode([Day].self, from: Data(#"["31-02-2026x"]"#.utf8)) }
    }
}
