/// A letter written out: plain text (wrapped for printing), Markdown, or an HTML page that prints on A4 from a
/// browser. Every text is escaped for its format: a name or an address never becomes markup.
extension LetterDocument {
    public func rendered(_ format: LetterFormat) -> String {
        switch format {
        case .txt: plainText
        case .md: markdown
        case .html: html
        }
    }

    /// Width of a plain-text line: fits a printed A4 page in a monospaced font.
    static let textWidth = 76

    /// Between a label and its value: French puts a space before the colon.
    private var colon: String { language == .fr ? " : " : ": " }

    var plainText: String {
        var out = [title, String(repeating: "=", count: title.count), ""]
        for block in blocks {
            switch block {
            case .heading(let t): out += [t, String(repeating: "-", count: t.count), ""]
            case .subheading(let t): out += ["* " + t, ""]
            case .paragraph(let t): out += Self.wrap(t, first: "", rest: "") + [""]
            case .fields(let fields):
                out += fields.flatMap { Self.wrap($0.value, first: $0.label + colon, rest: "    ") } + [""]
            case .items(let items): out += items.flatMap { Self.wrap($0, first: "- ", rest: "  ") } + [""]
            case .numbered(let items):
                out += items.enumerated().flatMap { Self.wrap($0.element, first: "\($0.offset + 1). ", rest: "   ") } + [""]
            case .lines(let lines): out += lines.flatMap { Self.wrap($0, first: "", rest: "") } + [""]
            }
        }
        return out.joined(separator: "\n")
    }

    var markdown: String {
        var out = ["# " + Self.md(title), ""]
        for block in blocks {
            switch block {
            case .heading(let t): out += ["## " + Self.md(t), ""]
            case .subheading(let t): out += ["### " + Self.md(t), ""]
            case .paragraph(let t): out += [Self.md(t), ""]
            case .fields(let fields): out += fields.map { "- **\(Self.md($0.label))\(colon.dropLast())** \(Self.md($0.value))" } + [""]
            case .items(let items): out += items.map { "- " + Self.md($0) } + [""]
            case .numbered(let items): out += items.enumerated().map { "\($0.offset + 1). " + Self.md($0.element) } + [""]
            // Two spaces at the end of a line keep the lines of an address apart.
            case .lines(let lines): out += lines.map { Self.md($0) + "  " } + [""]
            }
        }
        return out.joined(separator: "\n")
    }

    var html: String {
        var out = ["<!DOCTYPE html>", "<html lang=\"\(language.rawValue)\">", "<head>", "<meta charset=\"utf-8\"/>",
                   "<title>\(Self.html(title))</title>", "<style>", Self.style, "</style>", "</head>", "<body>",
                   "<h1>\(Self.html(title))</h1>"]
        for block in blocks {
            switch block {
            case .heading(let t): out.append("<h2>\(Self.html(t))</h2>")
            case .subheading(let t): out.append("<h3>\(Self.html(t))</h3>")
            case .paragraph(let t): out.append("<p>\(Self.html(t))</p>")
            case .fields(let fields):
                out.append("<dl>")
                for f in fields { out.append("<dt>\(Self.html(f.label))</dt><dd>\(Self.html(f.value))</dd>") }
                out.append("</dl>")
            case .items(let items): out += ["<ul>"] + items.map { "<li>\(Self.html($0))</li>" } + ["</ul>"]
            case .numbered(let items): out += ["<ol>"] + items.map { "<li>\(Self.html($0))</li>" } + ["</ol>"]
            case .lines(let lines): out.append("<p>" + lines.map(Self.html).joined(separator: "<br/>") + "</p>")
            }
        }
        out += ["</body>", "</html>", ""]
        return out.joined(separator: "\n")
    }

    /// A4 paper with room for a punched margin; a right is not split over two pages when it fits on one.
    static let style = """
        @page { size: A4; margin: 20mm 18mm 20mm 25mm; }
        body { font-family: Arial, Helvetica, sans-serif; font-size: 12pt; line-height: 1.45; color: #000; max-width: 170mm; }
        h1 { font-size: 18pt; margin: 0 0 8pt; }
        h2 { font-size: 14pt; margin: 16pt 0 6pt; border-bottom: 1px solid #888; }
        h3 { font-size: 12.5pt; margin: 12pt 0 4pt; page-break-after: avoid; break-after: avoid; }
        dl { display: grid; grid-template-columns: max-content auto; column-gap: 8pt; row-gap: 2pt; margin: 4pt 0; }
        dt { font-weight: bold; }
        dd { margin: 0; }
        ul, ol { margin: 4pt 0 8pt; }
        """

    static func html(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    /// Markdown's own characters taken literally (a name with `*` stays a name).
    static func md(_ text: String) -> String {
        var out = ""
        for c in text {
            if "\\`*[]<>#|".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    /// Words over lines of at most `textWidth`, the first line after `first`, the others after `rest`.
    static func wrap(_ text: String, first: String, rest: String) -> [String] {
        var lines: [String] = []
        var line = first
        var empty = true
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if !empty && line.count + 1 + word.count > textWidth {
                lines.append(line)
                line = rest + word
            } else {
                line += (empty ? "" : " ") + word
            }
            empty = false
        }
        lines.append(line)
        return lines
    }
}
