import Foundation

/// What a user may do in a store (PRODUCT.md §1).
public enum Role: String, Codable, Sendable, CaseIterable, Comparable {
    case volunteer
    case caseworker
    case admin

    public static func < (a: Role, b: Role) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// The contents of `roles.json`: OS user name → role, kept as a plain JSON object so an administrator can read it.
public struct RoleTable: Codable, Hashable, Sendable {
    public var roles: [String: Role]

    public init(_ roles: [String: Role] = [:]) { self.roles = roles }

    public init(from decoder: Decoder) throws {
        roles = try decoder.singleValueContainer().decode([String: Role].self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(roles)
    }

    public func role(of user: String) -> Role? { roles[user] }
}
