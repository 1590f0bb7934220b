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

    static func reason(_ error: Error) -> String {
        (error as? FileSystemError)?.reason ?? String(describing: error)
    }
}
