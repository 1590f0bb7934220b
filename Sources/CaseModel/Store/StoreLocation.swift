import Foundation

/// Where the case store lives (cli.md, "Common to every command"), worked out from the command line and the
/// environment alone, so that it can be tested without touching the disk.
public struct StoreLocation: Hashable, Sendable {
    public enum Source: String, Sendable {
        case option        // --store DIR
        case environment   // ZORG_STORE
        case service       // /var/lib/zorg
        case userData      // $XDG_DATA_HOME/zorg or ~/.local/share/zorg
        case demo          // the demo store's folder of its own
    }

    public static let serviceStorePath = "/var/lib/zorg"

    public let path: String
    public let source: Source

    public init(path: String, source: Source) {
        self.path = path
        self.source = source
    }

    /// `--store`, else `ZORG_STORE`, else the service store when it exists, else the user's data directory.
    public static func resolve(option: String?, environment: [String: String],
                               serviceStoreExists: Bool) throws -> StoreLocation {
        if let option, !option.isEmpty { return StoreLocation(path: option, source: .option) }
        if let fromEnvironment = environment["ZORG_STORE"], !fromEnvironment.isEmpty {
            return StoreLocation(path: fromEnvironment, source: .environment)
        }
        if serviceStoreExists { return StoreLocation(path: serviceStorePath, source: .service) }
        return StoreLocation(path: try dataDirectory(environment) + "/zorg", source: .userData)
    }

    /// The user's own store folder (`$XDG_DATA_HOME/zorg` or `~/.local/share/zorg`): where `zorg init` makes a
    /// personal store when no `--store` is given.
    public static func userStore(environment: [String: String]) throws -> StoreLocation {
        StoreLocation(path: try dataDirectory(environment) + "/zorg", source: .userData)
    }

    /// The demo store's own folder: never the service store, never the user's real store.
    public static func demo(environment: [String: String]) throws -> StoreLocation {
        StoreLocation(path: try dataDirectory(environment) + "/zorg-demo", source: .demo)
    }

    /// `$XDG_DATA_HOME` when it is an absolute path (the XDG rule), else `$HOME/.local/share`.
    static func dataDirectory(_ environment: [String: String]) throws -> String {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return trimmed(xdg) }
        guard let home = environment["HOME"], !home.isEmpty else { throw StoreError.noHomeDirectory }
        return trimmed(home) + "/.local/share"
    }

    private static func trimmed(_ path: String) -> String {
        var p = path
        while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
        return p
    }
}
