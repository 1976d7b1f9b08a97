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

    /// Writes `bytes` as they are.
    static func write(bytes: ArraySlice<UInt8>) {
        guard !bytes.isEmpty else { return }
        FileHandle.standardOutput.write(Data(bytes))
    }

    /// Writes `lines`, each ended by LF.
    static func write(lines: [String]) {
        guard !lines.isEmpty else { return }
        write(lines.joined(separator: "\n") + "\n")
    }

    /// Writes `object` as one pretty-printed JSON document (keys sorted, slashes unescaped).
    static func writeJSON(_ object: OutputObject) throws {
        var output = OutputBytes()
        output.appendJSON(object, level: 0)
        output.append(ascii: "\n")
        write(bytes: output.bytes[...])
    }
}
