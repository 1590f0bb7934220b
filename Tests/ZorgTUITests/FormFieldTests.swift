import CaseModel
import Testing
@testable import ZorgTUI

@Suite struct FormFieldTests {
    let nl = Strings(language: .nl)

    private func message(_ text: String, _ kind: Column.Kind) -> String? {
        var field = FormField(key: "x", label: "X", kind: kind)
        text.forEach { field.type($0) }
        return field.problem.map(nl.fieldProblem)
    }

    @Test func nationalNumberWithABadChecksumIsExplained() {
        let good = NationalNumber.make(birthDate: Day(year: 1981, month: 3, day: 12)!, sequence: 17)
        var digits = Array(good.digits)
        digits[10] = digits[10] == "0" ? "1" : "0"
        #expect(message(String(digits), .nationalNumber) == "controlegetal klopt niet: tikfout in het rijksregisternummer?")
        #expect(message("8103121", .nationalNumber) == "een rijksregisternummer heeft 11 cijfers, dit heeft er 7")
        #expect(message(good.digits, .nationalNumber) == nil)
        #expect(FormFieldParser.parse(good.digits, as: .nationalNumber) == .success(.text(good.formatted)))
    }

    @Test func amountsAreReadAsTheImportReadsThemAndShownBelgian() {
        #expect(FormFieldParser.parse("1.234,56", as: .amount) == .success(.money(Money(cents: 123_456))))
        #expect(FormFieldParser.parse("€ 1234.5", as: .amount) == .success(.money(Money(cents: 123_450))))
        #expect(message("12,345", .amount) == "hoogstens 2 cijfers na de komma")
        #expect(message("veel", .amount) == "geen bedrag (bv. 1.234,56)")
        #expect(message("-5", .amount) == "een bedrag is niet negatief")
        #expect(nl.fact(.money(Money(cents: 123_456))) == "€ 1.234,56")
    }

    @Test func datesAreDayMonthYear() {
        #expect(FormFieldParser.parse("05-03-2024", as: .date) == .success(.date(Day(year: 2024, month: 3, day: 5)!)))
        #expect(message("31-02-2024", .date) == "geen datum: dd-mm-jjjj (bv. 05-03-2024)")
        #expect(message("morgen", .date) == "geen datum: dd-mm-jjjj (bv. 05-03-2024)")
    }

    @Test func emptyIsUnknownUnlessRequiredAndBooleansAreJaNee() {
        #expect(FormFieldParser.parse("  ", as: .amount) == .success(.unknown))
        #expect(FormFieldParser.parse("", as: .text, required: true) == .failure(.required))
        #expect(FormFieldParser.parse("Ja", as: .boolean) == .success(.bool(true)))
        #expect(FormFieldParser.parse("nee", as: .boolean) == .success(.bool(false)))
        #expect(message("misschien", .boolean) == "ja of nee (leeg = onbekend)")
    }

    @Test func codesComeFromTheVocabularies() {
        #expect(FormFieldParser.parse("Sociale huur", as: .code(Tenure.codes)) == .success(.code("sociale_huur")))
        let problem = message("kasteel", .code(Tenure.codes)) ?? ""
        #expect(problem.hasPrefix("onbekende code „kasteel”; kies uit: eigenaar, private_huur"))
        #expect(FormFieldParser.parse("leefloon | vt", as: .codeList(Status.codes)) == .success(.list(["leefloon", "vt"])))
        #expect(FormFieldParser.parse("geen", as: .codeList(Status.codes)) == .success(.list([])))
        #expect(message("25", .integer(0...24)) == "tussen 0 en 24")
        #expect(message("36OO", .postcode) == "een postcode heeft 4 cijfers")
        #expect(FormFieldParser.parse("schulden:3:18", as: .problems) == .success(.list(["schulden:3:18"])))
    }

    @Test func recordedValuesStartAsTheTextThatRecordsThemAgain() {
        let kinds: [(FactValue, Column.Kind)] = [
            (.money(Money(cents: 123_456)), .amount), (.date(Day(year: 2024, month: 3, day: 5)!), .date),
            (.bool(false), .boolean), (.list([]), .codeList(Status.codes)), (.list(["leefloon", "vt"]), .codeList(Status.codes)),
            (.code("svk"), .code(Tenure.codes)), (.integer(12), .integer(0...24)),
        ]
        for (value, kind) in kinds {
            #expect(FormFieldParser.parse(FormFieldParser.editText(value), as: kind) == .success(value))
        }
    }

    @Test func tabMovesBetweenFieldsAndTheSaveButtonAndCtrlSSaves() {
        var form = Form(title: "t", fields: [FormField(key: "a", label: "A", kind: .text),
                                             FormField(key: "b", label: "B", kind: .amount)])
        #expect(form.handle(.tab) == .stay)
        form.handle(.character("9"))
        #expect(form.field("b")?.text == "9")
        form.handle(.tab)
        #expect(form.isOnSaveButton)
        #expect(form.handle(.enter) == .save)
        form.handle(.backTab)
        form.handle(.backTab)
        #expect(form.focus == 0)
        #expect(form.handle(.other(19)) == .save)
        #expect(form.handle(.escape) == .cancel)
    }

    @Test func typingInAFieldJustMovedToReplacesItsTextAndBackspaceEditsIt() {
        var form = Form(title: "t", fields: [FormField(key: "a", label: "A", kind: .amount, value: .money(Money(euros: 610))),
                                             FormField(key: "b", label: "B", kind: .amount, value: .money(Money(euros: 20)))])
        form.handle(.character("7"))
        form.handle(.character("5"))
        #expect(form.field("a")?.text == "75")
        form.handle(.tab)
        form.handle(.backspace)
        form.handle(.character("5"))
        #expect(form.field("b")?.text == "20,05")
        form.handle(.other(21))  // Ctrl-U empties: unknown
        #expect(form.field("b")?.value == .unknown)
        #expect(form.handle(.other(265)) == .help)
    }
}
