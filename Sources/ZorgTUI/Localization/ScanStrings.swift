import CaseModel

/// The scan screen's and the progress panel's texts.
enum ScanText: String, CatalogText {
    static let catalogSection = "scan"
    case title
    case sectionOverview, sectionUnderProtection, sectionPossible, sectionEnergy, sectionMultiProblem
    case sectionWaitingList, sectionOverdue
    case chartGainByDistrict, chartRights, chartEnergy, chartSignalsByDistrict
    case noDistrict, nothingFound, marksNote, perYear
    case columnHousehold, columnDistrict, columnCertain, columnPossible, columnRights, columnRight, columnToCollect
    case columnPriority, columnReferred, columnDue, columnFollowUp, columnLevel
    case keySection, keySectionNumber, keyOpenDossier, keyBackCaseload, keyScan
    case hintSection, hintScan
    case cancelled, hintCancel
    // The progress panel.
    case jobScan, jobImport, jobPlan, cancelHint, cancelRequested, planCancelled
}

/// The scan's texts with values.
enum ScanTemplate: String, CatalogTemplate {
    static let catalogSection = "scan"
    case households, heading, underProtection, total, importStopped, importFailedWhole
}

extension WorkPhase: CatalogText { static let catalogSection = "phase" }

extension Strings {
    func scan(_ text: ScanText) -> String { self.text(text) }

    func phase(_ phase: WorkPhase) -> String { text(phase) }

    /// 12345 → "12.345" (Dutch) or "12,345" (English).
    func number(_ n: Int) -> String {
        let separator = self(.thousandsSeparator)
        let digits = String(n.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += separator }
            out.append(ch)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// "0:07", "12:03", "1:02:03"
    func elapsed(seconds: Int) -> String {
        let h = seconds / 3600, m = (seconds / 60) % 60, s = seconds % 60
        let mm = h > 0 && m < 10 ? "0\(m)" : "\(m)"
        let ss = s < 10 ? "0\(s)" : "\(s)"
        return h > 0 ? "\(h):\(mm):\(ss)" : "\(mm):\(ss)"
    }

    func households(_ n: Int) -> String { fill(ScanTemplate.households, ["count": number(n)]) }

    func scanHeading(_ scan: CaseloadScan) -> String {
        fill(ScanTemplate.heading, ["count": number(scan.households), "date": scan.asOf.belgian])
    }

    /// Two lines: the households, then the two sums.
    func scanGainLines(_ scan: CaseloadScan) -> [String] {
        [fill(ScanTemplate.underProtection, ["households": households(scan.underProtection.count)]), "  " + sums(scan)]
    }

    func scanTotal(_ scan: CaseloadScan) -> String { fill(ScanTemplate.total, ["sums": sums(scan)]) }

    private func sums(_ scan: CaseloadScan) -> String {
        ScanReport.sums(certain: scan.totalCertain, possible: scan.totalPossible, unvalued: scan.unvaluedRights,
                        language: language == .nl ? .nl : .en)
    }

    /// An import stopped on request: all or nothing, so nothing was written.
    func importStopped(written: Int, total: Int) -> String { fill(ScanTemplate.importStopped, ["total": number(total)]) }

    /// An import that failed while writing: all or nothing, so nothing was written.
    func importFailedWhole(written: Int, total: Int, reason: String) -> String {
        fill(ScanTemplate.importFailedWhole, ["total": number(total), "reason": reason])
    }

    func progressCount(done: Int, total: Int) -> String {
        total > 0 ? "\(number(done)) / \(number(total))" : number(done)
    }
}
