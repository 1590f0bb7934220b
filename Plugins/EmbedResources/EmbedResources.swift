import Foundation
import PackagePlugin

/// Compiles data files into a target at build time, so that `zorg` copied alone onto a server still has them (no
/// resource bundle beside it): for CaseModel the built-in rule modules (`Sources/CaseModel/Modules/`) and the demo
/// seeds (`seeds/`) and the letter's defaults (`Sources/CaseModel/Letter/Defaults/`: Genk's offices, the
/// questions per fact), for ZorgTUI the text catalog of the screens (`Sources/ZorgTUI/Localization/Texts/`).
/// The files are the inputs of the build command: changing one regenerates that target's `EmbeddedFiles.swift`.
@main
struct EmbedResources: BuildToolPlugin {
    /// Each target's folders by the name the generated `EmbeddedFiles` gives them (paths from the package root).
    static let folders: [String: [(name: String, path: String)]] = [
        "CaseModel": [("modules", "Sources/CaseModel/Modules"), ("seeds", "seeds"), ("letter", "Sources/CaseModel/Letter/Defaults")],
        "ZorgTUI": [("texts", "Sources/ZorgTUI/Localization/Texts")],
    ]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let folders = Self.folders[target.name] else {
            throw PluginError("EmbedResources has no folders for target \(target.name); add them to EmbedResources.folders")
        }
        let package = context.package.directoryURL
        let urls = folders.map { (name: $0.name, url: package.appending(path: $0.path)) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        return [.buildCommand(
            displayName: "Embedding \(folders.map(\.path).joined(separator: " and ")) into \(target.name)",
            executable: try context.tool(named: "EmbedResourcesTool").url,
            arguments: [output.path] + urls.map { "\($0.name)=\($0.url.path)" },
            inputFiles: urls.flatMap { Self.files(in: $0.url) },
            outputFiles: [output])]
    }

    /// Every file under `folder`, so that a change to any of them reruns the command.
    static func files(in folder: URL) -> [URL] {
        guard let walk = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        return walk.compactMap { $0 as? URL }.filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
    }
}

struct PluginError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
