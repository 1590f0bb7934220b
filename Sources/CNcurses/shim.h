#ifndef ZORG_CNCURSES_SHIM_H
#define ZORG_CNCURSES_SHIM_H
// The C surface of Zorg: ncursesw and the few globals Swift 6 cannot reach safely.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

static inline WINDOW *zorg_stdscr(void) { return stdscr; }
static inline int zorg_lines(void) { return LINES; }
static inline int zorg_cols(void) { return COLS; }
static inline int zorg_colors(void) { return COLORS; }
static inline int zorg_key_resize(void) { return KEY_RESIZE; }
static inline attr_t zorg_a_bold(void) { return A_BOLD; }
static inline attr_t zorg_a_reverse(void) { return A_REVERSE; }
static inline attr_t zorg_a_underline(void) { return A_UNDERLINE; }
static inline attr_t zorg_a_dim(void) { return A_DIM; }
static inline attr_t zorg_color_pair(int n) { return COLOR_PAIR(n); }
static inline int zorg_setlocale_all(void) { return setlocale(LC_ALL, "") != NULL; }

// --- Whether this terminal can run a full-screen program -------------------------------------------------------
// Checked before newterm so that TERM=dumb, an unset TERM or an unknown terminfo entry gives a message instead of
// garbage (newterm succeeds on `dumb`, it just cannot move the cursor).
enum {
    ZORG_TERM_OK = 0,
    ZORG_TERM_NOT_A_TTY = 1,
    ZORG_TERM_UNSET = 2,
    ZORG_TERM_UNKNOWN = 3,
    ZORG_TERM_NO_CURSOR_ADDRESSING = 4,
};

static inline int zorg_has_string_cap(const char *name) {
    char *value = tigetstr((char *)name);
    return value != NULL && value != (char *)-1 && value[0] != '\0';
}

static inline int zorg_check_terminal(void) {
    if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) return ZORG_TERM_NOT_A_TTY;
    const char *term = getenv("TERM");
    if (term == NULL || term[0] == '\0') return ZORG_TERM_UNSET;
    int err = 0;
    if (setupterm((char *)term, STDOUT_FILENO, &err) != OK) return ZORG_TERM_UNKNOWN;
    int usable = zorg_has_string_cap("cup") && zorg_has_string_cap("clear");
    TERMINAL *probe = cur_term;
    set_curterm(NULL);
    del_curterm(probe);
    return usable ? ZORG_TERM_OK : ZORG_TERM_NO_CURSOR_ADDRESSING;
}

// --- Screen start and stop -----------------------------------------------------------------------------------
// The state below is shared by every caller, so it must exist once. A `static` variable in a header exists once
// per object file that uses it, and an optimised build (whole-module, split over several threads) inlines these
// functions into several object files: the screen started in one was never stopped in another, and the terminal
// stayed raw on the alternate screen after `q` (release builds only). A weak definition is one variable for the
// whole program, however many object files define it.
__attribute__((weak)) SCREEN *zorg_screen = NULL;
// The terminal's "clear screen" sequence, copied at start so the crash handler can write it without ncurses.
__attribute__((weak)) char zorg_clear_sequence[64] = "";
__attribute__((weak)) size_t zorg_clear_length = 0;
// Whether the terminal has an alternate screen (smcup/rmcup): leaving it brings the shell's own lines back.
__attribute__((weak)) int zorg_has_alternate_screen = 0;

static inline int zorg_start_screen(void) {
    // ncurses installs its resize handler only when SIGWINCH is not ignored; a parent (a test runner, a
    // service manager) may have left it ignored or blocked, and then the screen would never follow a resize.
    signal(SIGWINCH, SIG_DFL);
    sigset_t winch;
    sigemptyset(&winch);
    sigaddset(&winch, SIGWINCH);
    sigprocmask(SIG_UNBLOCK, &winch, NULL);
    zorg_screen = newterm(NULL, stdout, stdin);
    if (zorg_screen == NULL) return 0;
    set_term(zorg_screen);
    // newterm switches to the alternate screen (smcup) where the terminal description has one.
    zorg_has_alternate_screen = zorg_has_string_cap("smcup") && zorg_has_string_cap("rmcup");
    const char *clear_seq = tigetstr((char *)"clear");
    if (clear_seq != NULL && clear_seq != (char *)-1 && strlen(clear_seq) < sizeof zorg_clear_sequence) {
        strcpy(zorg_clear_sequence, clear_seq);
        zorg_clear_length = strlen(clear_seq);
    }
    return 1;
}

// Leaving: the screen is cleared first, so nothing of the caseload stays behind (on a shared desk that is
// personal data) — not on a terminal without an alternate screen, nor on one where it is switched off. Then
// endwin leaves the alternate screen (rmcup), which brings the shell's own lines back.
static inline void zorg_stop_screen(void) {
    if (zorg_screen == NULL) return;
    wclear(stdscr);
    wrefresh(stdscr);
    endwin();
    // Without an alternate screen endwin leaves the cursor on the last row of an empty screen: start at the top.
    if (!zorg_has_alternate_screen && zorg_clear_length > 0) {
        fflush(stdout);
        (void)!write(STDOUT_FILENO, zorg_clear_sequence, zorg_clear_length);
    }
    delscreen(zorg_screen);
    zorg_screen = NULL;
}

