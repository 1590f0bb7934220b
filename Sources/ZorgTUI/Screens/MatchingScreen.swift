import CaseModel
import Foundation

/// Buddy matching: the open multi-problem families, the proposed optimal assignment with each pair's score
/// breakdown, and the volunteers' load. Confirm a proposal, reject it (dropped from this round), or override:
/// choose another feasible volunteer, with a mandatory reason. Confirming shares the family's details with the
/// volunteer, so it asks once more, naming both; a pair confirmed in this round can be undone here (`u`).
struct MatchingScreen: Sendable {
    let data: MatchingData
    /// Families whose proposal was rejected in this round.
    private(set) var rejected: Set<DossierID>
    /// Pairs confirmed in this round, newest first: shown on top, each can be undone.
    private(set) var confirmed: [ConfirmedPair]
    /// The family whose row is selected.
    private(set) var selectedFamily: DossierID?
    private(set) var cursor = FlowCursor()
    private(set) var mode: Mode = .browse
    private(set) var input = ""
    private(set) var problem: String?

    enum Mode: Hashable, Sendable {
        case browse
        /// Choosing another volunteer for a family (index into `alternatives`).
        case choosing(family: DossierID, selected: Int)
        case reason(family: DossierID, volunteer: DossierID)
        /// "Share the family's details with this volunteer? j/n" (`reason` for an override).
        case confirming(family: DossierID, volunteer: DossierID, reason: String?)
        /// "Undo this pair? j/n"
        case confirmingUndo(ConfirmedPair)
    }

    /// A pair confirmed in this round, with the names it was confirmed under (the family is no longer open).
    struct ConfirmedPair: Hashable, Sendable {
        var family: DossierID
        var familyName: String
        var volunteer: DossierID
        var volunteerName: String
    }

    enum Target: Hashable, Sendable { case family(DossierID) }

    init(data: MatchingData, rejected: Set<DossierID> = [], confirmed: [ConfirmedPair] = [],
         select family: DossierID? = nil, size: TerminalSize = TerminalSize(rows: 24, columns: 80),
         strings: Strings = Strings(language: .nl)) {
        self.data = data
        self.rejected = rejected
        self.confirmed = confirmed
        selectedFamily = family ?? data.round.openFamilies.first?.dossier ?? confirmed.first?.family
        relayout(size: size, strings: strings)
    }

    /// The round loaded again after a change: what was rejected and confirmed in this round stays; the pair just
    /// confirmed is added on top and selected (so `u` undoes it), the pair just undone leaves.
    func reloaded(with data: MatchingData, recorded: (family: DossierID, volunteer: DossierID)?,
                  undone: (family: DossierID, volunteer: DossierID)?, size: TerminalSize, strings: Strings) -> MatchingScreen {
        var pairs = confirmed
        if let undone { pairs.removeAll { $0.family == undone.family && $0.volunteer == undone.volunteer } }
        if let recorded {
            pairs.removeAll { $0.family == recorded.family }
            pairs.insert(ConfirmedPair(family: recorded.family, familyName: familyName(recorded.family),
                                       volunteer: recorded.volunteer, volunteerName: volunteerName(recorded.volunteer)), at: 0)
        }
        let keep = recorded?.family ?? selectedFamily.flatMap { id in
            data.round.openFamilies.contains { $0.dossier == id } || pairs.contains { $0.family == id } ? id : nil
        }
        return MatchingScreen(data: data, rejected: rejected, confirmed: pairs, select: keep, size: size, strings: strings)
    }

    static func bodyHeight(_ size: TerminalSize) -> Int { max(1, size.rows - 4) }
    static let firstBodyRow = 1

    func title(_ s: Strings) -> String { s.matching(.title) }

    /// The proposal for a family, unless it was rejected.
    func proposal(for family: DossierID) -> BuddyMatcher.Proposal? {
        guard !rejected.contains(family) else { return nil }
        return data.round.result.proposals.first { $0.family == family }
    }

    func volunteer(_ id: DossierID) -> Volunteer? { data.volunteers.first { $0.id == id } }

