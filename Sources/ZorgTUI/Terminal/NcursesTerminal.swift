import CNcurses

/// The real terminal, through ncursesw. The only file that imports CNcurses.
final class NcursesTerminal: Terminal {
    private var attributes: [Style: attr_t] = [:]
    private var stopped = false
    private var decoder = UTF8KeyDecoder()
    /// A byte that ended a broken sequence and starts the next key.
    private var pushedBack: UInt8?

    /// Checks the terminal and takes over the screen. Nothing is drawn when it throws, so the caller can print
    /// a plain message on a terminal that is left as it was.
    init(colors wantColors: Bool) throws(TerminalStartProblem) {
        _ = zorg_setlocale_all()
        let term = ProcessEnvironment.value("TERM") ?? ""
        switch Int(zorg_check_terminal()) {
        case Int(ZORG_TERM_NOT_A_TTY): throw .notATerminal
        case Int(ZORG_TERM_UNSET): throw .termUnset
        case Int(ZORG_TERM_UNKNOWN): throw .unknownTerminal(term)
        case Int(ZORG_TERM_NO_CURSOR_ADDRESSING): throw .noCursorAddressing(term)
        default: break
        }
        zorg_install_signal_handlers()
        guard zorg_start_screen() != 0 else { throw .cannotStart }
        raw()  // Ctrl-C and Ctrl-Z arrive as keys: the app decides, and always restores the terminal itself
        noecho()
        nonl()
        keypad(zorg_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        attributes = Self.makeAttributes(colors: wantColors && has_colors())
    }

    deinit { stop() }

    /// Gives the terminal back (endwin). Safe to call more than once.
    func stop() {
        guard !stopped else { return }
        stopped = true
        curs_set(1)
        zorg_stop_screen()
    }

    var size: TerminalSize { TerminalSize(rows: Int(zorg_lines()), columns: Int(zorg_cols())) }

    func clear() { erase() }

    func draw(_ text: String, row: Int, column: Int, style: Style) {
        var wide: [wchar_t] = text.unicodeScalars.map { InertText.isControl($0) ? wchar_t(63) : wchar_t(bitPattern: $0.value) }
        let count = Int32(wide.count)
        wide.append(0)
        _ = zorg_draw(Int32(row), Int32(column), &wide, count, attributes[style] ?? 0)
    }

    func refresh() { wrefresh(zorg_stdscr()) }

    func pendingEvent() -> InputEvent? { readEvent(timeoutMilliseconds: 0) }

    func readEvent(timeoutMilliseconds: Int) -> InputEvent? {
        if zorg_pending_stop_signal() != 0 { return .terminate }
        var timeout = Int32(timeoutMilliseconds)
        while true {
            let byte: UInt8
            if let pushed = pushedBack {
                pushedBack = nil
                byte = pushed
            } else {
                var isFunctionKey: Int32 = 0
                var code: UInt32 = 0
                guard zorg_read_byte(timeout, &isFunctionKey, &code) != 0 else {
                    if zorg_pending_stop_signal() != 0 { return .terminate }
                    // The terminal went away (hang-up without a signal): leave as if told to stop.
                    if zorg_input_hung_up() != 0 { return .terminate }
                    // The rest of a character did not come: what was begun was not UTF-8.
                    if decoder.isInSequence { _ = decoder.timedOut(); return .invalidInput }
                    return nil
                }
                if isFunctionKey != 0 {
                    if decoder.isInSequence { _ = decoder.timedOut() }
                    if Int32(code) == zorg_key_resize() { return .resize(size) }
                    return .key(Self.functionKey(Int32(code)))
                }
                byte = UInt8(truncatingIfNeeded: code)
            }
            switch decoder.feed(byte) {
            case .scalar(let scalar): return .key(Self.characterKey(scalar.value))
            case .needMore: timeout = 50  // the bytes of one character arrive together
            case .invalid(let retry):
                if retry { pushedBack = byte }
                return .invalidInput
            }
        }
    }

    private static func functionKey(_ code: Int32) -> Key {
        switch code {
        case zorg_key_up(): .up
        case zorg_key_down(): .down
        case zorg_key_left(): .left
        case zorg_key_right(): .right
        case zorg_key_ppage(): .pageUp
        case zorg_key_npage(): .pageDown
        case zorg_key_home(): .home
        case zorg_key_end(): .end
        case zorg_key_enter(): .enter
        case zorg_key_backspace(): .backspace
        case zorg_key_dc(): .delete
        case zorg_key_btab(): .backTab
        default: .other(UInt32(bitPattern: code))
        }
    }

    private static func characterKey(_ code: UInt32) -> Key {
        switch code {
        case 3: .interrupt
        case 9: .tab
        case 10, 13: .enter
        case 27: .escape
        case 8, 127: .backspace
        case 0..<32: .other(code)
        default: Unicode.Scalar(code).map { .character(Character($0)) } ?? .other(code)
        }
    }

    /// Colour pairs for the roles, or bold/reverse only (monochrome, NO_COLOR, or a terminal without colours).
    private static func makeAttributes(colors: Bool) -> [Style: attr_t] {
        var a: [Style: attr_t] = [
            .normal: 0,
            .title: zorg_a_reverse() | zorg_a_bold(),
            .header: zorg_a_bold() | zorg_a_underline(),
            .selected: zorg_a_reverse(),
            .statusBar: zorg_a_reverse(),
            .statusKey: zorg_a_reverse() | zorg_a_bold(),
            .prompt: zorg_a_bold(),
            .dim: zorg_a_dim(),
            .warning: zorg_a_bold(),
            .overlay: 0,
            .overlayTitle: zorg_a_bold() | zorg_a_reverse(),
        ]
        guard colors, start_color() == OK else { return a }
        use_default_colors()
        let pairs: [(Style, Int16, Int16, attr_t)] = [
            (.title, Int16(COLOR_WHITE), Int16(COLOR_BLUE), zorg_a_bold()),
            (.selected, Int16(COLOR_BLACK), Int16(COLOR_CYAN), 0),
            (.statusBar, Int16(COLOR_BLACK), Int16(COLOR_WHITE), 0),
            (.statusKey, Int16(COLOR_BLUE), Int16(COLOR_WHITE), zorg_a_bold()),
            (.prompt, Int16(COLOR_YELLOW), -1, zorg_a_bold()),
            (.warning, Int16(COLOR_RED), -1, zorg_a_bold()),
            (.overlayTitle, Int16(COLOR_WHITE), Int16(COLOR_BLUE), zorg_a_bold()),
        ]
        for (index, (style, fg, bg, extra)) in pairs.enumerated() {
            let pair = Int16(index + 1)
            if init_pair(pair, fg, bg) == OK { a[style] = zorg_color_pair(Int32(pair)) | extra }
        }
        return a
    }
}
