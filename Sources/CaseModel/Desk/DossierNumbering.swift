/// Dossier numbers made at the desk: `JJJJ-NNNNN`, the year's highest number plus one.
public enum DossierNumbering {
    /// The next number of `year` after the numbers in use (numbers of another form, or of other years, are
    /// left alone: an imported `CL-17` does not count). Nil when the year's 99,999 numbers are used up.
    public static func next(after used: [DossierID], year: Int) -> DossierID? {
        let prefix = String(format: "%04d-", year)
        var highest = 0
        for id in used where id.rawValue.hasPrefix(prefix) {
            let rest = id.rawValue.dropFirst(prefix.count)
            if rest.count == 5, let n = Int(rest), rest.allSatisfy(\.isASCII) { highest = max(highest, n) }
        }
        guard highest < 99_999 else { return nil }
        return DossierID(rawValue: prefix + String(format: "%05d", highest + 1))
    }
}
