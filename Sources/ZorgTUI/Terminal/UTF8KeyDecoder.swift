/// Turns the bytes a terminal sends into characters, and says when they are not UTF-8. ncurses' own wide-char
/// reading drops the valid keys that follow a bad byte (after a Latin-1 "é", the next two letters are gone);
/// this decoder starts again at the first byte that cannot continue the sequence, so only the bad bytes are lost.
struct UTF8KeyDecoder: Sendable {
    enum Step: Equatable, Sendable {
        /// A whole character.
        case scalar(Unicode.Scalar)
        /// A sequence has begun; feed the next byte.
        case needMore
        /// The bytes so far were not UTF-8 and are dropped. With `retry`, the byte just fed did not belong to
        /// the broken sequence: feed it again as the start of something new.
        case invalid(retry: Bool)
    }

    private var value: UInt32 = 0
    private var remaining = 0
    private var lowest: UInt32 = 0  // the smallest value the sequence's length may encode (no overlong forms)

    var isInSequence: Bool { remaining > 0 }

    mutating func feed(_ byte: UInt8) -> Step {
        if remaining > 0 {
            guard byte & 0xC0 == 0x80 else {
                remaining = 0
                return .invalid(retry: true)
            }
            value = value << 6 | UInt32(byte & 0x3F)
            remaining -= 1
            if remaining > 0 { return .needMore }
            guard value >= lowest, let scalar = Unicode.Scalar(value) else { return .invalid(retry: false) }
            return .scalar(scalar)
        }
        switch byte {
        case 0x00...0x7F: return .scalar(Unicode.Scalar(byte))
        case 0xC2...0xDF: start(UInt32(byte & 0x1F), more: 1, lowest: 0x80)
        case 0xE0...0xEF: start(UInt32(byte & 0x0F), more: 2, lowest: 0x800)
        case 0xF0...0xF4: start(UInt32(byte & 0x07), more: 3, lowest: 0x10000)
        default: return .invalid(retry: false)  // a stray continuation byte, C0/C1 (overlong) or F5–FF
        }
        return .needMore
    }

    /// The rest of a sequence did not come in time: what was begun is dropped.
    mutating func timedOut() -> Step {
        remaining = 0
        return .invalid(retry: false)
    }

    private mutating func start(_ bits: UInt32, more: Int, lowest: UInt32) {
        value = bits
        remaining = more
        self.lowest = lowest
    }
}
