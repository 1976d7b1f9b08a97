import Foundation

/// Why an HTML body could not be taken from a file.
public enum BodyFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The message has no `text/html` part (at any depth).
    case noHTMLPart
    /// The text names a charset Collecta cannot decode.
    case unsupportedCharset(String)
    /// A base64 part holds characters or padding base64 does not allow.
    case badBase64
    /// The bytes are not valid in the charset they claim.
    case undecodable(charset: String)

    public var description: String {
        switch self {
        case .noHTMLPart: "the message has no text/html part"
        case .unsupportedCharset(let name): "unsupported charset \(name)"
        case .badBase64: "the html part is not valid base64"
        case .undecodable(let charset): "the text is not valid \(charset)"
        }
    }
}

/// One part of a MIME message: its headers and either its body bytes or its sub-parts.
public struct MIMEPart: Hashable, Sendable {
    /// Header values by lower-cased name (unfolded; the first of repeated headers).
    public var headers: [String: String]
    /// The media type in lower case, e.g. `text/html`; `text/plain` when absent.
    public var mediaType: String
    /// The `Content-Type` parameters by lower-cased name (`charset`, `boundary`).
    public var parameters: [String: String]
    /// The body as it stands in the message (still transfer-encoded).
    public var rawBody: [UInt8]
    /// The parts of a multipart part, in order; empty otherwise.
    public var parts: [MIMEPart]

    /// The first `text/html` part, depth first (inside multipart/alternative, mixed, related…).
    public var firstHTMLPart: MIMEPart? {
        if mediaType == "text/html" { return self }
        for part in parts {
            if let html = part.firstHTMLPart { return html }
        }
        return nil
    }

    /// The body with its `Content-Transfer-Encoding` undone (quoted-printable, base64; 7bit,
    /// 8bit and binary as they are).
    public func decodedBody() throws(BodyFileError) -> [UInt8] {
        switch headers["content-transfer-encoding"]?.lowercased().trimmingCharacters(in: .whitespaces) {
        case "quoted-printable": MIMEMessage.decodeQuotedPrintable(rawBody)
        case "base64": try MIMEMessage.decodeBase64(rawBody)
        default: rawBody
        }
    }

    /// The body decoded to text with its charset (UTF-8 when none is named).
    public func decodedText() throws(BodyFileError) -> String {
        try TextCharset.decode(try decodedBody(), charset: parameters["charset"] ?? "utf-8")
    }
}

/// A small MIME reader (RFC 2045/2046) for taking an HTML email body out of an `.eml` file.
public enum MIMEMessage {
    /// The HTML text of the first `text/html` part of the message in `bytes`.
    public static func htmlBody(of bytes: [UInt8]) throws(BodyFileError) -> String {
        guard let html = parse(bytes).firstHTMLPart else { throw .noHTMLPart }
        return try html.decodedText()
    }

    /// The message in `bytes` as a tree of parts. Line ends may be CRLF or LF.
    public static func parse(_ bytes: [UInt8]) -> MIMEPart {
        let lines = splitLines(bytes)
        let blank = lines.firstIndex { $0.isEmpty } ?? lines.count
        let headers = parseHeaders(lines[..<blank])
        let body = Array(lines[min(blank + 1, lines.count)...])
        return makePart(headers: headers, bodyLines: body)
    }

    private static func makePart(headers: [String: String], bodyLines: [[UInt8]]) -> MIMEPart {
        let (mediaType, parameters) = parseContentType(headers["content-type"] ?? "text/plain")
        var part = MIMEPart(
            headers: headers, mediaType: mediaType, parameters: parameters,
            rawBody: join(bodyLines), parts: [])
        if mediaType.hasPrefix("multipart/"), let boundary = parameters["boundary"] {
            part.parts = splitMultipart(bodyLines, boundary: boundary).map { parse(join($0)) }
        }
        return part
    }

    /// The lines between `--boundary` delimiters, up to `--boundary--`.
    private static func splitMultipart(_ lines: [[UInt8]], boundary: String) -> [[[UInt8]]] {
        let delimiter = Array(("--" + boundary).utf8)
        var parts: [[[UInt8]]] = []
        var current: [[UInt8]]?
        for line in lines {
            let trimmed = Array(line.reversed().drop { $0 == 32 || $0 == 9 }.reversed())
            if trimmed == delimiter + [45, 45] {
                break
            } else if trimmed == delimiter {
                if let current { parts.append(current) }
                current = []
            } else {
                current?.append(line)
            }
        }
        if let current { parts.append(current) }
        return parts
    }

    private static func parseHeaders(_ lines: ArraySlice<[UInt8]>) -> [String: String] {
        var unfolded: [String] = []
        for line in lines {
            let text = String(decoding: line, as: UTF8.self)
            if let first = line.first, first == 32 || first == 9, !unfolded.isEmpty {
                unfolded[unfolded.count - 1] += " " + text.trimmingCharacters(in: .whitespaces)
            } else {
                unfolded.append(text)
            }
        }
        var headers: [String: String] = [:]
        for line in unfolded {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if headers[name] == nil { headers[name] = value }
        }
        return headers
    }

