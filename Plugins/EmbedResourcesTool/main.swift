import Foundation

// Writes EmbeddedFiles.swift: for each NAME=FOLDER, a table `NAME` of that folder's files by relative path, as
// base64 string literals (bytes kept exact, whatever their encoding: a Windows-1252 sample file stays one).
// Run by the EmbedResources build-tool plugin: `EmbedResourcesTool OUTPUT NAME=FOLDER [NAME=FOLDER …]`.

let arguments = Array(CommandLine.arguments.dropFirst())
let tables = arguments.dropFirst().map { $0.split(separator: "=", maxSplits: 1).map(String.init) }
guard let output = arguments.first, !tables.isEmpty, tables.allSatisfy({ $0.count == 2 && !$0[0].isEmpty }) else {
    FileHandle.standardError.write(Data("usage: EmbedResourcesTool OUTPUT NAME=FOLDER [NAME=FOLDER …]\n".utf8))
    exit(2)
}

/// Files under `folder` by path relative to it, sorted; hidden files and Markdown (documentation) left out.
func collect(_ folder: String) throws -> [(String, Data)] {
    let root = URL(fileURLWithPath: folder)
    var files: [(String, Data)] = []
    guard let walk = FileManager.default.enumerator(atPath: folder) else { return [] }
    for case let relative as String in walk {
        let name = (relative as NSString).lastPathComponent
        if name.hasPrefix(".") || name.hasSuffix(".md") { continue }
        let url = root.appendingPathComponent(relative)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
        files.append((relative, try Data(contentsOf: url)))
    }
    return files.sorted { $0.0 < $1.0 }
}

var lines = [
    "// Generated at build time by the EmbedResources plugin (Plugins/EmbedResources).",
    "",
    "enum EmbeddedFiles {",
]
for table in tables {
    let (key, folder) = (table[0], table[1])
    lines.append("    /// Files of the \(key) folder by relative path, base64-encoded.")
    let files = try collect(folder)
    if files.isEmpty {
        lines.append("    static let \(key): [String: String] = [:]")
        continue
    }
    lines.append("    static let \(key): [String: String] = [")
    for (relative, data) in files {
        let quoted = relative.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        lines.append("        \"\(quoted)\": \"\(data.base64EncodedString())\",")
    }
    lines.append("    ]")
}
lines.append("}")
let text = Data((lines.joined(separator: "\n") + "\n").utf8)
// Written only when it changed, so that an unchanged module does not recompile CaseModel.
if (try? Data(contentsOf: URL(fileURLWithPath: output))) != text {
    try text.write(to: URL(fileURLWithPath: output), options: .atomic)
}
