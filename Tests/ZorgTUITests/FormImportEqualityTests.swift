@testable import CaseModel
import Testing
@testable import ZorgTUI

/// Issue 14, item 3: the dossier form accepts exactly what the import accepts, and reads it as the same value —
/// every column kind of the client list and the volunteer list, with good and bad inputs.
@Suite struct FormImportEqualityTests {
    static let inputs = [
        "", "  ", "ja", "Nee", "1", "0", "true", "x", "12", "-3", "18.000", "1.234,56", "€ 980", "1234.567", "10000000",
        "05-03-2024", "2024-03-05", "31-02-2024", "3600", "360", "36OO", "vt", "VT", "leefloon | vt", "vt|vt", "geen",
        "geen|vt", "sociale huur", "Sociale_Huur", "kasteel", "nl", "nl|tr", "xx", "nl|xx", "schulden:2:12",
        "schulden:2|schulden:3", "schulden:5", "ma-vm|di-nm", "zo-middag", "85.07.30-033.28", "85073003328",
        "85.07.30-033.61", "8507300332", "a", "2024/00123", "../x", "Peeters\u{1B}[2J", "€ 9.999.999,99",
    ]

    @Test func theFormAndTheImportAcceptTheSameValuesForEveryColumnKind() {
        var kinds: [Column.Kind] = []
        for c in Columns.clientList + Columns.volunteer where !kinds.contains(c.kind) { kinds.append(c.kind) }
        #expect(kinds.count >= 12, "every kind of the catalogue")
        var compared = 0
        for kind in kinds {
            for input in Self.inputs {
                let form = FormFieldParser.parse(input, as: kind)
                let file = ValueParser.parse(input, as: kind).map(\.value)
                switch (form, file) {
                case (.success(let a), .success(let b)):
                    #expect(a == b, "\(kind) \(input.debugDescription): form \(a), import \(b)")
                case (.failure(let problem), .failure(let reason)):
                    #expect(problem == FieldProblem(reason), "\(kind) \(input.debugDescription)")
                default:
                    Issue.record("\(kind) \(input.debugDescription): form \(form), import \(file)")
                }
                compared += 1
            }
        }
        #expect(compared == kinds.count * Self.inputs.count)
    }

    @Test func whatTheFormSavesTheImportReadsBack() {
        // A value written by the form as the export writes it (the field's edit text) reads back the same.
        for c in Columns.clientList where c.name != "dossier" {
            for input in Self.inputs {
                guard case .success(let value) = FormFieldParser.parse(input, as: c.kind), !value.isUnknown else { continue }
                let exported = FormFieldParser.editText(value)
                #expect((try? ValueParser.parse(exported, as: c.kind).get().value) == value, "\(c.name) \(input.debugDescription)")
            }
        }
    }
}
