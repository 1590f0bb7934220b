import CaseModel

/// Defaults for sources that cannot change dossiers (samples, tests that only read).
extension CaseloadSource {
    var userName: String { "" }

    func save(_ household: Household) throws -> Household { throw DossierSourceUnavailable() }

    func history(of id: DossierID) throws -> DossierHistory { throw DossierSourceUnavailable() }

    func household(_ id: DossierID, revision: Int, reason: AccessReason) throws -> Household { throw DossierSourceUnavailable() }

    func flowLines(for household: Household, asOf: Day, language: Language) throws -> [String] {
        throw DossierSourceUnavailable()
    }
}

struct DossierSourceUnavailable: Error, CustomStringConvertible {
    var description: String { "not available here" }
}

/// Runs the dossier screen's effects against the source; each answer comes back as a message.
enum DossierEffects {
    static func run(_ effect: Effect, source: CaseloadSource, language: Language) -> Message? {
        switch effect {
        case .saveDossier(let household):
            do {
                return .dossierSaved(try source.save(household))
            } catch StoreError.stale(let stale) {
                // Show the dossier as stored now, so the caseworker sees what the other change was.
                guard let current = try? source.household(household.id) else {
                    return .dossierSaveFailed(household.id, reason: stale.message)
                }
                return .dossierSaveRefused(StaleInfo(stale), current: current)
            } catch {
                return .dossierSaveFailed(household.id, reason: readable(error))
            }
        case .loadDossierHistory(let id):
            do {
                return .dossierHistoryLoaded(id, .loaded(try source.history(of: id)))
            } catch {
                return .dossierHistoryLoaded(id, .failed(readable(error)))
            }
        case .loadDossierFlows(let household, let day):
            do {
                return .dossierFlowsLoaded(household.id, .loaded(try source.flowLines(for: household, asOf: day, language: language)))
            } catch {
                return .dossierFlowsLoaded(household.id, .failed(readable(error)))
            }
        case .openRevision(let id, let revision, let reason):
            do {
                return .dossierRevisionOpened(try source.household(id, revision: revision, reason: reason))
            } catch {
                return .dossierFailed(id, reason: readable(error))
            }
        default:
            return nil  // not a dossier effect: the loop runs it
        }
    }

    private static func readable(_ error: Error) -> String {
        (error as? StoreError)?.message ?? String(describing: error)
    }
}
