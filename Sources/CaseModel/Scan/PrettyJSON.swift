import Foundation

/// JSON written as `JSONEncoder` with `.prettyPrinted` and `.sortedKeys` writes it — two spaces a level,
/// `"key" : value`, an empty array or object as `[`, an empty line, `]`, slashes escaped — but straight into
/// one string, without building a tree of values first: the scan's report of 100,000 households is hundreds
/// of thousands of values, which `JSONEncoder` took seconds and a gigabyte for. The caller writes the keys of
/// an object in sorted order and leaves out a key whose value is nil, as the encoder does with an optional.
/// `ScanJSONTests` compares the result with `JSONEncoder`'s.
struct PrettyJSON {
    private(set) var text = ""
    /// Per open array or object: nothing written in it yet.
    private var empty: [Bool] = []

    mutating func openObject() { open("{") }
    mutating func closeObject() { close("}") }
    mutating func openArray() { open("[") }
    mutating func closeArray() { close("]") }

    mutating func key(_ name: String) {
        nextItem()
        string(name)
        text += " : "
    }

    /// Before a value in an array.
    mutating func element() { nextItem() }

    mutating func string(_ s: String) { JSONText.appendQuoted(s, to: &text, asEncoder: true) }

    /// An amount as `JSONEncoder` writes its `Decimal` (`1200`, `1234.5`, `0.05`), without making the `Decimal`
    /// (a division by 100 each time).
    mutating func number(_ m: Money) {
        if m.cents < 0 { text += "-" }
        let cents = m.cents.magnitude
        text += String(cents / 100)
        let fraction = cents % 100
        guard fraction != 0 else { return }
        text += fraction < 10 ? ".0" + String(fraction) : "." + String(fraction % 10 == 0 ? fraction / 10 : fraction)
    }
    mutating func number(_ n: Int) { text += String(n) }
    mutating func bool(_ b: Bool) { text += b ? "true" : "false" }

    /// An array with one object per item, whose keys `body` writes.
    mutating func objects<Items: Sequence>(_ items: Items, _ body: (inout PrettyJSON, Items.Element) -> Void) {
        openArray()
        for item in items {
            element()
            openObject()
            body(&self, item)
            closeObject()
        }
        closeArray()
    }

    mutating func strings(_ list: [String]) {
        openArray()
        for s in list {
            element()
            string(s)
        }
        closeArray()
    }

    private mutating func open(_ bracket: String) {
        text += bracket
        empty.append(true)
    }

    private mutating func close(_ bracket: String) {
        let wasEmpty = empty.removeLast()
        text += wasEmpty ? "\n\n" : "\n"
        indent()
        text += bracket
    }

    private mutating func nextItem() {
        if empty[empty.count - 1] {
            empty[empty.count - 1] = false
            text += "\n"
        } else {
            text += ",\n"
        }
        indent()
    }

    private mutating func indent() { text += String(repeating: "  ", count: empty.count) }
}