    /// The volunteers who could take this family now (eligible, a free place, the hard constraints met), best
    /// score first; the proposed one is left out.
    func alternatives(for family: DossierID) -> [(volunteer: Volunteer, score: PairScore)] {
        guard let profile = data.round.openFamilies.first(where: { $0.dossier == family }) else { return [] }
        let matcher = BuddyMatcher(policy: data.round.policy, asOf: data.round.asOf)
        let proposed = proposal(for: family)?.volunteer
        return data.volunteers.compactMap { v -> (Volunteer, PairScore)? in
            guard v.id != proposed else { return nil }
            let e = matcher.eligibility(of: v)
            guard e.eligible, e.freePlaces > 0 else { return nil }
            let score = matcher.score(family: profile, volunteer: v, freePlaces: e.freePlaces)
            return score.feasible ? (v, score) : nil
        }.sorted { $0.1.total != $1.1.total ? $0.1.total > $1.1.total : $0.0.id < $1.0.id }
    }

    // MARK: Update

    enum Outcome: Equatable {
        case stay, back, help
        /// Record this pair (`reason` when it is not the proposal).
        case confirm(family: DossierID, volunteer: DossierID, reason: String?)
        /// Take this pair back.
        case undo(family: DossierID, volunteer: DossierID)
    }

    /// The pair confirmed in this round for a family, if any.
    func confirmedPair(for family: DossierID) -> ConfirmedPair? { confirmed.first { $0.family == family } }

    mutating func handle(_ key: Key, screenSize: TerminalSize, strings s: Strings) -> Outcome {
        switch mode {
        case .browse: return handleBrowse(key, size: screenSize, strings: s)
        case .choosing(let family, let selected):
            let options = alternatives(for: family)
            switch Self.choosingKeys.action(for: key) {
            case .cancel?: mode = .browse
            case .up?: mode = .choosing(family: family, selected: max(0, selected - 1))
            case .down?: mode = .choosing(family: family, selected: min(max(0, options.count - 1), selected + 1))
            case .accept?:
                if options.indices.contains(selected) {
                    mode = .reason(family: family, volunteer: options[selected].volunteer.id)
                    input = ""
                    problem = nil
                }
            default: break
            }
            return .stay
        case .reason(let family, let volunteer):
            switch Self.reasonKeys.action(for: key) {
            case .cancel?:
                mode = .browse
                input = ""
                problem = nil
            case .erase?: if !input.isEmpty { input.removeLast() }
            case .type?: if case .character(let ch) = key { input.append(ch) }
            case .accept?:
                let reason = input.trimmingCharacters(in: .whitespaces)
                guard !reason.isEmpty else {
                    problem = s.housingFirst(.reasonRequired)
                    return .stay
                }
                mode = .confirming(family: family, volunteer: volunteer, reason: reason)
                input = ""
                problem = nil
            default: break
            }
            return .stay
        case .confirming(let family, let volunteer, let reason):
            switch Self.questionKeys.action(for: key) {
            case .yes?:
                mode = .browse
                return .confirm(family: family, volunteer: volunteer, reason: reason)
            case .no?: mode = .browse
            default: break
            }
            return .stay
        case .confirmingUndo(let pair):
            switch Self.questionKeys.action(for: key) {
            case .yes?:
                mode = .browse
                return .undo(family: pair.family, volunteer: pair.volunteer)
            case .no?: mode = .browse
            default: break
            }
            return .stay
        }
    }

    private mutating func handleBrowse(_ key: Key, size: TerminalSize, strings s: Strings) -> Outcome {
        problem = nil
        // In the order shown: the pairs confirmed in this round on top, then the open families.
        let families = confirmed.map(\.family) + data.round.openFamilies.map(\.dossier)
        let index = selectedFamily.flatMap { families.firstIndex(of: $0) } ?? 0
        let action = Self.keys.action(for: key)
        switch action {
        case .back?: return .back
        case .help?: return .help
        case .up?, .down?:
            let step = action == .up ? -1 : 1
            if families.indices.contains(index + step) {
                selectedFamily = families[index + step]
            } else {
                cursor.move(by: step, in: lines(width: size.columns, strings: s), height: Self.bodyHeight(size))
                return .stay
            }
        case .pageUp?, .pageDown?:
            cursor.page(by: action == .pageUp ? -1 : 1, in: lines(width: size.columns, strings: s), height: Self.bodyHeight(size))
            return .stay
        case .confirm?:
            guard let family = selectedFamily else { break }
            if confirmedPair(for: family) != nil {
                problem = s.matching(.alreadyConfirmed)
                break
            }
            guard let p = proposal(for: family) else {
                problem = s.matching(.noProposalToConfirm)
                break
            }
            mode = .confirming(family: family, volunteer: p.volunteer, reason: nil)
        case .undo?:
            guard let pair = selectedFamily.flatMap(confirmedPair(for:)) else {
                problem = s.matching(.nothingToUndo)
                break
            }
            mode = .confirmingUndo(pair)
        case .reject?:
            if let family = selectedFamily, proposal(for: family) != nil { rejected.insert(family) }
        case .override?:
            guard let family = selectedFamily else { break }
            if confirmedPair(for: family) != nil {
                problem = s.matching(.alreadyConfirmed)
            } else if alternatives(for: family).isEmpty {
                problem = s.matching(.noOtherVolunteer)
            } else {
                mode = .choosing(family: family, selected: 0)
            }
        default: break
        }
        relayout(size: size, strings: s)
        return .stay
    }

