import CaseModel
import CYaml

extension TextCatalog {
    /// Reads a catalog file: a mapping of sections, each a mapping of names to a text, or to a mapping of plural
    /// forms (`one:`, `other:`) to texts. Every text's placeholders must be well formed (`{name}`). A mistake is a
    /// `RuleProblem` naming the file, the line and what is wrong.
    ///
    /// The file is read from libyaml's events (the parser Yams uses) in one pass, without building Yams' tree of
    /// nodes: the catalog is read when the first screen is drawn, and this keeps that to about a millisecond.
    static func read(_ text: String, file: String) throws -> TextCatalog {
        var bytes = Array(text.utf8)
        return try bytes.withUnsafeMutableBufferPointer { buffer in
            try CatalogShape(events: try YamlEvents(buffer, file: file), file: file).catalog()
        }
    }
}

/// The shape of a catalog, read event by event: sections, names, a text or its plural forms.
private struct CatalogShape {
    let events: YamlEvents
    let file: String

    func problem(_ line: Int?, _ reason: String) -> RuleProblem { RuleProblem(file: file, line: line, reason: reason) }

    func catalog() throws -> TextCatalog {
        var sections: [String: [String: TextCatalog.Entry]] = [:]
        let root = try events.next()
        if case .end = root.event { throw problem(nil, "the file is empty") }
        try mapping(root, "the catalog") { section, line in
            guard sections[section] == nil else { throw problem(line, "'\(section)' appears twice in the catalog") }
            var entries: [String: TextCatalog.Entry] = [:]
            try mapping(try events.next(), "section \(section)") { name, line in
                guard entries[name] == nil else { throw problem(line, "'\(name)' appears twice in section \(section)") }
                entries[name] = try entry(try events.next(), "\(section).\(name)")
            }
            sections[section] = entries
        }
        let rest = try events.next()
        guard case .end = rest.event else { throw problem(rest.line, "the catalog is one mapping of sections; this is after its end") }
        return TextCatalog(sections: sections)
    }

    /// A mapping's keys, each given to `key` (which reads the value after it), until the mapping ends.
    func mapping(_ start: YamlEvents.Located, _ what: String, _ key: (String, Int) throws -> Void) throws {
        guard case .mappingStart = start.event else { throw problem(start.line, "\(what) must be a mapping (name: text lines)") }
        while true {
            let item = try events.next()
            switch item.event {
            case .mappingEnd: return
            case .scalar(let name) where !name.isEmpty: try key(name, item.line)
            default: throw problem(item.line, "a name in \(what) must be text")
            }
        }
    }

    func entry(_ value: YamlEvents.Located, _ what: String) throws -> TextCatalog.Entry {
        if case .scalar(let text) = value.event { return .text(try checked(text, value.line, what)) }
        guard case .mappingStart = value.event else { throw problem(value.line, "\(what) must be a text\(Self.quoteHint)") }
        var forms: [PluralForm: String] = [:]
        try mapping(value, what) { name, line in
            guard let form = PluralForm(rawValue: name) else {
                let known = PluralForm.allCases.map(\.rawValue).joined(separator: ", ")
                throw problem(line, "\(what): '\(name)' is no plural form (\(known))\(Self.quoteHint)")
            }
            guard forms[form] == nil else { throw problem(line, "'\(name)' appears twice in \(what)") }
            let text = try events.next()
            guard case .scalar(let value) = text.event else { throw problem(text.line, "\(what).\(name) must be a text\(Self.quoteHint)") }
            forms[form] = try checked(value, text.line, "\(what).\(name)")
        }
        guard forms[.other] != nil else { throw problem(value.line, "\(what) has plural forms but no 'other'") }
        return .plural(forms)
    }

    /// The usual cause of a text read as something else.
    static let quoteHint = "; a text that begins with { [ * & ! or holds ': ' goes between quotes"

    func checked(_ text: String, _ line: Int, _ what: String) throws -> String {
        if let wrong = Placeholders.problem(in: text) { throw problem(line, "\(what): \(wrong)") }
        return text
    }
}

/// libyaml's parser over UTF-8 bytes, giving the events a catalog is made of with their lines. A syntax error or
/// an alias (`*name`) is a `RuleProblem`.
private final class YamlEvents {
    enum Event { case mappingStart, mappingEnd, scalar(String), other, end }
    struct Located { var event: Event; var line: Int }

    private let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    let file: String

    init(_ bytes: UnsafeMutableBufferPointer<UInt8>, file: String) throws {
        self.file = file
        // When this throws, `deinit` still runs (every property is set) and frees the parser.
        guard yaml_parser_initialize(parser) == 1 else {
            throw RuleProblem(file: file, line: nil, reason: "not valid YAML: the YAML reader could not start")
        }
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
    }

    /// The next event that says something: the stream's and the document's start and end are passed over.
    func next() throws -> Located {
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(parser, &event) == 1 else {
                let reason = parser.pointee.problem.map { String(cString: $0) } ?? "unreadable"
                throw RuleProblem(file: file, line: Int(parser.pointee.problem_mark.line) + 1, reason: "not valid YAML: \(reason)")
            }
            defer { yaml_event_delete(&event) }
            let line = Int(event.start_mark.line) + 1
            switch event.type {
            case YAML_STREAM_START_EVENT, YAML_DOCUMENT_START_EVENT, YAML_DOCUMENT_END_EVENT: continue
            case YAML_STREAM_END_EVENT: return Located(event: .end, line: line)
            case YAML_MAPPING_START_EVENT: return Located(event: .mappingStart, line: line)
            case YAML_MAPPING_END_EVENT: return Located(event: .mappingEnd, line: line)
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                return Located(event: .scalar(text), line: line)
            case YAML_ALIAS_EVENT:
                throw RuleProblem(file: file, line: line, reason: "an alias (*name) is not allowed in a catalog; write the text out")
            default: return Located(event: .other, line: line)
            }
        }
    }
}
