import CaseModel

/// What a source needs to scan the caseload (the store; a test's caseload in memory).
protocol ScanSource {
    /// Reads every dossier and runs the scan as of `asOf`, recording it as one audit entry. Nil when `progress`
    /// was cancelled first (nothing is recorded then).
    func scanCaseload(asOf: Day, progress: WorkProgress) throws -> CaseloadScan?
}

/// The work of each job, on the job's thread.
enum JobWork {
    static func run(_ request: JobRequest, source: CaseloadSource, progress: WorkProgress) -> JobResult {
        switch request {
        case .scan(let day):
            guard let scanner = source as? ScanSource else { return .scanFailed("not available") }
            do {
                guard let scan = try scanner.scanCaseload(asOf: day, progress: progress) else { return .scanCancelled }
                return .scanned(scan)
            } catch {
                return .scanFailed(String(describing: error))
            }
        case .caseloadFlags(let day):
            do {
                return .flagsEvaluated(try CaseloadFlagsEvaluation.flags(source: source, asOf: day, progress: progress))
            } catch {
                return .flagsFailed(String(describing: error))
            }
        case .importPlan(let path):
            guard let admin = source as? AdministrationSource else { return .planFailed("no administration for this source") }
            progress.begin(.planning)
            do {
                // The dry run cannot stop half-way (it reads and compares, it writes nothing); a cancel drops it.
                let plan = try admin.planClientImport(path: path)
                return progress.isCancelled ? .planCancelled : .planned(plan)
            } catch {
                return .planFailed(String(describing: error))
            }
        case .importCommit(let planned):
            let total = planned.plan.householdsToWrite.count
            guard let admin = source as? AdministrationSource else {
                return .importFailed(reason: "no administration for this source", written: 0, total: total, entries: nil)
            }
            do {
                let outcome = try admin.commitImport(planned.plan, progress: progress)
                return .imported(outcome, entries: try? source.entries())
            } catch {
                return .importFailed(reason: String(describing: error), written: 0, total: total, entries: nil)
            }
        }
    }
}

extension StoreCaseloadSource: ScanSource {
    func scanCaseload(asOf: Day, progress: WorkProgress) throws -> CaseloadScan? {
        progress.begin(.loading)
        let households = try allHouseholds()
        if progress.isCancelled { return nil }
        guard let scan = CaseloadScan.run(households: households, ruleSet: ruleSet, asOf: asOf, progress: progress) else {
            return nil
        }
        // Like `zorg scan`: the scan is one entry in the audit trail, not one per dossier.
        try StoreAccess.mapped {
            try CaseloadScan.record(in: store, asOf: asOf, dossiers: households.count, pseudonymized: false)
        }
        return scan
    }
}
