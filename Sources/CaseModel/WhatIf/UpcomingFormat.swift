/// "Binnenkort" as a section of the scan's table, and as JSON (dates `jjjj-mm-dd` there, `dd-mm-jjjj` on screen).
extension UpcomingChange {
    public static func section(_ changes: [UpcomingChange], months: Int, language: RuleLanguage) -> String {
        let nl = language == .nl
        var out = [nl ? "Binnenkort (de komende \(months) maanden): \(changes.count) wijzigingen"
                      : "Coming up (the next \(months) months): \(changes.count) changes"]
        for c in changes { out.append("  " + c.line(language: language, withDossier: true)) }
        return out.joined(separator: "\n")
    }

    /// `15-06-2027  2024-00802  Vos, Lutgarde (lid 1) — IGO: niet van toepassing → rechthebbend … — lid 1 wordt 66`
    public func line(language: RuleLanguage, withDossier: Bool) -> String {
        let nl = language == .nl
        var who = withDossier ? "  \(dossier.rawValue)  \(name)" : ""
        if let member { who += nl ? " (lid \(member))" : " (member \(member))" }
        return "\(on.belgian)\(who) — \(title.text(language)): \(side(before, amountBefore, language)) → "
            + "\(side(after, amountAfter, language)) — " + causes.map { Self.cause($0, language) }.joined(separator: "; ")
    }

    /// An outcome in the words of its kind: a signal `gesignaleerd`, never `rechthebbend`.
    func side(_ o: RuleOutcome?, _ a: RuleAmount?, _ language: RuleLanguage) -> String {
        guard let o else { return language == .nl ? "niet van toepassing" : "does not apply" }
        return RuleResult.outcomeLabel(o, kind: kind, language) + (a.map { " " + RuleResult.amountText($0, language) } ?? "")
    }

    public static func cause(_ c: Cause, _ language: RuleLanguage) -> String {
        let nl = language == .nl
        switch c {
        case .birthday(let m, let age): return nl ? "lid \(m) wordt \(age)" : "member \(m) turns \(age)"
        case .anniversary(let column, let m, let months):
            let whose = m.map { nl ? " van lid \($0)" : " of member \($0)" } ?? ""
            return nl ? "\(months) maanden sinds \(column)\(whose)" : "\(months) months since \(column)\(whose)"
        case .parameter(let name): return nl ? "nieuwe waarde van \(name)" : "new value of \(name)"
        case .newMonth: return nl ? "nieuwe maand" : "new month"
        }
    }

    public static func json(_ changes: [UpcomingChange]) -> String {
        var j = JSONText()
        j.openArray()
        for c in changes {
            j.element(); j.open()
            j.key("dossier"); j.string(c.dossier.rawValue)
            j.key("rule"); j.string(c.rule)
            j.key("member"); if let m = c.member { j.raw(String(m)) } else { j.null() }
            j.key("person"); if let p = c.person { j.string(p) } else { j.null() }
            j.key("on"); j.string(c.on.iso)
            j.key("before"); if let b = c.before { j.string(b.rawValue) } else { j.null() }
            j.key("after"); if let a = c.after { j.string(a.rawValue) } else { j.null() }
            j.key("opens"); j.raw(c.opens ? "true" : "false")
            j.key("ends"); j.raw(c.ends ? "true" : "false")
            j.key("because"); j.strings(c.causes.map { cause($0, .en) })
            j.close()
        }
        j.closeArray()
        return j.text
    }
}
