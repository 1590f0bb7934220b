#ifndef ZORG_CNCURSES_SHIM_H
#define ZORG_CNCURSES_SHIM_H
// The C surface of Zorg: ncursesw and the few globals Swift 6 cannot reach safely.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <stdio.h>
#include <ncursesw/curses.h>

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
#endif
