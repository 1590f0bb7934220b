import CaseModel

/// The scan screen's and the progress panel's texts (Dutch and English).
extension Strings {
    enum ScanText: Sendable {
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
        case phaseStarting, phaseLoading, phaseEvaluating, phaseReporting, phaseWriting, phasePlanning
    }

    func scan(_ text: ScanText) -> String {
        let nl = language == .nl
        switch text {
        case .title: return nl ? "Proactieve scan" : "Proactive scan"
        case .sectionOverview: return nl ? "Overzicht" : "Overview"
        case .sectionUnderProtection: return nl ? "Onderbescherming" : "Under-protection"
        case .sectionPossible: return nl ? "Mogelijk recht" : "Possible rights"
        case .sectionEnergy: return nl ? "Energiearmoede" : "Energy poverty"
        case .sectionMultiProblem: return nl ? "Multiprobleem zonder buddy" : "Multi-problem, no buddy"
        case .sectionWaitingList: return nl ? "Housing First-wachtlijst" : "Housing First waiting list"
        case .sectionOverdue: return nl ? "Opvolgingen over datum" : "Overdue follow-ups"
        case .chartGainByDistrict: return nl ? "Zekere winst per wijk (per jaar, aantal huishoudens)"
                                             : "Certain gain by district (a year, households)"
        case .chartRights: return nl ? "Onderbescherming per recht (huishoudens zeker, zeker samen per jaar)"
                                     : "Under-protection by right (households certain, certain together a year)"
        case .chartEnergy: return nl ? "Energiearmoede per niveau (huishoudens)" : "Energy poverty by level (households)"
        case .chartSignalsByDistrict: return nl ? "Huishoudens met een signaal per wijk" : "Households with a finding by district"
        case .noDistrict: return nl ? "(geen wijk)" : "(no district)"
        case .nothingFound: return nl ? "Niets gevonden." : "Nothing found."
        case .marksNote: return nl ? "? mogelijk · ° geen geldwaarde (geteld) · gezinsrecht 1× · zeker, mogelijk apart"
                                   : "? possible · ° no money value (counted) · household right once · kept apart"
        case .perYear: return nl ? "per jaar" : "a year"
        case .columnHousehold: return nl ? "Huishouden" : "Household"
        case .columnDistrict: return nl ? "Wijk" : "District"
        case .columnCertain: return nl ? "Zeker/jaar" : "Certain/yr"
        case .columnPossible: return nl ? "Mogelijk/jaar" : "Possible/yr"
        case .columnRights: return nl ? "Rechten" : "Rights"
        case .columnRight: return nl ? "Recht" : "Right"
        case .columnToCollect: return nl ? "Te verzamelen" : "To collect"
        case .columnPriority: return nl ? "Prior." : "Prior."
        case .columnReferred: return nl ? "Aangemeld" : "Referred"
        case .columnDue: return nl ? "Vervaldag" : "Due"
        case .columnFollowUp: return nl ? "Opvolging" : "Follow-up"
        case .columnLevel: return nl ? "Niveau" : "Level"
        case .keySection: return nl ? "volgend / vorig onderdeel" : "next / previous section"
        case .keySectionNumber: return nl ? "naar onderdeel 1 … 7" : "go to section 1 … 7"
        case .keyOpenDossier: return nl ? "het dossier van het huishouden openen" : "open the household's case"
        case .keyBackCaseload: return nl ? "terug naar de dossiers" : "back to the caseload"
        case .keyScan: return nl ? "proactieve scan van de hele caseload" : "proactive scan of the whole caseload"
        case .hintSection: return nl ? "onderdeel" : "section"
        case .hintScan: return nl ? "scan" : "scan"
        case .hintCancel: return nl ? "annuleren" : "cancel"
        case .cancelled: return nl ? "Scan afgebroken; er is niets bewaard." : "Scan cancelled; nothing was kept."
        case .jobScan: return nl ? "Scan van de caseload" : "Scanning the caseload"
        case .jobPlan: return nl ? "Proefdraai van de import" : "Import dry run"
        case .planCancelled: return nl ? "Proefdraai afgebroken; er is niets geschreven." : "Dry run cancelled; nothing was written."
        case .phasePlanning: return nl ? "Bestand en dossiers vergelijken… (niets wordt geschreven)"
                                       : "Comparing the file with the cases… (nothing is written)"
        case .jobImport: return nl ? "Import opslaan" : "Saving the import"
        case .cancelHint: return nl ? "Esc: annuleren" : "Esc: cancel"
        case .cancelRequested: return nl ? "Annuleren gevraagd… even wachten." : "Cancel requested… one moment."
        case .phaseStarting: return nl ? "Starten…" : "Starting…"
        case .phaseLoading: return nl ? "Dossiers lezen…" : "Reading the cases…"
        case .phaseEvaluating: return nl ? "Regelmodules toepassen" : "Running the rule modules"
        case .phaseReporting: return nl ? "Rapport opmaken…" : "Putting the report together…"
        case .phaseWriting: return nl ? "Dossiers opslaan" : "Writing the cases"
        }
    }

    func phase(_ phase: WorkPhase) -> String {
        switch phase {
        case .starting: scan(.phaseStarting)
        case .loading: scan(.phaseLoading)
        case .evaluating: scan(.phaseEvaluating)
        case .reporting: scan(.phaseReporting)
        case .writing: scan(.phaseWriting)
        case .planning: scan(.phasePlanning)
        }
    }

    /// 12345 → "12.345" (Dutch) or "12,345" (English).
    func number(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(language == .nl ? "." : ",") }
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

    func households(_ n: Int) -> String {
        language == .nl ? "\(number(n)) huishoudens" : "\(number(n)) households"
    }

    func scanHeading(_ scan: CaseloadScan) -> String {
        language == .nl ? "Scan van \(number(scan.households)) dossiers op \(scan.asOf.belgian)"
                        : "Scan of \(number(scan.households)) households on \(scan.asOf.belgian)"
    }

    /// Two lines: the households, then the two sums.
    func scanGainLines(_ scan: CaseloadScan) -> [String] {
        [(language == .nl ? "Onderbescherming: " : "Under-protection: ") + households(scan.underProtection.count),
         "  " + ScanReport.sums(certain: scan.totalCertain, possible: scan.totalPossible, unvalued: scan.unvaluedRights,
                                language: language == .nl ? .nl : .en)]
    }

    func scanTotal(_ scan: CaseloadScan) -> String {
        (language == .nl ? "Totaal: " : "Total: ")
            + ScanReport.sums(certain: scan.totalCertain, possible: scan.totalPossible, unvalued: scan.unvaluedRights,
                              language: language == .nl ? .nl : .en)
    }

    /// An import stopped on request: all or nothing, so nothing was written.
    func importStopped(written: Int, total: Int) -> String {
        language == .nl
            ? "Import gestopt: geen van de \(number(total)) dossiers is weggeschreven (alles of niets). Opnieuw importeren kan."
            : "Import stopped: none of the \(number(total)) cases was written (all or nothing). You can import again."
    }

    /// An import that failed while writing: all or nothing, so nothing was written.
    func importFailedWhole(written: Int, total: Int, reason: String) -> String {
        language == .nl
            ? "Import mislukt; geen van de \(number(total)) dossiers is weggeschreven: \(reason)"
            : "Import failed; none of the \(number(total)) cases was written: \(reason)"
    }

    func progressCount(done: Int, total: Int) -> String {
        total > 0 ? "\(number(done)) / \(number(total))" : number(done)
    }
}