    private mutating func relayout(size: TerminalSize, strings s: Strings) {
        let all = lines(width: size.columns, strings: s)
        let height = Self.bodyHeight(size)
        if let family = selectedFamily, let start = all.firstIndex(where: { $0.target == .family(family) }) {
            cursor.select(.family(family), in: all, height: height)
            let end = all[(start + 1)...].firstIndex { $0.target != nil || $0.style == .header } ?? all.count
            cursor.reveal(start..<end, in: all, height: height)
        } else {
            cursor.clamp(in: all, height: height)
        }
    }

    mutating func resized(to size: TerminalSize, strings s: Strings) { relayout(size: size, strings: s) }

    // MARK: Keys

    enum KeyAction: Sendable {
        case back, help, up, down, pageUp, pageDown, confirm, reject, override, undo
        /// While choosing another volunteer, typing the reason, or answering the question.
        case accept, cancel, type, erase, yes, no
    }

    /// The keys of the round.
    static let keys = KeyTable<KeyAction>([
        .init([.up, .character("k")], "↑ ↓  j k", .up, help: { $0.matching(.keyMove) }, hint: "↑↓", { $0(.hintMove) }),
        .init([.down, .character("j")], "", .down, help: { $0.matching(.keyMove) }),
        .init([.enter, .character("a")], "Enter  a", .confirm, help: { $0.matching(.keyConfirm) }, hint: "a", { $0.matching(.hintConfirm) }),
        .init([.character("r")], "r", .reject, help: { $0.matching(.keyReject) }, hint: "r", { $0.matching(.hintReject) }),
        .init([.character("o")], "o", .override, help: { $0.matching(.keyOverride) }, hint: "o", { $0.housingFirst(.hintOverride) }),
        .init([.character("u")], "u", .undo, help: { $0.matching(.keyUndo) }, hint: "u", { $0.matching(.hintUndo) }),
        .init([.pageUp], "PgUp PgDn", .pageUp, help: { $0(.keyPage) }),
        .init([.pageDown], "", .pageDown, help: { $0(.keyPage) }),
        .init([.escape, .character("q")], "Esc  q", .back, help: { $0(.keyBack) }, hint: "Esc", { $0(.hintBack) }),
        .init([.character("?")], "?", .help, help: { $0(.keyHelp) }, hint: "?", { $0(.hintHelp) }),
    ])

    /// The keys while choosing another volunteer (`o`).
    static let choosingKeys = KeyTable<KeyAction>([
        .init([.up, .character("k")], "↑ ↓  j k", .up, help: { $0.matching(.keyMove) }, hint: "↑↓", { $0(.hintMove) }),
        .init([.down, .character("j")], "", .down, help: { $0.matching(.keyMove) }),
        .init([.enter], "Enter", .accept, help: { $0.matching(.keyOverride) }, hint: "Enter", { $0.housingFirst(.hintChoose) }),
        .init([.escape], "Esc", .cancel, help: { $0(.keyCancelText) }, hint: "Esc", { $0.form(.hintCancel) }),
    ])

    /// The keys while typing why another volunteer is chosen.
    static let reasonKeys = KeyTable<KeyAction>([
        .init([.enter], "Enter", .accept, help: { $0(.keyConfirmText) }, hint: "Enter", { $0.matching(.hintConfirm) }),
        .init([.escape], "Esc", .cancel, help: { $0(.keyCancelText) }, hint: "Esc", { $0.form(.hintCancel) }),
        .typing("a–z 0–9", .type, help: { $0(.keyTypeText) }),
        .init([.backspace, .delete], "Backspace  Del", .erase, help: { $0(.keyEraseCharacter) }),
    ])

    /// The keys of "record this pair?" and "take it back?".
    static let questionKeys = KeyTable<KeyAction>([
        .init([.character("j"), .character("J"), .character("y"), .character("Y")], "j  y", .yes, help: { $0(.keyYes) },
              hintKey: { $0(.yesHintKey) }, { $0.admin(.hintYes) }),
        .init([.character("n"), .character("N"), .escape], "n  Esc", .no, help: { $0(.keyNo) }, hint: "n", { $0.admin(.hintNo) }),
    ])

