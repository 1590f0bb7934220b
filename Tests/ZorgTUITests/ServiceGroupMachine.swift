import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A server set up as docs/security.md says: a service group that no person is a member of, `zorg` (a release
/// build with the Swift runtime linked in) installed set-group-id to it, and two people outside the group — a
/// caseworker (the store's first administrator) and a volunteer. Everything has a unique name and is removed
/// afterwards. Needs root (to add users and to switch to them with `setpriv`).
final class ServiceGroupMachine {
    struct Person {
        let name: String
        let uid: uid_t
        let gid: gid_t
        let home: String
    }

    /// Why the test cannot run here, or nil when it can.
    static let unavailable: String? = {
        if getuid() != 0 { return "needs root (to make users and a group and to switch to them)" }
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        if status.split(separator: "\n").contains(where: { $0.hasPrefix("NoNewPrivs:") && $0.hasSuffix("1") }) {
            return "runs under no_new_privs: a set-group-id bit would be ignored"
        }
        var fs = statvfs()
        if statvfs(NSTemporaryDirectory(), &fs) == 0 && (fs.f_flag & UInt(ST_NOSUID)) != 0 {
            return "the temporary folder is on a nosuid mount: a set-group-id bit would be ignored"
        }
        for tool in ["/usr/bin/setpriv", "/usr/sbin/useradd", "/usr/sbin/groupadd", "/usr/sbin/userdel", "/usr/sbin/groupdel"]
        where !FileManager.default.isExecutableFile(atPath: tool) {
            return "\(tool) is not installed"
        }
        return nil
    }()

    let work: String
    let group: String
    let groupID: gid_t
    let caseworker: Person
    let volunteer: Person
    /// The installed set-group-id `zorg`.
    let zorg: String
    /// The shared store.
    var store: String { work + "/store" }

    init() throws {
        let tag = String(UInt32.random(in: 0...UInt32.max), radix: 36)
        work = NSTemporaryDirectory() + "zorg-sgid-" + tag
        group = "zsvc" + tag
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o755])
        try Self.must("/usr/sbin/groupadd", [group])
        guard let entry = getgrnam(group) else { throw Failure("group \(group) was not made") }
        groupID = entry.pointee.gr_gid
        caseworker = try Self.person("zcw" + tag, work: work)
        volunteer = try Self.person("zvo" + tag, work: work)
        // The install of docs/security.md: `install -g zorg -m 2755`.
        let bin = work + "/bin"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        zorg = bin + "/zorg"
        try Self.must("/usr/bin/install", ["-g", group, "-m", "2755", try Self.staticBinary(), zorg])
    }

    func remove() {
        for person in [caseworker, volunteer] { _ = try? Subprocess.run("/usr/sbin/userdel", [person.name], environment: [:]) }
        _ = try? Subprocess.run("/usr/sbin/groupdel", [group], environment: [:])
        try? FileManager.default.removeItem(atPath: work)
    }

    private static func person(_ name: String, work: String) throws -> Person {
        try must("/usr/sbin/useradd", ["-M", "-N", "-s", "/bin/sh", name])
        guard let entry = getpwnam(name) else { throw Failure("user \(name) was not made") }
        let home = work + "/home-" + name
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        chown(home, entry.pointee.pw_uid, entry.pointee.pw_gid)
        return Person(name: name, uid: entry.pointee.pw_uid, gid: entry.pointee.pw_gid, home: home)
    }

    /// `zorg ARGS` as `person` (real user and group switched, no supplementary groups, umask 077), in their home.
    func zorg(as person: Person, _ arguments: [String]) throws -> Subprocess.Result {
        try shell(as: person, "exec \"$0\" \"$@\"", [zorg] + arguments)
    }

    /// A shell command as `person`; `$0`, `$1`, … are `arguments`. `inServiceGroup` makes the person a member
    /// of the service group for this command (the set-up docs/security.md advises against).
    func shell(as person: Person, _ command: String, _ arguments: [String] = [],
               inServiceGroup: Bool = false) throws -> Subprocess.Result {
        let groups = inServiceGroup ? "--groups=\(groupID)" : "--clear-groups"
        return try Subprocess.run("/usr/bin/setpriv", ["--reuid=\(person.uid)", "--regid=\(person.gid)", groups, "--",
                                                "/bin/sh", "-c", "umask 077; cd \"$HOME\"; " + command] + (arguments.isEmpty ? ["sh"] : arguments),
                           environment: ["HOME": person.home, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
                                         "USER": "root", "LOGNAME": "root"])
    }

    /// The pane command that runs the TUI as `person` (for tmux).
    func terminalCommand(as person: Person, _ arguments: [String]) -> String {
        "/usr/bin/setpriv --reuid=\(person.uid) --regid=\(person.gid) --clear-groups -- /usr/bin/env HOME='\(person.home)' "
            + "/bin/sh -c \"umask 077; exec '\(zorg)' \(arguments.map { "'\($0)'" }.joined(separator: " "))\"; s=$?; echo; echo EXIT=$s; sleep 30"
    }

    // MARK: - The release build with the Swift runtime linked in

    /// `swift build -c release --static-swift-stdlib` into `.build-static`, reused while it is newer than every
    /// source file (a set-group-id program must not look for its Swift libraries on a path someone could set).
    static func staticBinary() throws -> String {
        let root = ZorgRepository.root
        let binary = root + "/.build-static/release/zorg"
        if let built = modified(binary), newestSource(root) < built { return binary }
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = (environment["PATH"] ?? "") + ":/opt/swift/usr/bin:/usr/bin:/bin"
        let result = try Subprocess.run("/usr/bin/env", ["swift", "build", "--package-path", root, "-c", "release",
                                                         "--static-swift-stdlib", "--product", "zorg",
                                                         "--scratch-path", root + "/.build-static"], environment: environment)
        guard result.status == 0, FileManager.default.isExecutableFile(atPath: binary) else {
            throw Failure("the static release build failed:\n" + result.output.suffix(3000))
        }
        return binary
    }

    private static func modified(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }

    private static func newestSource(_ root: String) -> Date {
        var newest = modified(root + "/Package.swift") ?? .distantFuture
        let sources = root + "/Sources"
        for case let file as String in FileManager.default.enumerator(atPath: sources) ?? NSEnumerator() {
            if let date = modified(sources + "/" + file), date > newest { newest = date }
        }
        return newest
    }

    @discardableResult
    private static func must(_ tool: String, _ arguments: [String]) throws -> String {
        let result = try Subprocess.run(tool, arguments, environment: ["PATH": "/usr/sbin:/usr/bin:/sbin:/bin"])
        guard result.status == 0 else { throw Failure("\(tool) \(arguments.joined(separator: " ")): \(result.output)") }
        return result.output
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    // MARK: - What the store looks like

    /// Every file and folder of the store whose mode or group is not the shared store's (folders 2770, files 0660,
    /// group the service group), as "path: mode group".
    func strayModes() -> [String] {
        var stray: [String] = []
        func check(_ path: String) {
            var st = stat()
            guard lstat(path, &st) == 0 else { return }
            let mode = st.st_mode & 0o7777
            let isFolder = (st.st_mode & S_IFMT) == S_IFDIR
            let expected: mode_t = isFolder ? 0o2770 : 0o660
            if mode != expected || st.st_gid != groupID || (st.st_mode & S_IFMT) == S_IFLNK {
                stray.append("\(path.dropFirst(store.count)): \(String(mode, radix: 8)) gid \(st.st_gid)")
            }
            if isFolder, let names = try? FileManager.default.contentsOfDirectory(atPath: path) {
                for name in names { check(path + "/" + name) }
            }
        }
        check(store)
        return stray
    }
}

/// Files of this repository (seeds, samples), found from this source file.
enum ZorgRepository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    static func file(_ relative: String) -> String { root + "/" + relative }
}