// --- Signals -------------------------------------------------------------------------------------------------
// SIGTERM and SIGHUP only set a flag; the key loop sees get_wch interrupted (no SA_RESTART) and leaves cleanly.
// A crash (a Swift trap is SIGILL or SIGTRAP) restores the terminal as a last resort, then dies as it would have.
__attribute__((weak)) volatile sig_atomic_t zorg_stop_signal = 0;

static void zorg_on_stop_signal(int sig) { zorg_stop_signal = sig; }

static void zorg_on_crash_signal(int sig) {
    if (zorg_screen != NULL) {
        // The caseload must not stay visible after a crash either: write(2) is safe in a signal handler.
        if (zorg_clear_length > 0) (void)!write(STDOUT_FILENO, zorg_clear_sequence, zorg_clear_length);
        endwin();
    }
    signal(sig, SIG_DFL);
    raise(sig);
}

static inline void zorg_install_signal_handlers(void) {
    struct sigaction stop;
    memset(&stop, 0, sizeof stop);
    stop.sa_handler = zorg_on_stop_signal;
    sigemptyset(&stop.sa_mask);
    stop.sa_flags = 0;
    sigaction(SIGTERM, &stop, NULL);
    // A parent may have left these blocked (a test runner's threads do): then a closed terminal's SIGHUP would
    // never arrive and the program would outlive its session.
    sigset_t wanted;
    sigemptyset(&wanted);
    sigaddset(&wanted, SIGTERM);
    sigaddset(&wanted, SIGHUP);
    sigaddset(&wanted, SIGINT);
    sigprocmask(SIG_UNBLOCK, &wanted, NULL);
    sigaction(SIGHUP, &stop, NULL);
    sigaction(SIGINT, &stop, NULL);

    struct sigaction crash;
    memset(&crash, 0, sizeof crash);
    crash.sa_handler = zorg_on_crash_signal;
    sigemptyset(&crash.sa_mask);
    crash.sa_flags = SA_RESETHAND;
    sigaction(SIGILL, &crash, NULL);
    sigaction(SIGTRAP, &crash, NULL);
    sigaction(SIGSEGV, &crash, NULL);
    sigaction(SIGBUS, &crash, NULL);
    sigaction(SIGABRT, &crash, NULL);
}

static inline int zorg_pending_stop_signal(void) { return zorg_stop_signal; }

// --- Keys ----------------------------------------------------------------------------------------------------
// wget_wch: OK with a character, KEY_CODE_YES with a function key, ERR on timeout or interruption.
static inline int zorg_read_key(int timeout_ms, int *is_function_key, unsigned int *code) {
    wint_t ch = 0;
    wtimeout(stdscr, timeout_ms);
    int r = wget_wch(stdscr, &ch);
    *is_function_key = (r == KEY_CODE_YES);
    *code = (unsigned int)ch;
    return r != ERR;
}

// wgetch: a byte (0–255) or a function key (KEY_MIN and above); the bytes of a character are put together by
// the caller, so that input that is not UTF-8 can be told apart and dropped without losing the keys after it.
static inline int zorg_read_byte(int timeout_ms, int *is_function_key, unsigned int *code) {
    wtimeout(stdscr, timeout_ms);
    int r = wgetch(stdscr);
    if (r == ERR) return 0;
    *is_function_key = (r >= KEY_MIN);
    *code = (unsigned int)r;
    return 1;
}

// True when the terminal is gone (its pty closed: an SSH session dropped, a tmux pane killed): reads then end at
// once without a key, forever, and the loop must leave instead of spinning.
static inline int zorg_input_hung_up(void) {
    struct pollfd p = { .fd = STDIN_FILENO, .events = POLLIN, .revents = 0 };
    if (poll(&p, 1, 0) < 0) return 0;
    return (p.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}

static inline int zorg_key_up(void) { return KEY_UP; }
static inline int zorg_key_down(void) { return KEY_DOWN; }
static inline int zorg_key_left(void) { return KEY_LEFT; }
static inline int zorg_key_right(void) { return KEY_RIGHT; }
static inline int zorg_key_ppage(void) { return KEY_PPAGE; }
static inline int zorg_key_npage(void) { return KEY_NPAGE; }
static inline int zorg_key_home(void) { return KEY_HOME; }
static inline int zorg_key_end(void) { return KEY_END; }
static inline int zorg_key_enter(void) { return KEY_ENTER; }
static inline int zorg_key_backspace(void) { return KEY_BACKSPACE; }
static inline int zorg_key_dc(void) { return KEY_DC; }
static inline int zorg_key_btab(void) { return KEY_BTAB; }

// --- Output --------------------------------------------------------------------------------------------------
static inline int zorg_draw(int row, int col, const wchar_t *text, int count, attr_t attrs) {
    attrset(attrs);
    int r = mvaddnwstr(row, col, text, count);
    attrset(A_NORMAL);
    return r;
}
#endif
