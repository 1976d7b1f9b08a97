#ifndef COLLECTA_CTEXTWIDTH_H
#define COLLECTA_CTEXTWIDTH_H

/// Display width of one Unicode scalar in the current locale, as wcwidth(3) reports it
/// (-1 for non-printable characters).
int collecta_wcwidth(unsigned int scalar);

/// Sets the process locale from the environment (LC_ALL=""); when the environment asks for a
/// UTF-8 locale that is not installed, falls back to C.UTF-8 for character classes. Returns 1
/// when the resulting character encoding is UTF-8 (Cyrillic capital EN measures one column).
int collecta_use_environment_locale(void);

#endif
