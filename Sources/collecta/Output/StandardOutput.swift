import Foundation

/// Standard output for command results: text goes straight to the file descriptor in one write
/// per call, so that a command's output is never reordered by a buffer.
///
/// A command that prints through `StandardOutput` should not also use `print`, whose buffer
/// is flushed at other times.
enum StandardOutput {
    /// Writes `text` as it is (add the line ends yourself).
    static func write(_ text: String) {
        guard !text.isEmpty else { return }
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes `lines`, each ended by LF.
    static func write(lines: [String]) {
        guard !lines.isEmpty else { return }
        write(lines.joined(separator: "\n") + "\n")
    }

    /// Writes `value` as one pretty-printed JSON document (keys sorted, slashes unescaped).
    static func writeJSON(_ value: some Encodable) throws {
        write(try JSONText.encode(value) + "\n")
    }
}

/// The one JSON encoding of command output.
enum JSONText {
    /// `value` as pretty-printed JSON with sorted keys and unescaped slashes.
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
