// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Zorg",
    products: [
        .executable(name: "zorg", targets: ["ZorgTUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        // The ncursesw headers live in /usr/include/ncursesw; pkg-config would add -D flags that SwiftPM
        // refuses with a warning, so the module map names the library itself (see docs/architecture.md).
        .systemLibrary(name: "CNcurses"),
        .target(
            name: "CaseModel",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
            ],
            // The modules, the demo seeds and the letter's defaults are compiled in at build time by the
            // EmbedResources plugin.
            exclude: ["Modules", "Letter/Defaults"],
            plugins: ["EmbedResources"]
        ),
        // Writes EmbeddedFiles.swift for CaseModel from Sources/CaseModel/Modules/ and seeds/, and for ZorgTUI from
        // Sources/ZorgTUI/Localization/Texts/ (docs/architecture.md).
        .executableTarget(name: "EmbedResourcesTool", path: "Plugins/EmbedResourcesTool"),
        .plugin(name: "EmbedResources", capability: .buildTool(), dependencies: ["EmbedResourcesTool"]),
        .executableTarget(
            name: "ZorgTUI",
            dependencies: [
                "CaseModel",
                "CNcurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                // Its libyaml (CYaml) reads the text catalog (Localization/Catalog/CatalogReader.swift).
                .product(name: "Yams", package: "Yams"),
            ],
            // The text catalog (nl.yaml, en.yaml) is compiled in at build time by the EmbedResources plugin.
            exclude: ["Localization/Texts"],
            plugins: ["EmbedResources"]
        ),
        .testTarget(name: "CaseModelTests", dependencies: ["CaseModel"]),
        .testTarget(name: "ZorgTUITests", dependencies: ["ZorgTUI", "CaseModel"]),
        // Runs the built `zorg` as an administrator would, from a shell (the executable is a dependency so that
        // `swift test` builds it first).
        // A test-only writer that the crash and contention tests start and kill (not a product, never shipped).
        .executableTarget(name: "ZorgStress", dependencies: ["CaseModel"], path: "Tests/ZorgStress"),
        .testTarget(name: "ZorgCLITests", dependencies: ["ZorgTUI", "CaseModel", "ZorgStress"]),
    ],
    swiftLanguageModes: [.v6]
)
