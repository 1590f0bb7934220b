/// `zorg applications --format csv`: one record per application (`;`, names guarded against formulas).
public enum ApplicationsCSV {
    public static func text(_ rows: [ApplicationRow], asOf day: Day) -> String {
        let writer = CSVWriter(delimiter: .semicolon, guardsFormulas: true)
        var out = writer.line(["dossier", "naam", "nummer", "regel", "lid", "aangevraagd_op", "waar", "door", "stand", "beslist_op", "dagen_open"])
        for r in rows {
            let a = r.application
            var decided = ""
            switch a.decision {
            case .granted(let from, _)?: decided = from.belgian
            case .refused(let on, _)?, .withdrawn(let on)?: decided = on.belgian
            case nil: break
            }
            out += writer.line([r.dossier.rawValue, r.name, String(a.number), a.rule, a.person.map(String.init) ?? "",
                                a.appliedOn.belgian, a.place ?? "", a.by, a.stateCode, decided, a.isOpen ? String(a.age(on: day)) : ""])
        }
        return out
    }
}
