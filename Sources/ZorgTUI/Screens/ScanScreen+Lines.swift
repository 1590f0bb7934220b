import CaseModel

/// The scan's sections as lines of text: the overview with its charts, and one table per finding.
extension ScanScreen {
    func name(of section: Section, _ s: Strings) -> String {
        switch section {
        case .overview: s.scan(.sectionOverview)
        case .underProtection: s.scan(.sectionUnderProtection)
        case .possible: s.scan(.sectionPossible)
        case .energy: s.scan(.sectionEnergy)
        case .multiProblem: s.scan(.sectionMultiProblem)
        case .waitingList: s.scan(.sectionWaitingList)
        case .overdue: s.scan(.sectionOverdue)
        }
    }

    /// Households (or findings) in a section; nil for the overview.
    func count(of section: Section) -> Int? {
        switch section {
        case .overview: nil
        case .underProtection: scan.underProtection.count
        case .possible: scan.possible.count
        case .energy: CaseloadScan.energyLevels.reduce(0) { $0 + (scan.energyPoverty[$1]?.count ?? 0) }
        case .multiProblem: scan.multiProblemWithoutBuddy.count
        case .waitingList: scan.housingFirstWaitingList.count
        case .overdue: scan.overdueFollowUps.count
        }
    }

    private var ruleLanguage: (Strings) -> RuleLanguage { { $0.language == .en ? .en : .nl } }

    // MARK: Columns

    /// Column widths for a table of `width` columns: fixed ones, and the flexible ones sharing the rest.
    struct Columns {
        var marker: Int
        var dossier: Int
        var widths: [Int]

        /// `fixed[i]` nil marks a flexible column.
        init(width: Int, plain: Bool, dossier: Int, fixed: [Int?]) {
            marker = plain ? 2 : 1
            self.dossier = dossier
            let flexible = fixed.filter { $0 == nil }.count
            let used = marker + dossier + fixed.compactMap { $0 }.reduce(0, +) + 2 * fixed.count
            let share = max(6, (width - used) / max(1, flexible))
            widths = fixed.map { $0 ?? share }
        }

        func line(marker m: String, dossier d: String, _ cells: [String], right: Set<Int> = []) -> String {
            var text = DisplayWidth.fit(m, to: marker) + DisplayWidth.fit(d, to: dossier)
            for (i, cell) in cells.enumerated() {
                text += "  " + (right.contains(i) ? DisplayWidth.fitRight(cell, to: widths[i]) : DisplayWidth.fit(cell, to: widths[i]))
            }
            return text
        }
    }

    private var dossierWidth: Int {
        let ids = scan.underProtection.map(\.dossier) + scan.possible.map(\.dossier) + scan.overdueFollowUps.map(\.dossier)
        return min(14, max(7, ids.map { $0.rawValue.count }.max() ?? 10))
    }

    func columns(_ section: Section, width: Int, plain: Bool) -> Columns {
        let wide = width >= 110
        let fixed: [Int?]
        switch section {
        case .overview: fixed = []
        case .underProtection: fixed = wide ? [nil, 16, 14, 14, nil] : [nil, 13, 13, nil]
        // The facts to collect matter most: at 80 columns one masked fact (`bel_profiel@39.09.14-***.**`) fits.
        case .possible: fixed = wide ? [nil, 24, nil] : [18, 18, nil]
        case .energy, .multiProblem: fixed = [nil, 18]
        case .waitingList: fixed = [nil, 6, 10]
        case .overdue: fixed = [nil, 10, nil]
        }
        return Columns(width: width, plain: plain, dossier: dossierWidth, fixed: fixed)
    }

