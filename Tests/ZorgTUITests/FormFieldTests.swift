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
        #expect(form.handle(.tab, strings: nl) == .stay)
        form.handle(.character("9"), strings: nl)
        #expect(form.field("b")?.text == "9")
        form.handle(.tab, strings: nl)
        #expect(form.isOnSaveButton)
        #expect(form.handle(.enter, strings: nl) == .save)
        form.handle(.backTab, strings: nl)
        form.handle(.backTab, strings: nl)
        #expect(form.focus == 0)
        #expect(form.handle(.other(19), strings: nl) == .save)
        #expect(form.handle(.escape, strings: nl) == .cancel)
    }

    @Test func typingInAFieldJustMovedToReplacesItsTextAndBackspaceEditsIt() {
        var form = Form(title: "t", fields: [FormField(key: "a", label: "A", kind: .amount, value: .money(Money(euros: 610))),
                                             FormField(key: "b", label: "B", kind: .amount, value: .money(Money(euros: 20)))])
        form.handle(.character("7"), strings: nl)
        form.handle(.character("5"), strings: nl)
        #expect(form.field("a")?.text == "75")
        form.handle(.tab, strings: nl)
        form.handle(.backspace, strings: nl)
        form.handle(.character("5"), strings: nl)
        #expect(form.field("b")?.text == "20,05")
        form.handle(.other(21), strings: nl)  // Ctrl-U empties: unknown
        #expect(form.field("b")?.value == .unknown)
        #expect(form.handle(.other(265), strings: nl) == .help)
    }

    // MARK: Choices (issue 15, item 7)

    private func press(_ form: inout Form, _ keys: Key...) { keys.forEach { form.handle($0, strings: nl) } }

    @Test func aCodeFieldIsChosenWithArrowsAndShownInWordsWithUnknownAmongTheValues() {
        var form = Form(title: "t", fields: [FormField(key: "burgerlijke_staat", label: "Burgerlijke staat",
                                                       kind: .code(CivilStatus.codes), value: .code("gescheiden"))])
        #expect(form.currentKeys.action(for: .right) == .chooseNext)
        let line = { (f: Form) in f.lines(width: 80, strings: self.nl, plain: false)[1].text }
        #expect(line(form).hasSuffix("< gescheiden >"))
        press(&form, .right)  // after the last value: unknown
        #expect(form.field("burgerlijke_staat")?.value == .unknown)
        #expect(line(form).hasSuffix("< onbekend >"))
        press(&form, .character(">"))  // round to the first
        #expect(form.field("burgerlijke_staat")?.value == .code("gehuwd"))
        press(&form, .character(">"), .character(" "))
        #expect(form.field("burgerlijke_staat")?.value == .code("feitelijk_samenwonend"))
        #expect(line(form).hasSuffix("< feitelijk samenwonend >"))
        press(&form, .left, .character("<"), .left)
        #expect(form.field("burgerlijke_staat")?.value == .unknown)
        press(&form, .left)
        #expect(form.field("burgerlijke_staat")?.value == .code("gescheiden"))
        // The hint says how to choose, and that empty means unknown; no list of codes cut off at the edge.
        #expect(form.lines(width: 80, strings: nl, plain: false).contains { $0.text.contains("(← → of < >: kies uit 6; leeg = onbekend)") })
        // In English, the words are English; the stored code stays the import's.
        let en = Strings(language: .en)
        #expect(form.lines(width: 80, strings: en, plain: false)[1].text.hasSuffix("< divorced >"))
    }

    @Test func lettersJumpToTheValueThatBeginsWithThemAndNothingElseIsTyped() {
        var form = Form(title: "t", fields: [FormField(key: "woonsituatie", label: "Woonsituatie", kind: .code(Tenure.codes))])
        "sociale".forEach { form.handle(.character($0), strings: nl) }
        #expect(form.field("woonsituatie")?.value == .code("sociale_huur"))
        form.handle(.character("p"), strings: nl)  // no value begins with "socialep": p alone
        #expect(form.field("woonsituatie")?.value == .code("private_huur"))
        form.handle(.character("z"), strings: nl)  // nothing begins with z: the value stays, the form says so
        #expect(form.field("woonsituatie")?.value == .code("private_huur"))
        #expect(form.lines(width: 80, strings: nl, plain: false).contains { $0.text.contains("✗ geen waarde begint met „z”") })
        form.handle(.backspace, strings: nl)  // empties the choice: unknown
        #expect(form.field("woonsituatie")?.value == .unknown)
        #expect(!form.lines(width: 80, strings: nl, plain: false).contains { $0.text.contains("geen waarde begint") })
        // English words are matched too ("yes" for ja).
        var yesNo = Form(title: "t", fields: [FormField(key: "lac", label: "LAC", kind: .boolean)])
        yesNo.handle(.character("y"), strings: Strings(language: .en))
        #expect(yesNo.field("lac")?.value == .bool(true))
        yesNo.handle(.right, strings: nl)
        #expect(yesNo.field("lac")?.value == .bool(false))
        yesNo.handle(.right, strings: nl)
        #expect(yesNo.field("lac")?.value == .unknown)
    }

    @Test func aRequiredChoiceHasNoEmptyPositionAndSaysToChoose() {
        var form = Form(title: "t", fields: [FormField(key: "uitkomst", label: "Uitkomst",
                                                       kind: .code(["toegekend", "geweigerd", "ingetrokken"]), required: true)])
        #expect(form.lines(width: 80, strings: nl, plain: false)[1].text.hasSuffix("< kies met ← → >"))
        #expect(form.lines(width: 80, strings: nl, plain: false).contains { $0.text.contains("✗ verplicht") })
        press(&form, .left)  // from nothing backward: the last value
        #expect(form.field("uitkomst")?.value == .code("ingetrokken"))
        press(&form, .right)  // round, past no empty position
        #expect(form.field("uitkomst")?.value == .code("toegekend"))
        press(&form, .left)
        #expect(form.field("uitkomst")?.value == .code("ingetrokken"))
    }

    @Test func theCheckerAndTheFormStepAlike() {
        let open = ChoicePicker(count: 3, allowsEmpty: true)
        #expect(open.step(from: nil, forward: true) == 0)
        #expect(open.step(from: 2, forward: true) == nil)
        #expect(open.step(from: nil, forward: false) == 2)
        #expect(open.step(from: 0, forward: false) == nil)
        let required = ChoicePicker(count: 3, allowsEmpty: false)
        #expect(required.step(from: 2, forward: true) == 0)
        #expect(required.step(from: 0, forward: false) == 2)
        #expect(ChoicePicker(count: 0, allowsEmpty: true).step(from: nil, forward: true) == nil)
        #expect(ChoicePicker.shown("gehuwd") == "< gehuwd >")
    }

    @Test func typedFieldsStillTakeTheAngleBracketsAndTheArrowsDoNothingThere() {
        var form = Form(title: "t", fields: [FormField(key: "reden", label: "Reden", kind: .text)])
        "a<b>c".forEach { form.handle(.character($0), strings: nl) }
        form.handle(.left, strings: nl)
        #expect(form.field("reden")?.text == "a<b>c")
    }

    // MARK: A note of several lines

    @Test func enterInANoteStartsANewLineAndTheNoteKeepsItsLineBreaks() {
        var form = Form(title: "t", fields: [FormField(key: "tekst", label: "Tekst", kind: .text, required: true, multiline: true)])
        #expect(form.currentKeys.action(for: .enter) == .newLine)
        "Eerste".forEach { form.handle(.character($0), strings: nl) }
        form.handle(.enter, strings: nl)
        "tweede".forEach { form.handle(.character($0), strings: nl) }
        form.handle(.enter, strings: nl)
        form.handle(.enter, strings: nl)  // blank lines at the end are left out
        #expect(form.field("tekst")?.value == .text("Eerste\ntweede"))
        let lines = form.lines(width: 80, strings: nl, plain: false).map(\.text)
        #expect(lines.contains { $0.contains("[Eerste") })
        #expect(lines.contains { $0.contains("[tweede") })
        #expect(lines.contains { $0.contains("✓ 2 regels") }, "the lines as stored: the blank ones at the end are left out")
        // Back from the Save button, typing goes on at the end: a note is never replaced by one key.
        form.handle(.tab, strings: nl)
        #expect(form.isOnSaveButton && form.currentKeys.action(for: .enter) == .enter)
        form.handle(.backTab, strings: nl)
        form.handle(.character("!"), strings: nl)
        #expect(form.field("tekst")?.text.hasPrefix("Eerste\ntweede") == true)
        // An ESC in a note is refused, as the import refuses it; a note of only line breaks is empty.
        form.handle(.character("\u{1B}"), strings: nl)
        #expect(form.field("tekst")?.problem == .controlCharacter)
        #expect(FormFieldParser.parse("\n\n", as: .text, required: true, allowsLineBreaks: true) == .failure(.required))
        #expect(FormFieldParser.parse("a\nb", as: .text) == .failure(.controlCharacter), "a field of one line takes no line break")
    }

    @Test func aNoteOfTenThousandLinesShowsItsLastRowsAndCountsTheRest() {
        let text = (1...10_000).map { "regel \($0)" }.joined(separator: "\n")
        let form = Form(title: "t", fields: [FormField(key: "tekst", label: "Tekst", kind: .text, value: .text(text),
                                                       required: true, multiline: true)])
        let lines = form.lines(width: 80, strings: nl, plain: false).map(\.text)
        #expect(lines.contains { $0.contains("↑ nog 9992 regels hierboven") })
        #expect(lines.contains { $0.contains("[regel 10000_") })
        #expect(!lines.contains { $0.contains("regel 9992 ") })
        #expect(lines.count < 20 && lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        // One line of a million characters: wrapped from its end, within the width.
        let long = Form(title: "t", fields: [FormField(key: "tekst", label: "Tekst", kind: .text,
                                                       value: .text(String(repeating: "a", count: 1_000_000)), multiline: true)])
        let rows = long.lines(width: 80, strings: nl, plain: false).map(\.text)
        #expect(rows.count < 20 && rows.allSatisfy { DisplayWidth.of($0) <= 80 })
        #expect(Form.lastRows(of: "a\nb\nc", width: 10, count: 2, cursor: false) == (["b", "c"], 1))
        #expect(Form.lastRows(of: "", width: 10, count: 2, cursor: true) == (["_"], 0))
        #expect(Form.lineCount("a\n\nb") == 3 && Form.lineCount("") == 0)
    }

    @Test func aLongListOfCodesIsWrappedWholeAndAVeryLongValueStaysInItsLine() {
        let form = Form(title: "t", fields: [FormField(key: "statuten", label: "Statuten", kind: .codeList(Status.codes))])
        let lines = form.lines(width: 80, strings: nl, plain: false).map(\.text)
        #expect(lines.joined(separator: " ").contains("sociale_correctie_water"), "the last code is not cut off: \(lines)")
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        let long = Form(title: "t", fields: [FormField(key: "reden", label: "Reden", kind: .text,
                                                       value: .text(String(repeating: "x", count: 1_000_000)))])
        let rows = long.lines(width: 80, strings: nl, plain: false).map(\.text)
        #expect(rows.count < 10 && rows.allSatisfy { DisplayWidth.of($0) <= 80 })
        #expect(rows.contains { $0.contains("(leeg = onbekend)") })
    }
}
