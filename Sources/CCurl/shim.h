#ifndef COLLECTA_CCURL_SHIM_H
#define COLLECTA_CCURL_SHIM_H

#include <curl/curl.h>

/* curl_easy_setopt and curl_easy_getinfo are variadic, which Swift cannot call: one typed
   wrapper per kind of value. */

static inline CURLcode collecta_curl_set_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode collecta_curl_set_string(CURL *handle, CURLoption option, const char *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode collecta_curl_set_pointer(CURL *handle, CURLoption option, void *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode collecta_curl_set_list(CURL *handle, CURLoption option, struct curl_slist *value) {
    return curl_easy_setopt(handle, option, value);
}

typedef size_t (*collecta_curl_read_function)(char *buffer, size_t size, size_t count, void *context);

static inline CURLcode collecta_curl_set_read_function(CURL *handle, collecta_curl_read_function function) {
    return curl_easy_setopt(handle, CURLOPT_READFUNCTION, function);
}

typedef int (*collecta_curl_debug_function)(CURL *handle, curl_infotype type, char *data, size_t size,
                                            void *context);

static inline CURLcode collecta_curl_set_debug_function(CURL *handle, collecta_curl_debug_function function) {
    return curl_easy_setopt(handle, CURLOPT_DEBUGFUNCTION, function);
}

/* CURL_GLOBAL_DEFAULT is a macro of macros, which Swift does not import. */
static inline CURLcode collecta_curl_global_init(void) {
    return curl_global_init(CURL_GLOBAL_DEFAULT);
}

static inline CURLcode collecta_curl_get_long(CURL *handle, CURLINFO info, long *value) {
    return curl_easy_getinfo(handle, info, value);
}

#endif
