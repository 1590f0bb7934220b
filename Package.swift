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
            // The modules are compiled in through Generated/EmbeddedFiles.swift (scripts/embed-resources.py).
            exclude: ["Modules"]
        ),
        .executableTarget(
            name: "ZorgTUI",
            dependencies: [
                "CaseModel",
                "CNcurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "CaseModelTests", dependencies: ["CaseModel"]),
        .testTarget(name: "ZorgTUITests", dependencies: ["ZorgTUI", "CaseModel"]),
        // Runs the built `zorg` as an administrator would, from a shell (the executable is a dependency so that
        // `swift test` builds it first).
        .testTarget(name: "ZorgCLITests", dependencies: ["ZorgTUI", "CaseModel"]),
    ],
    swiftLanguageModes: [.v6]
)
