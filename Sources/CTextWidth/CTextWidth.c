#define _XOPEN_SOURCE 700
#include <locale.h>
#include <wchar.h>
#include "CTextWidth.h"

int collecta_wcwidth(unsigned int scalar) {
    return wcwidth((wchar_t)scalar);
}

int collecta_use_environment_locale(void) {
    setlocale(LC_ALL, "");
    return wcwidth((wchar_t)0x41D) == 1 ? 1 : 0;
}
