extension ImportPlan {
    /// The rejected rows in full, in the input's encoding, delimiter and line ends, under the input's header
    /// plus a `reden` column: ready to fix and import again. Nil when no row was rejected. The caller writes it
    /// with permissions 0600 (it holds personal data unmasked).
    public func rejectsFile(language: ImportLanguage = .nl) -> [UInt8]? {
        guard let source = rejectsSource, !source.rejected.isEmpty else { return nil }
        let writer = CSVWriter(delimiter: source.delimiter, lineEnd: source.usesCRLF ? "\r\n" : "\n")
        var text = ""
        if source.hadSeparatorLine { text += "sep=\(source.delimiter.rawValue)" + writer.lineEnd }
        let width = source.header.count
        text += writer.line(source.header + ["reden"])
        for (record, issues) in source.rejected {
            var fields = record.fields
            if fields.count < width { fields += Array(repeating: "", count: width - fields.count) }
            text += writer.line(fields + [issues.map { $0.shortMessage(language: language) }.joined(separator: "; ")])
        }
        return source.encoding.preamble + source.encoding.encode(text)
    }
}