    var currentKeys: KeyTable<KeyAction> {
        switch mode {
        case .browse: Self.keys
        case .choosing: Self.choosingKeys
        case .reason: Self.reasonKeys
        case .confirming, .confirmingUndo: Self.questionKeys
        }
    }

    /// The help: the round's keys (`?` is typed or refused in the other modes).
    func keyHelp(_ s: Strings) -> [KeyHelp] { Self.keys.keyHelp(s) }

    /// The hints; on a pair confirmed in this round only `u`, on an open family the others.
    func hints(_ s: Strings) -> [KeyHint] {
        guard case .browse = mode else { return currentKeys.hints(s) }
        let confirmedHere = selectedFamily.flatMap(confirmedPair(for:)) != nil
        return Self.keys.hints(s) { action in
            switch action {
            case .undo: confirmedHere
            case .confirm, .reject, .override: !confirmedHere
            default: true
            }
        }
    }

    // MARK: Content

    private func volunteerName(_ id: DossierID) -> String { volunteer(id)?.fullName ?? id.rawValue }

    private func familyName(_ id: DossierID) -> String {
        data.familyNames[id] ?? confirmedPair(for: id)?.familyName ?? id.rawValue
    }

    /// The question before data leaves the office: which family's details go to which volunteer.
    func question(_ s: Strings) -> String? {
        switch mode {
        case .confirming(let family, let volunteer, _):
            s.shareQuestion(family: familyName(family), family.rawValue, volunteer: volunteerName(volunteer), volunteer.rawValue)
        case .confirmingUndo(let pair):
            s.undoQuestion(family: pair.familyName, pair.family.rawValue, volunteer: pair.volunteerName, pair.volunteer.rawValue)
        default: nil
        }
    }

    private func load(_ v: Volunteer) -> String { "\(v.families.count)/\(v.capacity ?? 1)" }

    private func breakdown(_ score: PairScore, width: Int, strings s: Strings) -> [FlowLine<Target>] {
        score.parts.flatMap { part in
            FlowText.wrap("\(part.name) \(part.points)/\(part.maximum): \(part.why)", width: width, lead: "        ")
                .map { FlowLine<Target>($0, .dim) }
        }
    }

    /// What the volunteer would be told: only the categories in the family's buddy consent.
    private func disclosure(_ d: BuddyDisclosure, width: Int, strings s: Strings) -> [FlowLine<Target>] {
        var out = [FlowLine<Target>("      " + DisplayWidth.truncate(s.sharedWithVolunteer(d.consent.number), to: width - 6), .normal)]
        for item in d.shared {
            out += FlowText.wrap(s.consentCategory(item.category) + ": " + item.value, width: width, lead: "        ")
                .map { FlowLine<Target>($0, .normal) }
        }
        if !d.withheld.isEmpty {
            out += FlowText.wrap(s.notShared(d.withheld), width: width, lead: "        ").map { FlowLine<Target>($0, .dim) }
        }
        return out
    }

