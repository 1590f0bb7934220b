import Foundation
import PackagePlugin

/// Compiles the built-in rule modules (`Sources/CaseModel/Modules/`), the demo seeds (`seeds/`) and the letter's
/// defaults (`Sources/CaseModel/Letter/Defaults/`: the offices of Genk, the questions per fact) into CaseModel
/// at build time, so that `zorg` copied alone onto a server still has them (no resource bundle beside it).
/// The files are the inputs of the build command: changing one regenerates `EmbeddedFiles.swift`.
@main
struct EmbedResources: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let package = context.package.directoryURL
        let modules = package.appending(path: "Sources/CaseModel/Modules")
        let seeds = package.appending(path: "seeds")
        let letter = package.appending(path: "Sources/CaseModel/Letter/Defaults")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        return [.buildCommand(
            displayName: "Embedding the rule modules, the demo seeds and the letter's defaults",
            executable: try context.tool(named: "EmbedResourcesTool").url,
            arguments: [modules.path, seeds.path, letter.path, output.path],
            inputFiles: Self.files(in: modules) + Self.files(in: seeds) + Self.files(in: letter),
            outputFiles: [output])]
    }

    /// Every file under `folder`, so that a change to any of them reruns the command.
    static func files(in folder: URL) -> [URL] {
        guard let walk = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        return walk.compactMap { $0 as? URL }.filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
    }
}