    /// `text/html; charset="utf-8"` → (`text/html`, [`charset`: `utf-8`]).
    static func parseContentType(_ value: String) -> (String, [String: String]) {
        var pieces: [String] = []
        var current = ""
        var isQuoted = false
        for character in value {
            if character == "\"" { isQuoted.toggle() }
            if character == ";" && !isQuoted {
                pieces.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        pieces.append(current)
        let mediaType = pieces[0].trimmingCharacters(in: .whitespaces).lowercased()
        var parameters: [String: String] = [:]
        for piece in pieces.dropFirst() {
            guard let equals = piece.firstIndex(of: "=") else { continue }
            let name = piece[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            var parameter = piece[piece.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if parameter.hasPrefix("\""), parameter.hasSuffix("\""), parameter.count >= 2 {
                parameter = String(parameter.dropFirst().dropLast())
            }
            parameters[name] = parameter
        }
        return (mediaType.isEmpty ? "text/plain" : mediaType, parameters)
    }

    /// Quoted-printable: `=XX` is a byte, `=` at a line end joins the lines.
    static func decodeQuotedPrintable(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == 61 else {
                output.append(byte)
                index += 1
                continue
            }
            if index + 1 < bytes.count, bytes[index + 1] == 10 {
                index += 2
            } else if index + 2 < bytes.count, let high = hexValue(bytes[index + 1]),
                      let low = hexValue(bytes[index + 2]) {
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(byte)
                index += 1
            }
        }
        return output
    }

    static func decodeBase64(_ bytes: [UInt8]) throws(BodyFileError) -> [UInt8] {
        let text = String(decoding: bytes.filter { !($0 == 10 || $0 == 13 || $0 == 32 || $0 == 9) }, as: UTF8.self)
        guard let data = Data(base64Encoded: text) else { throw .badBase64 }
        return Array(data)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 48...57: byte - 48
        case 65...70: byte - 55
        case 97...102: byte - 87
        default: nil
        }
    }

    /// Lines without their LF or CRLF ends.
    private static func splitLines(_ bytes: [UInt8]) -> [[UInt8]] {
        var lines = bytes.split(separator: 10, omittingEmptySubsequences: false).map { line in
            line.last == 13 ? Array(line.dropLast()) : Array(line)
        }
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    private static func join(_ lines: [[UInt8]]) -> [UInt8] {
        Array(lines.joined(separator: [10]))
    }
}

/// The HTML text of an `.html` or `.htm` file: UTF-8, or the charset its `<meta charset>` (or
/// `http-equiv` content type) names.
public enum HTMLFile {
    /// Decodes `bytes` with the charset the document declares, else as UTF-8.
    public static func text(of bytes: [UInt8]) throws(BodyFileError) -> String {
        try TextCharset.decode(bytes, charset: declaredCharset(in: bytes) ?? "utf-8")
    }

    /// The charset a `<meta>` in the first 4 KB names, if any.
    static func declaredCharset(in bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096).map { $0 < 128 ? $0 : 32 }, as: UTF8.self).lowercased()
        var searchStart = head.startIndex
        while let meta = head.range(of: "<meta", range: searchStart..<head.endIndex) {
            let end = head[meta.upperBound...].firstIndex(of: ">") ?? head.endIndex
            let tag = head[meta.upperBound..<end]
            if let charset = tag.range(of: "charset=") {
                let value = tag[charset.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
                let name = value.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" }
                if !name.isEmpty { return String(name) }
            }
            searchStart = end
        }
        return nil
    }
}

/// Decoding of the charsets Russian and Western mail uses.
public enum TextCharset {
    /// `bytes` as text in `charset` (any case; `cp1251`, `utf8` and `latin1` aliases too).
    public static func decode(_ bytes: [UInt8], charset: String) throws(BodyFileError) -> String {
        switch charset.lowercased().trimmingCharacters(in: .whitespaces) {
        case "utf-8", "utf8":
            guard let text = String(validating: bytes, as: UTF8.self) else { throw .undecodable(charset: "UTF-8") }
            return text
        case "us-ascii", "ascii":
            guard bytes.allSatisfy({ $0 < 128 }) else { throw .undecodable(charset: "US-ASCII") }
            return String(decoding: bytes, as: UTF8.self)
        case "iso-8859-1", "latin1", "iso8859-1", "l1":
            return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
        case "windows-1251", "cp1251", "x-cp1251": return decode(bytes, upperHalf: windows1251)
        case "koi8-r", "koi8r": return decode(bytes, upperHalf: koi8R)
        default: throw .unsupportedCharset(charset)
        }
    }

    private static func decode(_ bytes: [UInt8], upperHalf: [Character]) -> String {
        String(bytes.map { $0 < 128 ? Character(Unicode.Scalar($0)) : upperHalf[Int($0) - 128] })
    }

    /// Bytes 0x80…0xFF of windows-1251 (0x98, unassigned, as U+FFFD).
    static let windows1251: [Character] = Array(
        "ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—\u{FFFD}™љ›њќћџ\u{A0}ЎўЈ¤Ґ¦§Ё©Є«¬\u{AD}®Ї°±Ііґµ¶·ё№є»јЅѕї"
            + "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя")

    /// Bytes 0x80…0xFF of KOI8-R.
    static let koi8R: [Character] = Array(
        "─│┌┐└┘├┤┬┴┼▀▄█▌▐░▒▓⌠■∙√≈≤≥\u{A0}⌡°²·÷═║╒ё╓╔╕╖╗╘╙╚╛╜╝╞╟╠╡Ё╢╣╤╥╦╧╨╩╪╫╬©"
            + "юабцдефгхийклмнопярстужвьызшэщчъЮАБЦДЕФГХИЙКЛМНОПЯРСТУЖВЬЫЗШЭЩЧЪ")
}
