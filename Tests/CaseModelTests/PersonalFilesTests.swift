import Foundation
import Testing
@testable import CaseModel

/// The person's own files (CSV in, rejects, archives, summaries, backups out).
@Suite("Personal files")
struct PersonalFilesTests {
    @Test func aNewFileIsExclusiveUnlessOverwritingAndHasItsExactMode() throws {
        let folder = TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        let path = folder.path + "/rejects.csv"
        let old = umask(0o022)
        defer { umask(old) }
        #expect(try PersonalFiles.write(Data("a".utf8), to: path, mode: 0o600))
        #expect(StoreFixture.mode(of: path) == 0o600)
        #expect(try PersonalFiles.write(Data("b".utf8), to: path) == false)
        #expect(try PersonalFiles.read(path) == Data("a".utf8))
        #expect(try PersonalFiles.write(Data("c".utf8), to: path, overwrite: true))
        #expect(try PersonalFiles.read(path) == Data("c".utf8))
    }

    @Test func aLinkAtThePathIsNotFollowedWhenWriting() throws {
        let folder = TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        let target = folder.path + "/.bashrc"
        try "mine".write(toFile: target, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/out.txt", withDestinationPath: target)
        #expect(throws: FileSystemError.self) { try PersonalFiles.write(Data("x".utf8), to: folder.path + "/out.txt", overwrite: true) }
        #expect(try PersonalFiles.write(Data("x".utf8), to: folder.path + "/out.txt") == false)
        #expect(throws: FileSystemError.self) { _ = try PersonalFiles.create(folder.path + "/out.txt", mode: 0o600) }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "mine")
    }

    @Test func readingAFolderOrAMissingFileSaysWhy() throws {
        let folder = TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        let isFolder = try #require(throws: FileSystemError.self) { _ = try PersonalFiles.read(folder.path) }
        #expect(isFolder.code == EISDIR)
        let missing = try #require(throws: FileSystemError.self) { _ = try PersonalFiles.read(folder.path + "/none.csv") }
        #expect(missing.isNotFound && missing.description.contains("none.csv"))
        #expect(PersonalFiles.kind(of: folder.path) == .folder && PersonalFiles.kind(of: folder.path + "/none") == .absent)
    }

    @Test func aFolderIsFilledThroughItsDescriptorAndTakenAwayOnFailure() throws {
        let folder = TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        let made = try PersonalFiles.makeFolder(folder.path + "/copy", mode: 0o700)
        try made.makeFolder("a", mode: 0o700)
        try made.writeFiles([("a/x.json", Data("1".utf8)), ("y.json", Data("2".utf8))], mode: 0o600)
        #expect(throws: FileSystemError.self) { try made.writeFiles([("../escape.json", Data())], mode: 0o600) }
        #expect(throws: FileSystemError.self) { try made.writeFiles([("y.json", Data())], mode: 0o600) }
        #expect(StoreFixture.mode(of: folder.path + "/copy/a/x.json") == 0o600)
        made.remove(files: ["a/x.json", "y.json"], folders: ["a"])
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/copy"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/escape.json"))
    }

    @Test func withoutAServiceGroupNothingIsDropped() throws {
        // Tests run without a set-group-id bit: the person's rights are the process's, and the gate is open.
        #expect(ServiceGroup.id == nil)
        #expect(try PersonalFiles.withPersonRights { getegid() } == getgid())
        try ServiceGroup.giveUp()  // a no-op
        #expect(getegid() == getgid())
    }
}
