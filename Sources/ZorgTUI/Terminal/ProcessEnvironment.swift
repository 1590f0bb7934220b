import Foundation

/// Reading the process environment in one place, so tests can pass their own dictionary instead.
enum ProcessEnvironment {
    static func value(_ name: String) -> String? { ProcessInfo.processInfo.environment[name] }
    static var all: [String: String] { ProcessInfo.processInfo.environment }
}