    /// The header of the section's table (row 2); the overview has the scan's heading there.
    func header(_ s: Strings, width: Int, plain: Bool) -> String {
        let c = columns(section, width: width, plain: plain)
        let dossier = s(.columnDossier)
        switch section {
        case .overview: return " " + s.scanHeading(scan)
        case .underProtection:
            let money = [s.scan(.columnCertain), s.scan(.columnPossible), s.scan(.columnRights)]
            let cells = width >= 110 ? [s.scan(.columnHousehold), s.scan(.columnDistrict)] + money : [s.scan(.columnHousehold)] + money
            return c.line(marker: "", dossier: dossier, cells, right: [cells.count - 3, cells.count - 2])
        case .possible:
            return c.line(marker: "", dossier: dossier, [s.scan(.columnHousehold), s.scan(.columnRight), s.scan(.columnToCollect)])
        case .energy, .multiProblem:
            return c.line(marker: "", dossier: dossier, [s.scan(.columnHousehold), s.scan(.columnDistrict)])
        case .waitingList:
            return c.line(marker: "", dossier: dossier, [s.scan(.columnHousehold), s.scan(.columnPriority), s.scan(.columnReferred)],
                          right: [1])
        case .overdue:
            return c.line(marker: "", dossier: dossier, [s.scan(.columnHousehold), s.scan(.columnDue), s.scan(.columnFollowUp)])
        }
    }

    // MARK: Lines

    func lines(_ s: Strings, width: Int, plain: Bool) -> [Line] {
        let c = columns(section, width: width, plain: plain)
        let empty = [Line(text: "  " + s.scan(.nothingFound), style: .dim)]
        switch section {
        case .overview:
            return overviewLines(s, width: width, plain: plain)
        case .underProtection:
            guard !scan.underProtection.isEmpty else { return empty }
            var out = scan.underProtection.map { h in
                let rights = h.gains.map(ScanReport.rightText).joined(separator: ", ")
                let money = [h.certain.belgian, h.possible.belgian, rights]
                let cells = width >= 110 ? [h.name, h.district ?? ""] + money : [h.name] + money
                return Line(text: c.line(marker: "", dossier: h.dossier.rawValue, cells, right: [cells.count - 3, cells.count - 2]),
                            dossier: h.dossier)
            }
            out.append(Line(text: ""))
            out.append(Line(text: " " + s.scanTotal(scan), style: .header))
            out.append(Line(text: " " + s.scan(.marksNote), style: .dim))
            return out
        case .possible:
            guard !scan.possible.isEmpty else { return empty }
            return scan.possible.map { p in
                // The facts to collect name the member (`bel_profiel@85.07.30-***.**`), masked.
                return Line(text: c.line(marker: "", dossier: p.dossier.rawValue, [p.name, p.rule, p.maskedMissing.joined(separator: ", ")]),
                            dossier: p.dossier)
            }
        case .energy:
            var out: [Line] = []
            for level in CaseloadScan.energyLevels {
                let list = scan.energyPoverty[level] ?? []
                out.append(Line(text: " " + RuleResult.levelLabel(level, ruleLanguage(s)) + " (\(s.number(list.count)))", style: .header))
                out += list.map { h in
                    Line(text: c.line(marker: "", dossier: h.dossier.rawValue, [h.name, h.district ?? ""]), dossier: h.dossier)
                }
            }
            return out
        case .multiProblem:
            guard !scan.multiProblemWithoutBuddy.isEmpty else { return empty }
            return scan.multiProblemWithoutBuddy.map { h in
                Line(text: c.line(marker: "", dossier: h.dossier.rawValue, [h.name, h.district ?? ""]), dossier: h.dossier)
            }
        case .waitingList:
            guard !scan.housingFirstWaitingList.isEmpty else { return empty }
            return scan.housingFirstWaitingList.map { w in
                Line(text: c.line(marker: "", dossier: w.dossier.rawValue, [w.name, String(w.priority), w.referredOn?.belgian ?? "?"],
                                  right: [1]), dossier: w.dossier)
            }
        case .overdue:
            guard !scan.overdueFollowUps.isEmpty else { return empty }
            return scan.overdueFollowUps.map { o in
                Line(text: c.line(marker: "", dossier: o.dossier.rawValue, [o.name, o.due.belgian, o.text]), dossier: o.dossier)
            }
        }
    }

