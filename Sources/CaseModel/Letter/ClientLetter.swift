/// The letter a caseworker gives a household (issue 16.2): the rights it already receives, the rights to apply
/// for (what each is, about how much, where to go, what to bring), the rights that may apply with the questions
/// that would decide them, and who wrote it, when, for which dossier. Built from the checks' results and the
/// modules' `letter` blocks; it shows no rule id, no code and no reason lines — those stay in the dossier.
/// Only rights are named: a signal (energy poverty) or a programme (Housing First) is the caseworker's work.
public struct ClientLetter: Sendable {
    public var household: Household
    public var results: [RuleResult]
    public var modules: [String: RuleModule]
    public var offices: ServiceOffices
    public var questions: FactQuestions
    /// The caseworker's name as signed: the account's full name, else the login.
    public var caseworker: String
    public var date: Day

    public init(household: Household, results: [RuleResult], modules: [RuleModule], offices: ServiceOffices,
                questions: FactQuestions = .builtIn, caseworker: String, date: Day) {
        self.household = household
        self.results = results
        self.modules = Dictionary(modules.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.offices = offices
        self.questions = questions
        self.caseworker = caseworker
        self.date = date
    }

    /// One right in one part of the letter, with the results (one per member for a person's right) it stands for.
    struct Entry {
        var rule: String
        var results: [RuleResult]
    }

    /// The rights by part: receives, to apply for (eligible), possible; in the modules' order.
    var parts: (receives: [Entry], apply: [Entry], possible: [Entry]) {
        var receives: [Entry] = [], apply: [Entry] = [], possible: [Entry] = []
        func add(_ r: RuleResult, to list: inout [Entry]) {
            if let i = list.firstIndex(where: { $0.rule == r.rule }) { list[i].results.append(r) } else { list.append(Entry(rule: r.rule, results: [r])) }
        }
        for r in results where r.kind == .right {
            switch r.outcome {
            case .receives: add(r, to: &receives)
            case .eligible: add(r, to: &apply)
            case .possible: add(r, to: &possible)
            case .notEligible: break
            }
        }
        return (receives, apply, possible)
    }

    public func document(_ language: LetterLanguage) -> LetterDocument {
        let say = LetterWording(language: language)
        var blocks: [LetterDocument.Block] = [.fields(heading(say))]
        blocks.append(.paragraph(say.opening))
        let (receives, apply, possible) = parts
        if !receives.isEmpty {
            blocks.append(.heading(say.receivesHeading))
            blocks.append(.items(receives.map { e in
                let w = wording(e, language)
                return w.name + (who(e, say).map { " (\($0))" } ?? "") + (w.what.isEmpty ? "" : ": " + w.what)
            }))
        }
        blocks.append(.heading(say.applyHeading))
        if apply.isEmpty { blocks.append(.paragraph(say.nothingYet)) }
        for e in apply { blocks += rightBlocks(e, language, say, questionNumbers: nil) }
        let asked = questionList(possible, language)
        if !possible.isEmpty {
            blocks.append(.heading(say.possibleHeading))
            for e in possible { blocks += rightBlocks(e, language, say, questionNumbers: asked.numbers[e.rule] ?? []) }
        }
        if !asked.questions.isEmpty {
            blocks.append(.heading(say.questionsHeading))
            blocks.append(.paragraph(say.questionsIntro))
            blocks.append(.numbered(asked.questions))
        }
        blocks.append(.paragraph(say.notADecision))
        blocks.append(.paragraph(say.closing))
        blocks.append(.lines([say.regards, caseworker]))
        return LetterDocument(title: say.title, language: language, blocks: blocks)
    }

    // MARK: - Parts

    private func heading(_ say: LetterWording) -> [LetterField] {
        var fields: [LetterField] = []
        let names = household.members.map(\.fullName)
        if !names.isEmpty { fields.append(LetterField(say.forWhom, say.joined(names))) }
        let a = household.address
        let street = [a.street, a.houseNumber].compactMap { $0 }.joined(separator: " ")
        let town = [a.postcode, a.municipality].compactMap { $0 }.joined(separator: " ")
        let address = [street, town].filter { !$0.isEmpty }.joined(separator: ", ")
        if !address.isEmpty { fields.append(LetterField(say.address, address)) }
        fields.append(LetterField(say.dossier, household.id.rawValue))
        fields.append(LetterField(say.date, date.belgian))
        fields.append(LetterField(say.caseworker, caseworker))
        return fields
    }

    /// A right's name, what it is, for whom, about how much, where to go and what to bring (a possible right: the
    /// questions that decide it instead of the documents).
    private func rightBlocks(_ e: Entry, _ language: LetterLanguage, _ say: LetterWording, questionNumbers: [Int]?) -> [LetterDocument.Block] {
        let w = wording(e, language)
        var blocks: [LetterDocument.Block] = [.subheading(w.name)]
        if !w.what.isEmpty { blocks.append(.paragraph(w.what)) }
        var fields: [LetterField] = []
        if let whom = who(e, say) { fields.append(LetterField(say.who, whom)) }
        if questionNumbers == nil, let much = howMuch(e, w, say) { fields.append(LetterField(say.aboutHowMuch, much)) }
        if !fields.isEmpty { blocks.append(.fields(fields)) }
        if let numbers = questionNumbers {
            blocks.append(.paragraph(numbers.isEmpty ? say.stillChecking : say.seeQuestions(numbers)))
        }
        let automatic = e.results.allSatisfy(\.automatic)
        let places = places(e, language, say)
        if automatic {
            blocks.append(.paragraph(say.automatic))
        } else {
            blocks.append(.paragraph(say.whereToGo))
        }
        blocks += places
        if questionNumbers == nil, !automatic, !w.bring.isEmpty {
            blocks.append(.paragraph(say.whatToBring))
            blocks.append(.items(w.bring))
        }
        return blocks
    }

    /// The offices named by the module, each with its address, phone, hours and website; the module's own words
    /// when it names none the store knows.
    private func places(_ e: Entry, _ language: LetterLanguage, _ say: LetterWording) -> [LetterDocument.Block] {
        let found = (modules[e.rule]?.letter?.offices ?? []).compactMap(offices.office)
        guard !found.isEmpty else {
            if let applyAt = e.results.first?.applyAt { return [.items([applyAt.text(language.ruleLanguage)])] }
            return [.items([say.askCaseworker])]
        }
        return found.flatMap { office -> [LetterDocument.Block] in
            var lines = [office.name.text(language)]
            if let address = office.address { lines.append(address) }
            if let phone = office.phone { lines.append(say.phone + ": " + phone) }
            if let hours = office.hours { lines.append(say.hours + ": " + hours.text(language)) }
            if let web = office.web { lines.append(say.web + ": " + web) }
            if !office.unconfirmed.isDisjoint(with: [.address, .phone, .hours]) { lines.append(say.checkFirst) }
            return [.lines(lines)]
        }
    }

    /// The module's words for the right in the language; without a `letter` block, its title and documents.
    private func wording(_ e: Entry, _ language: LetterLanguage) -> RuleLetter.Wording {
        if let letter = modules[e.rule]?.letter { return letter.wording(language) }
        let first = e.results[0]
        return RuleLetter.Wording(name: first.title.text(language.ruleLanguage), what: "", howMuch: nil, bring: first.documents)
    }

    /// The members a person's right is for ("An Peeters en Jan Peeters"); nil for a household's right.
    private func who(_ e: Entry, _ say: LetterWording) -> String? {
        let names = e.results.compactMap { r in r.personIndex.flatMap { household.members.indices.contains($0) ? household.members[$0].fullName : nil } }
        return names.isEmpty ? nil : say.joined(names)
    }

    /// The computed amount (per member when there are several), else the module's words.
    private func howMuch(_ e: Entry, _ w: RuleLetter.Wording, _ say: LetterWording) -> String? {
        let amounts = e.results.compactMap { r -> (RuleResult, RuleAmount)? in
            guard let a = r.amount, a.value.cents > 0 else { return nil }
            return (r, a)
        }
        guard !amounts.isEmpty else { return w.howMuch }
        if amounts.count == 1 || e.results.count == 1 { return say.about(amounts[0].1) }
        return amounts.map { r, a in
            let name = r.personIndex.flatMap { household.members.indices.contains($0) ? household.members[$0].fullName : nil }
            return (name.map { $0 + ": " } ?? "") + say.about(a)
        }.joined(separator: "; ")
    }

    /// The questions for the facts the possible rights miss, each asked once (a member's with the member's name),
    /// and per right the numbers of its questions.
    private func questionList(_ possible: [Entry], _ language: LetterLanguage) -> (questions: [String], numbers: [String: [Int]]) {
        var questions: [String] = []
        var numbers: [String: [Int]] = [:]
        for e in possible {
            for fact in e.results.flatMap(\.missing) {
                let q = question(fact, language)
                let n = (questions.firstIndex(of: q) ?? { questions.append(q); return questions.count - 1 }()) + 1
                if !(numbers[e.rule] ?? []).contains(n) { numbers[e.rule, default: []].append(n) }
            }
        }
        return (questions, numbers.mapValues { $0.sorted() })
    }

    /// `inkomen_jaar@2` → "Jan Peeters: Hoeveel bruto inkomen had deze persoon vorig jaar? …".
    private func question(_ fact: String, _ language: LetterLanguage) -> String {
        let parts = fact.split(separator: "@", maxSplits: 1).map(String.init)
        let text = questions.question(parts[0], language)
        guard parts.count == 2 else { return text }
        let member: Person? = Int(parts[1]).flatMap { n in household.members.indices.contains(n - 1) ? household.members[n - 1] : nil }
            ?? household.members.first { $0.nationalNumber?.formatted == parts[1] }
        return member.map { $0.fullName + ": " + text } ?? text
    }
}
