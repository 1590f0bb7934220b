/// Why a rule file was refused (or a test failed to load): the file, the line (1-based) and the reason.
public struct RuleProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var reason: String

    public init(file: String, line: Int?, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    /// `mantelzorgpremie.yaml:12: unknown key 'treshold'`
    public var description: String {
        if let line { return "\(file):\(line): \(reason)" }
        return "\(file): \(reason)"
    }
}