    /// The counts per section (with their number keys), then the charts.
    private func overviewLines(_ s: Strings, width: Int, plain: Bool) -> [Line] {
        var out: [Line] = s.scanGainLines(scan).map { Line(text: " " + $0) }
            + [Line(text: "  " + s.scan(.marksNote), style: .dim), Line(text: "")]
        for section in Section.allCases.dropFirst() {
            let n = s.number(count(of: section) ?? 0)
            out.append(Line(text: DisplayWidth.fit("  \(section.rawValue + 1)  " + name(of: section, s), to: 36) + DisplayWidth.fitRight(n, to: 8)))
        }
        // Past about 110 columns bars grow so long that the eye loses the value at their end.
        let chartWidth = max(20, min(width - 3, 110))
        func chart(_ title: String, _ items: [BarChart.Item]) {
            out.append(Line(text: ""))
            out.append(Line(text: " " + title, style: .header))
            if items.isEmpty {
                out.append(Line(text: "  " + s.scan(.nothingFound), style: .dim))
                return
            }
            out += BarChart(items: items).lines(width: chartWidth, plain: plain).map { Line(text: "  " + $0) }
        }
        chart(s.scan(.chartGainByDistrict), gainByDistrict(s))
        chart(s.scan(.chartRights), byRight(s))
        chart(s.scan(.chartEnergy), CaseloadScan.energyLevels.map { level in
            let n = scan.energyPoverty[level]?.count ?? 0
            return BarChart.Item(label: RuleResult.levelLabel(level, ruleLanguage(s)), value: Double(n), valueText: s.number(n))
        })
        chart(s.scan(.chartSignalsByDistrict), signalsByDistrict(s))
        return out
    }

    /// Certain yearly gain per district, largest first (households with a certain right).
    func gainByDistrict(_ s: Strings) -> [BarChart.Item] {
        var sums: [String: (Money, Int)] = [:]
        for h in scan.underProtection where h.gains.contains(where: \.certain) {
            let key = h.district.flatMap { $0.isEmpty ? nil : $0 } ?? s.scan(.noDistrict)
            let now = sums[key] ?? (.zero, 0)
            sums[key] = (now.0 + h.certain, now.1 + 1)
        }
        return sums.sorted { ($0.value.0, $1.key) > ($1.value.0, $0.key) }.map {
            BarChart.Item(label: $0.key, value: $0.value.0.euroValue, valueText: "\($0.value.0.belgian) · \(s.number($0.value.1))")
        }
    }

    /// Households per right they certainly miss, most first, with the certain yearly value together.
    func byRight(_ s: Strings) -> [BarChart.Item] {
        var per: [String: (title: String, count: Int, sum: Money)] = [:]
        for h in scan.underProtection {
            for g in h.gains where g.certain {
                let now = per[g.rule] ?? (g.title.text(ruleLanguage(s)), 0, .zero)
                per[g.rule] = (now.title, now.count + 1, now.sum + (g.yearly ?? .zero))
            }
        }
        return per.sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }.map {
            BarChart.Item(label: $0.value.title, value: Double($0.value.count),
                          valueText: "\(s.number($0.value.count)) · \($0.value.sum.belgian)")
        }
    }

    /// Households that appear in any finding, per district, most first.
    func signalsByDistrict(_ s: Strings) -> [BarChart.Item] {
        var district = districts
        var ids = Set<DossierID>()
        func note(_ id: DossierID, _ d: String?) {
            ids.insert(id)
            if let d, !d.isEmpty { district[id] = d }
        }
        for h in scan.underProtection { note(h.dossier, h.district) }
        for list in scan.energyPoverty.values { for h in list { note(h.dossier, h.district) } }
        for h in scan.multiProblemWithoutBuddy { note(h.dossier, h.district) }
        for p in scan.possible { note(p.dossier, nil) }
        for w in scan.housingFirstWaitingList { note(w.dossier, nil) }
        for o in scan.overdueFollowUps { note(o.dossier, nil) }
        var counts: [String: Int] = [:]
        for id in ids { counts[district[id] ?? s.scan(.noDistrict), default: 0] += 1 }
        return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map {
            BarChart.Item(label: $0.key, value: Double($0.value), valueText: s.number($0.value))
        }
    }
}
