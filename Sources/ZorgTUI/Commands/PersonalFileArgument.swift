import CaseModel
import Foundation

/// A file named on the command line that is the person's own (a client list, a rule file): read with her rights
/// (`PersonalFiles`), a failure said as an environment error with the file and the reason.
enum PersonalFileArgument {
    static func read(_ path: String, _ t: Text) throws -> Data {
        do {
            return try PersonalFiles.read(path)
        } catch {
            throw CommandError.environment(t("Kan \(path) niet lezen (\(reason(error))).", "Cannot read \(path) (\(reason(error)))."))
        }
    }

    /// Office work on a file the person named (a rule file, an offices file): her file unreadable is an environment
    /// error, a file that is not text a problem; nothing changed either way.
    static func working<T>(on path: String, _ t: Text, _ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as PersonalFileError {
            throw CommandError.environment(t("Kan \(path) niet lezen (\(error.reason)).", "Cannot read \(path) (\(error.reason))."))
        } catch OfficeError.notText {
            throw CommandError.problems(t("\(path): geen UTF-8-tekst; er is niets veranderd.", "\(path): not UTF-8 text; nothing changed."))
        }
    }

    static func reason(_ error: Error) -> String {
        (error as? FileSystemError)?.reason ?? String(describing: error)
    }
}
