#define _GNU_SOURCE  // wcwidth (X/Open) and strcasestr
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <wchar.h>
#include "CTextWidth.h"

int collecta_wcwidth(unsigned int scalar) {
    return wcwidth((wchar_t)scalar);
}

static int measures_cyrillic(void) {
    return wcwidth((wchar_t)0x41D) == 1;
}

/// The locale name the environment asks for, as setlocale(3) would read it.
static const char *requested_locale(void) {
    const char *names[] = {"LC_ALL", "LC_CTYPE", "LANG"};
    for (int i = 0; i < 3; i++) {
        const char *value = getenv(names[i]);
        if (value && *value) return value;
    }
    return "";
}

int collecta_use_environment_locale(void) {
    setlocale(LC_ALL, "");
    if (measures_cyrillic()) return 1;
    // A UTF-8 locale that is asked for but not installed (ru_RU.UTF-8 on a minimal system):
    // character widths only need UTF-8, which C.UTF-8 always provides.
    const char *requested = requested_locale();
    if (strcasestr(requested, "utf-8") || strcasestr(requested, "utf8")) {
        setlocale(LC_CTYPE, "C.UTF-8");
    }
    return measures_cyrillic();
}
