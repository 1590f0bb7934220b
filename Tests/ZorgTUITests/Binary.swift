import Foundation

/// The built `zorg` executable, next to the running test binary in `.build/<configuration>/`.
enum Binary {
    static var zorg: URL? {
        let testBinary = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0])
        // Linux: .build/debug/ZorgPackageTests.xctest is the binary itself; macOS: a bundle with Contents/MacOS.
        var directory = testBinary.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("zorg")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }
}
