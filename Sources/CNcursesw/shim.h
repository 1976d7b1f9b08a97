#ifndef COLLECTA_CNCURSESW_SHIM_H
#define COLLECTA_CNCURSESW_SHIM_H

// SwiftPM drops pkg-config's -D_XOPEN_SOURCE, so the wide-character API must be requested here,
// before the header is read, or get_wch, cchar_t and mvwaddnwstr do not exist.
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// Function-like macros are not imported by Swift; expose them as functions.
static inline attr_t collecta_a_bold(void) { return A_BOLD; }
static inline attr_t collecta_a_reverse(void) { return A_REVERSE; }
static inline attr_t collecta_a_underline(void) { return A_UNDERLINE; }
static inline attr_t collecta_a_dim(void) { return A_DIM; }
static inline int collecta_key_f(int n) { return KEY_F(n); }
static inline int collecta_color_pair(int n) { return COLOR_PAIR(n); }
static inline attr_t collecta_a_normal(void) { return A_NORMAL; }

// Globals Swift 6 rejects as "not concurrency-safe" are read through these functions.
static inline int collecta_colors(void) { return COLORS; }
static inline int collecta_color_pairs(void) { return COLOR_PAIRS; }
static inline WINDOW *collecta_stdscr(void) { return stdscr; }

#endif
