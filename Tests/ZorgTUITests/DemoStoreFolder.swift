import Foundation

/// A demo store built by the `zorg` under test (`zorg demo --store DIR`) in a temporary folder of its own.
enum DemoStoreFolder {
    static func make() throws -> URL {
        let binary = try zorgBinary()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zorg-e2e-\(UUID().uuidString)")
        let result = try Subprocess.run(binary.path, ["demo", "--store", folder.path],
                                        environment: ProcessInfo.processInfo.environment)
        guard result.status == 0 else { throw Failure(text: "zorg demo failed (\(result.status)): \(result.output)") }
        return folder
    }

    private static func zorgBinary() throws -> URL {
        guard let binary = Binary.zorg else {
            throw Failure(text: "the zorg executable is not next to the test binary (swift build first)")
        }
        return binary
    }

    struct Failure: Error, CustomStringConvertible {
        var text: String
        var description: String { text }
    }
}
