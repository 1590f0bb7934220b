import ArgumentParser
import CaseModel
import Foundation

/// Opens the store a command works on, turning store errors into the exit codes of cli.md.
enum StoreAccess {
    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    static func location(_ options: GlobalOptions) throws -> StoreLocation {
        try mapped {
            try StoreLocation.resolve(option: options.store, environment: environment,
                                      serviceStoreExists: FileManager.default.fileExists(atPath: StoreLocation.serviceStorePath))
        }
    }

    /// Opens the store and checks that the user at the terminal has one of the allowed roles.
    static func open(_ options: GlobalOptions, allowed: [Role] = [.caseworker, .admin]) throws -> CaseStore {
        let location = try location(options)
        return try open(path: location.path, allowed: allowed)
    }

    static func open(path: String, allowed: [Role]) throws -> CaseStore {
        try mapped {
            let store = try CaseStore(at: path)
            try store.requireRole(allowed, for: commandName)
            return store
        }
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
        }
    }
}
