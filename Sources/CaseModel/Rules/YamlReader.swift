import Yams

/// Reads YAML nodes of one file and turns every mistake into a `RuleProblem` with that file and the node's line.
struct YamlReader {
    let file: String

    func problem(_ node: Node?, _ reason: String) -> RuleProblem {
        RuleProblem(file: file, line: node?.mark.map { $0.line }, reason: reason)
    }

    /// Parses the text; a syntax error reports the line libyaml gives.
    func root(_ text: String) throws -> Node {
        try checkNesting(text)
        do {
            guard let node = try Yams.compose(yaml: text) else { throw problem(nil, "the file is empty") }
            return node
        } catch let e as RuleProblem {
            throw e
        } catch let e as YamlError {
            switch e {
            case .scanner(_, let p, let mark, _), .parser(_, let p, let mark, _), .composer(_, let p, let mark, _):
                throw RuleProblem(file: file, line: mark.line, reason: "not valid YAML: \(p)")
            default:
                throw RuleProblem(file: file, line: nil, reason: "not valid YAML: \(e)")
            }
        } catch {
            throw RuleProblem(file: file, line: nil, reason: "not valid YAML: \(error)")
        }
    }

    /// Deepest nesting accepted. Yams builds nodes recursively, so a file nested thousands deep (`[[[[…`, or
    /// `- - - - …`) would overflow the stack and kill the program; no rule module comes near this.
    static let maximumNesting = 100

    /// Refuses a file nested deeper than `maximumNesting`, before parsing: flow brackets outside quotes and
    /// comments, and per line the indentation and `- ` / `? ` prefixes that open block levels.
    func checkNesting(_ text: String) throws {
        var depth = 0, line = 1, quote: Character?
        var comment = false, atLineStart = true, prefix = 0
        var previous: Character = "\n"
        for c in text {
            if c == "\n" {
                line += 1
                comment = false
                atLineStart = true
                prefix = 0
                previous = c
                continue
            }
            if atLineStart {
                if c == " " || c == "\t" || c == "-" || c == "?" || c == ":" {
                    prefix += 1
                    if prefix > Self.maximumNesting * 2 {
                        throw RuleProblem(file: file, line: line, reason: "nested too deeply (more than \(Self.maximumNesting) levels)")
                    }
                } else {
                    atLineStart = false
                }
            }
            if comment { previous = c; continue }
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "#" && (previous == " " || previous == "\t" || previous == "\n") {
                comment = true
            } else if (c == "\"" || c == "'") && depth > 0 && " \t[{,:".contains(previous) {
                quote = c
            } else if c == "[" || c == "{" {
                depth += 1
                if depth > Self.maximumNesting {
                    throw RuleProblem(file: file, line: line, reason: "nested too deeply (more than \(Self.maximumNesting) levels)")
                }
            } else if (c == "]" || c == "}") && depth > 0 {
                depth -= 1
            }
            previous = c
        }
    }

    /// A mapping's entries in file order; refuses keys outside `allowed`, duplicate keys and missing `required` keys.
    func mapping(_ node: Node, _ what: String, allowed: [String], required: [String] = []) throws -> [String: Node] {
        guard let m = node.mapping else { throw problem(node, "\(what) must be a mapping (key: value lines)") }
        var out: [String: Node] = [:]
        for (k, v) in m {
            guard let key = k.string else { throw problem(k, "a key in \(what) must be text") }
            guard allowed.contains(key) else {
                throw problem(k, "unknown key '\(key)' in \(what) (expected one of: \(allowed.joined(separator: ", ")))")
            }
            guard out[key] == nil else { throw problem(k, "key '\(key)' appears twice in \(what)") }
            out[key] = v
        }
        for r in required where out[r] == nil { throw problem(node, "\(what) needs '\(r)'") }
        return out
    }

    /// A mapping with free keys (names), in file order.
    func entries(_ node: Node, _ what: String) throws -> [(key: String, keyNode: Node, value: Node)] {
        guard let m = node.mapping else { throw problem(node, "\(what) must be a mapping (name: value lines)") }
        var seen = Set<String>()
        var out: [(String, Node, Node)] = []
        for (k, v) in m {
            guard let key = k.string, !key.isEmpty else { throw problem(k, "a name in \(what) must be text") }
            guard seen.insert(key).inserted else { throw problem(k, "'\(key)' appears twice in \(what)") }
            out.append((key, k, v))
        }
        return out
    }

    func string(_ node: Node, _ what: String) throws -> String {
        guard case .scalar(let s) = node else { throw problem(node, "\(what) must be a single value") }
        return s.string
    }

    func sequence(_ node: Node, _ what: String) throws -> [Node] {
        guard case .sequence(let s) = node else { throw problem(node, "\(what) must be a list (lines starting with '-')") }
        return Array(s)
    }

    func strings(_ node: Node, _ what: String) throws -> [String] {
        var out: [String] = []
        for n in try sequence(node, what) { out.append(try string(n, "an item of \(what)")) }
        return out
    }

    func bool(_ node: Node, _ what: String) throws -> Bool {
        let s = try string(node, what).lowercased()
        if ["ja", "true", "yes"].contains(s) { return true }
        if ["nee", "false", "no"].contains(s) { return false }
        throw problem(node, "\(what) must be ja or nee (true/false), not '\(s)'")
    }

    func day(_ node: Node, _ what: String) throws -> Day {
        let s = try string(node, what)
        guard let d = Day(parsing: s) else { throw problem(node, "\(what) is not a date: '\(s)' (write jjjj-mm-dd)") }
        return d
    }

    /// `{nl: …, en: …}` or a single text used for both languages.
    func text(_ node: Node, _ what: String) throws -> RuleText {
        if case .scalar(let s) = node { return RuleText(nl: s.string) }
        let m = try mapping(node, what, allowed: ["nl", "en"], required: ["nl"])
        return RuleText(nl: try string(m["nl"]!, "\(what).nl"), en: try m["en"].map { (n) throws in try string(n, "\(what).en") })
    }
}
