import ArgumentParser
import CaseModel
import Foundation

/// Opens the store a command works on, turning store errors into the exit codes of cli.md.
enum StoreAccess {
    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    static func location(_ options: GlobalOptions) throws -> StoreLocation {
        try mapped {
            let location = try StoreLocation.resolve(option: options.store, environment: environment,
                                                     serviceStoreExists: FileManager.default.fileExists(atPath: StoreLocation.serviceStorePath))
            // The environment may point at a store, never make one up (nothing is decided by a variable alone).
            if location.source == .environment && !Office.isStore(at: location.path) {
                throw StoreError.environmentNotAStore(path: location.path)
            }
            return location
        }
    }

    /// Opens the office on the store the options name, for the person at the terminal. Each of its operations
    /// checks her role; a refusal's audit entry names this command.
    static func office(_ options: GlobalOptions) throws -> Office {
        try office(path: try location(options).path)
    }

    static func office(path: String) throws -> Office {
        try mapped {
            let office = try Office.open(at: path, requester: commandName)
            warnWhenRolesAreAdvisory(office.rolesAreAdvisory)
            return office
        }
    }

    /// A shared store reached without the set-group-id service group: its group's members can change the files
    /// directly, so the roles are advice. Said once per run, on standard error (docs/security.md).
    static func warnWhenRolesAreAdvisory(_ advisory: Bool) {
        guard advisory else { return }
        FileHandle.standardError.write(Data(("zorg: let op: deze gedeelde store wordt niet via een set-group-id zorg bereikt; "
            + "wie in de groep zit, kan de bestanden rechtstreeks wijzigen, dus de rollen zijn alleen een afspraak "
            + "(zie docs/security.md) / note: roles are advisory here\n").utf8))
    }

    /// The subcommand on the command line (`import`, `audit verify`), for a refusal's audit entry: names only,
    /// never an argument such as a file or a dossier number.
    static var commandName: String {
        var names: [String] = []
        var commands: [any ParsableCommand.Type] = ZorgCommand.configuration.subcommands
        for argument in CommandLine.arguments.dropFirst() where !argument.hasPrefix("-") {
            guard let found = commands.first(where: { $0._commandName == argument }) else { continue }
            names.append(argument)
            commands = found.configuration.subcommands
        }
        return names.isEmpty ? "zorg" : names.joined(separator: " ")
    }

    /// Runs store work, turning its errors into command errors with the right exit code.
    static func mapped<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as StoreError {
            throw CommandError(message: error.message, status: error.exitCode == 1 ? .problems : .environment)
        } catch let error as FileSystemError {
            throw CommandError.environment(error.description)
        } catch let error as PersonalFileError {
            throw CommandError.environment(error.description)
        } catch let error as RefusedSave {
            throw CommandError.problems(error.description)
        } catch let error as OfficeError {
            throw CommandError.problems(error.description)
        } catch let error as DeskError {
            throw CommandError.problems(error.description)
        }
    }
}
