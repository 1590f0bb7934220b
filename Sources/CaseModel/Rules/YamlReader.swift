import CYaml
import Yams

/// Reads YAML nodes of one file and turns every mistake into a `RuleProblem` with that file and the node's line.
struct YamlReader {
    let file: String

    func problem(_ node: Node?, _ reason: String) -> RuleProblem {
        RuleProblem(file: file, line: node?.mark.map { $0.line }, reason: reason)
    }

    /// Parses the text; a syntax error reports the line libyaml gives. The text is first read by
    /// `checkStructure`, so no file can make Yams (which builds nodes recursively) run out of stack.
    func root(_ text: String) throws -> Node {
        try checkStructure(text)
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

    /// Deepest nesting of lists and mappings accepted. Yams builds nodes recursively, so a file nested
    /// thousands deep (`[[[[…`, `- - - …`, or such nesting hidden behind a quote) would overflow the stack and
    /// kill the program. The built-in modules and their tests go 7 levels deep (docs/rules.md).
    static let maximumNesting = 32
    /// Largest file accepted: the largest built-in module is about 12 kB.
    static let maximumBytes = 1_000_000

    /// Refuses, before Yams sees it, a file larger than `maximumBytes`, nested deeper than `maximumNesting`, or
    /// using an alias (`*name`: a few lines of aliases can stand for millions of nodes, and no module needs
    /// them). The nesting is counted on libyaml's own events — the parser Yams uses, which keeps its state on the
    /// heap — so quotes, block scalars and comments are read exactly as Yams will read them. A syntax error
    /// ends the scan: Yams stops at the same place and reports it. Returns the deepest nesting met.
    @discardableResult
    func checkStructure(_ text: String) throws -> Int {
        let size = text.utf8.count
        guard size <= Self.maximumBytes else {
            throw RuleProblem(file: file, line: nil, reason: "too large: \(size) bytes (at most \(Self.maximumBytes))")
        }
        var bytes = Array(text.utf8)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw RuleProblem(file: file, line: nil, reason: "not valid YAML: the YAML reader could not start")
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        return try bytes.withUnsafeMutableBufferPointer { buffer -> Int in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var depth = 0, deepest = 0
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                let line = Int(event.start_mark.line) + 1
                switch event.type {
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    depth += 1
                    deepest = max(deepest, depth)
                    if depth > Self.maximumNesting {
                        throw RuleProblem(file: file, line: line, reason: "nested too deeply (more than \(Self.maximumNesting) levels)")
                    }
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    depth -= 1
                case YAML_ALIAS_EVENT:
                    throw RuleProblem(file: file, line: line, reason: "an alias (*name) is not allowed in a rule file; write the value out")
                case YAML_STREAM_END_EVENT:
                    return deepest
                default:
                    break
                }
            }
            return deepest
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
