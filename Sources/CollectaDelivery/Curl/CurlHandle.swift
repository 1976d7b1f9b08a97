import CCurl

/// libcurl's global state, set up once per process before the first handle. A static `let` is
/// initialised exactly once even when several threads reach it first (swift_once).
enum CurlLibrary {
    static let initialisation: CURLcode = collecta_curl_global_init()

    /// libcurl's words for `code`.
    static func message(_ code: CURLcode) -> String {
        String(cString: curl_easy_strerror(code))
    }
}

/// One libcurl easy handle and its error buffer. The handle keeps its connection open between
/// transfers, so consecutive messages share one SMTP session.
final class CurlHandle {
    private let handle: UnsafeMutableRawPointer
    private let errorBuffer: UnsafeMutablePointer<CChar>

    /// - Throws: `CurlMailTransportError.libraryUnavailable` when libcurl cannot be set up.
    init() throws {
        let initialisation = CurlLibrary.initialisation
        guard initialisation == CURLE_OK else {
            throw CurlMailTransportError.libraryUnavailable(reason: CurlLibrary.message(initialisation))
        }
        guard let handle = curl_easy_init() else {
            throw CurlMailTransportError.libraryUnavailable(reason: "curl_easy_init returned no handle")
        }
        self.handle = handle
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE))
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
        try set(CURLOPT_ERRORBUFFER, pointer: UnsafeMutableRawPointer(errorBuffer))
    }

    deinit {
        curl_easy_cleanup(handle)
        errorBuffer.deallocate()
    }

    func set(_ option: CURLoption, _ value: Int) throws {
        try check(collecta_curl_set_long(handle, option, value), option)
    }

    func set(_ option: CURLoption, _ value: String) throws {
        // libcurl copies string options (CURLOPT_URL, CURLOPT_MAIL_FROM, …) at once.
        try check(collecta_curl_set_string(handle, option, value), option)
    }

    func set(_ option: CURLoption, pointer: UnsafeMutableRawPointer?) throws {
        try check(collecta_curl_set_pointer(handle, option, pointer), option)
    }

    func set(_ option: CURLoption, list: UnsafeMutablePointer<curl_slist>?) throws {
        try check(collecta_curl_set_list(handle, option, list), option)
    }

    func setReadFunction(_ function: collecta_curl_read_function) throws {
        try check(collecta_curl_set_read_function(handle, function), CURLOPT_READFUNCTION)
    }

    func setDebugFunction(_ function: collecta_curl_debug_function) throws {
        try check(collecta_curl_set_debug_function(handle, function), CURLOPT_DEBUGFUNCTION)
    }

    /// Runs the transfer; returns libcurl's result and its explanation (the error buffer's
    /// detail when it has one, else the generic message).
    func perform() -> (code: CURLcode, message: String) {
        errorBuffer[0] = 0
        let code = curl_easy_perform(handle)
        let detail = String(cString: errorBuffer)
        return (code, detail.isEmpty ? CurlLibrary.message(code) : detail)
    }

    /// The last SMTP reply code libcurl saw, 0 when none.
    var responseCode: Int {
        var code = 0
        return collecta_curl_get_long(handle, CURLINFO_RESPONSE_CODE, &code) == CURLE_OK ? code : 0
    }

    private func check(_ code: CURLcode, _ option: CURLoption) throws {
        guard code == CURLE_OK else {
            throw CurlMailTransportError.optionRefused(option: Int(option.rawValue), reason: CurlLibrary.message(code))
        }
    }
}

/// A `curl_slist` of strings, freed with its owner.
final class CurlStringList {
    private(set) var pointer: UnsafeMutablePointer<curl_slist>?

    init(_ strings: [String]) {
        for string in strings {
            pointer = curl_slist_append(pointer, string)
        }
    }

    deinit {
        curl_slist_free_all(pointer)
    }
}