    func lines(width: Int, strings s: Strings) -> [FlowLine<Target>] {
        let round = data.round
        var out: [FlowLine<Target>] = [
            FlowLine(" " + DisplayWidth.truncate(s.matchingHeading(round.asOf.belgian, families: round.openFamilies.count,
                                                                  proposals: round.result.proposals.count), to: width - 1), .header),
        ]
        if !round.consentNeeded.isEmpty {
            // Not matched: the family has not agreed to share data with a volunteer.
            out.append(FlowLine(" " + DisplayWidth.truncate(s.consentNeededLine(round.consentNeeded.count), to: width - 1), .warning))
            let names = round.consentNeeded.map { "\($0.rawValue) \(data.familyNames[$0] ?? "")" }.joined(separator: ", ")
            out += FlowText.wrap(names, width: width, lead: "   ").map { FlowLine<Target>($0, .dim) }
        }
        if !confirmed.isEmpty {
            out.append(FlowLine(" " + DisplayWidth.truncate(s.matching(.confirmedHeading), to: width - 1), .header))
            for pair in confirmed {
                let nameWidth = Swift.max(10, Swift.min(36, width / 2 - 4))
                out.append(FlowLine("   " + DisplayWidth.fit("\(pair.family.rawValue) \(pair.familyName)", to: nameWidth) + "  "
                                    + "→ \(pair.volunteerName) (\(pair.volunteer.rawValue))", .normal, target: .family(pair.family)))
            }
            out.append(FlowLine(""))
        }
        if round.openFamilies.isEmpty { out.append(FlowLine("   " + s.matching(.noOpenFamilies), .dim)) }
        let max = round.policy.maximumScore
        for family in round.openFamilies.map(\.dossier) {
            let name = data.familyNames[family] ?? family.rawValue
            let right: String
            if let p = proposal(for: family) {
                right = "→ \(volunteerName(p.volunteer))  \(s.scoreText(p.score.total, max: max))"
            } else if rejected.contains(family) {
                right = s.matching(.rejected)
            } else {
                let why = round.result.unmatched.first { $0.family == family }?.reason ?? ""
                right = s.noProposal(why)
            }
            let nameWidth = Swift.max(10, Swift.min(36, width / 2 - 4))
            out.append(FlowLine("   " + DisplayWidth.fit("\(family.rawValue) \(name)", to: nameWidth) + "  " + right,
                                .normal, target: .family(family)))
            if family == selectedFamily, let p = proposal(for: family) {
                out += breakdown(p.score, width: width, strings: s)
                if let d = round.disclosures[family] { out += disclosure(d, width: width, strings: s) }
            }
        }
        out.append(FlowLine(""))
        out.append(FlowLine(" " + s.matching(.volunteersHeading), .header))
        for e in round.result.volunteers {
            guard let v = volunteer(e.volunteer) else { continue }
            let status = e.eligible ? s.freePlaces(e.freePlaces) : e.reasons.joined(separator: "; ")
            let text = "   " + DisplayWidth.fit(v.fullName, to: 24) + "  " + DisplayWidth.fit(s.loadText(load(v)), to: 9)
                + "  " + status
            out.append(FlowLine(DisplayWidth.truncate(text, to: width), e.eligible ? .normal : .dim))
        }
        return out
    }

    func draw(_ screen: inout ScreenBuffer, strings s: Strings, plain: Bool) {
        let height = Self.bodyHeight(screen.size)
        switch mode {
        case .choosing(let family, let selected):
            drawChoice(&screen, family: family, selected: selected, strings: s, plain: plain)
        default:
            cursor.draw(lines(width: screen.size.columns, strings: s), on: &screen, firstRow: Self.firstBodyRow,
                        height: height, plain: plain)
        }
        if let question = question(s) {
            Chrome.drawLongMessage(&screen, question, style: .warning)
        } else if case .reason(let family, let volunteer) = mode {
            let text = problem.map { input + "  ← " + $0 } ?? input
            Chrome.drawMessageLine(&screen, prompt: s.overrideReasonPrompt(family.rawValue, volunteerName(volunteer)),
                                   text: text, style: problem == nil ? .normal : .warning, cursor: true)
        } else if let problem {
            Chrome.drawMessageLine(&screen, prompt: nil, text: problem, style: .warning, cursor: false)
        }
        Chrome.drawStatusLine(&screen, hints: hints(s), count: s.matchingCount(data.round.result.proposals.count - rejected.count,
                                                                              families: data.round.openFamilies.count))
    }

    /// The list of other feasible volunteers for a family, with the selected one's score breakdown.
    private func drawChoice(_ screen: inout ScreenBuffer, family: DossierID, selected: Int, strings s: Strings, plain: Bool) {
        let width = screen.size.columns
        let options = alternatives(for: family)
        var lines: [FlowLine<Int>] = [
            FlowLine(" " + DisplayWidth.truncate(s.chooseVolunteerHeading(family.rawValue, data.familyNames[family] ?? ""), to: width - 1), .header),
        ]
        for (i, o) in options.enumerated() {
            lines.append(FlowLine("   " + DisplayWidth.fit(o.volunteer.fullName, to: 28) + "  "
                                  + s.scoreText(o.score.total, max: data.round.policy.maximumScore) + "  "
                                  + s.loadText(load(o.volunteer)), .normal, target: i))
            if i == selected {
                lines += o.score.parts.flatMap { part in
                    FlowText.wrap("\(part.name) \(part.points)/\(part.maximum): \(part.why)", width: width, lead: "        ")
                        .map { FlowLine<Int>($0, .dim) }
                }
            }
        }
        var c = FlowCursor()
        c.select(selected, in: lines, height: Self.bodyHeight(screen.size))
        c.draw(lines, on: &screen, firstRow: Self.firstBodyRow, height: Self.bodyHeight(screen.size), plain: plain)
    }
}
