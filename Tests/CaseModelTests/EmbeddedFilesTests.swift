import Foundation
import Testing
@testable import CaseModel

@Suite("Embedded files")
struct EmbeddedFilesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func files(under folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        let fm = FileManager.default
        guard let walker = fm.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [:] }
        for case let url as URL in walker {
            let name = url.lastPathComponent
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                  !name.hasPrefix("."), !name.hasSuffix(".md") else { continue }
            let rel = String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))
            result[rel] = try? Data(contentsOf: url)
        }
        return result
    }

    @Test("the compiled-in modules, seeds and letter defaults equal the files in the repository (the EmbedResources plugin rebuilds them)")
    func upToDate() {
        #expect(Embedded.moduleFiles == Self.files(under: Self.root.appendingPathComponent("Sources/CaseModel/Modules")))
        #expect(Embedded.seedFiles == Self.files(under: Self.root.appendingPathComponent("seeds")))
        #expect(Embedded.letterFiles == Self.files(under: Self.root.appendingPathComponent("Sources/CaseModel/Letter/Defaults")))
        #expect(Set(Embedded.letterFiles.keys) == ["offices.yaml", "questions.yaml"])
    }
}
