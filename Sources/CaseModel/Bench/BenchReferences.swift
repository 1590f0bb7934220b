import Foundation

/// The references `zorg bench` measures in the same run as its figures (issue 17.5), so that each figure can be
/// read as a ratio on a machine whose speed changes with what else runs on it. They use the store's own file
/// primitives (`PosixFileSystem`, `AtomicFile`), so the floor is what the store could at best do with them.
extension CaseloadBench {
    /// Reading the generated client CSV once, into memory.
    func csvRead() throws -> BenchFigure {
        var runs: [Double] = []
        let meter = BenchMeter()
        var bytes = 0
        for _ in 0..<5 {
            runs.append(try meter.time { bytes = try Data(contentsOf: URL(fileURLWithPath: csvPath)).count })
        }
        return BenchFigure(step: .csvRead, runs: runs, cpuRuns: meter.cpu, items: 1, note: "\(bytes / 1000) kB")
    }

    /// One durable save of one file the size of a dossier: written beside its name, flushed, renamed, the
    /// folder flushed — what a dossier save costs the disk, without the store's own work.
    func fileSave() throws -> BenchFigure {
        let size = try dossierFileSize()
        let target = folder + "/ref-save"
        let files = try PosixFileSystem().anchored(at: try fresh(target))
        defer { try? FileManager.default.removeItem(atPath: target) }
        let atomic = AtomicFile(fileSystem: files, mode: 0o600, group: nil)
        var runs: [Double] = []
        let meter = BenchMeter()
        for n in 0..<20 {
            let data = Data(repeating: UInt8(ascii: "a") + UInt8(n % 26), count: size)
            runs.append(try meter.time { try atomic.write(data, to: target + "/dossier.json") })
        }
        return BenchFigure(step: .fileSave, runs: runs, cpuRuns: meter.cpu, items: 1, note: "\(size) bytes")
    }

    /// The floor of an import: as many files as the import of the client CSV writes dossiers, each the size of
    /// an average dossier, created and written under a temporary name and renamed, then one flush of the file
    /// system (`FileSystem.sync`) — no encoding, no checks, no audit.
    func importFloor() throws -> BenchFigure {
        let size = try dossierFileSize()
        let count = Int(String(decoding: try Data(contentsOf: URL(fileURLWithPath: csvHouseholdsPath)), as: UTF8.self)) ?? households
        let data = Data(repeating: UInt8(ascii: "x"), count: size)
        var runs: [Double] = []
        let meter = BenchMeter()
        // Removed after all runs, as the import figure does (ext4 creates files slowly just after many deletions).
        var targets: [String] = []
        defer { for t in targets { try? FileManager.default.removeItem(atPath: t) } }
        for attempt in 0..<3 {
            let target = folder + "/ref-import-\(attempt)"
            targets.append(target)
            let files = try PosixFileSystem().anchored(at: try fresh(target))
            runs.append(try meter.time {
                var written: [String] = []
                written.reserveCapacity(count)
                for n in 0..<count {
                    let path = target + "/\(n).json"
                    try files.createFile(path + ".tmp", data: data, mode: 0o600, group: nil, sync: false)
                    try files.rename(path + ".tmp", to: path)
                    written.append(path)
                }
                try files.sync(written)
            })
        }
        return BenchFigure(step: .importFloor, runs: runs, cpuRuns: meter.cpu, items: count,
                           note: "\(count) bestanden van \(size) bytes")
    }

    /// The average size of the store's dossier files (at most the first 2,000).
    private func dossierFileSize() throws -> Int {
        let folder = storePath + "/dossiers"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }.prefix(2000)
        let sizes = try names.map { try FileManager.default.attributesOfItem(atPath: folder + "/" + $0)[.size] as? Int ?? 0 }
        return max(1, sizes.reduce(0, +) / max(1, sizes.count))
    }

    /// An empty folder at `path` (a leftover of an earlier run removed first).
    private func fresh(_ path: String) throws -> String {
        try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
