import Testing
@testable import ZorgTUI

/// The decoder behind the real terminal's keys: valid UTF-8 becomes characters, anything else is reported and
/// dropped, and the key after a broken sequence is kept.
@Suite struct UTF8KeyDecoderTests {
    /// Feeds bytes as the terminal loop does (a retried byte is fed again) and lists what came out.
    private func decode(_ bytes: [UInt8]) -> [String] {
        var decoder = UTF8KeyDecoder()
        var out: [String] = []
        var i = 0
        while i < bytes.count {
            switch decoder.feed(bytes[i]) {
            case .scalar(let s): out.append(String(Character(s))); i += 1
            case .needMore: i += 1
            case .invalid(let retry):
                out.append("?")
                if !retry { i += 1 }
            }
        }
        if decoder.isInSequence, decoder.timedOut() == .invalid(retry: false) { out.append("?") }
        return out
    }

    @Test func validTextComesThroughWhole() {
        #expect(decode(Array("Yılmaz Ayşe €5 😀".utf8)).joined() == "Yılmaz Ayşe €5 😀")
    }

    @Test func aLatin1LetterIsDroppedAndTheLettersAfterItAreKept() {
        // "é" in Latin-1 is 0xE9, the start of a three-byte sequence: "il" must not be eaten by it.
        #expect(decode([0xE9] + Array("ilu".utf8)) == ["?", "i", "l", "u"])
    }

    @Test func strayOverlongSurrogateAndOutOfRangeBytesAreEachReported() {
        #expect(decode([0x80]) == ["?"])                      // a continuation byte alone
        #expect(decode([0xC0, 0xAF]) == ["?", "?"])          // overlong "/": C0 is never valid, AF then stray
        #expect(decode([0xE0, 0x80, 0xAF]) == ["?"])         // overlong three-byte form
        #expect(decode([0xED, 0xA0, 0x80]) == ["?"])         // a UTF-16 surrogate
        #expect(decode([0xF4, 0x90, 0x80, 0x80]) == ["?"])   // above U+10FFFF
        #expect(decode([0xFF, 0xFE, 0x41]) == ["?", "?", "A"])
    }

    @Test func aSequenceCutOffIsReportedWhenTheRestDoesNotCome() {
        #expect(decode([0xE2, 0x82]) == ["?"])
        #expect(decode([0xC3, 0x41]) == ["?", "A"])
    }
}

@Suite struct InvalidInputMessageTests {
    @Test func droppedInputIsSaidOnTheFlashLine() {
        var d = Driver(Fixture.state())
        d.send(.invalidInput)
        #expect(d.text.contains("Invoer genegeerd: geen UTF-8"))
        #expect(d.state.caseload.visible.count == 5)
    }
}
