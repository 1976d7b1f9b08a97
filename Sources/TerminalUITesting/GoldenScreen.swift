import Foundation

/// A screen stored as a plain-text golden file: `__Screens__/<name>.screen` next to the test
/// file that uses it.
///
/// The format: UTF-8, LF line endings, exactly one line per screen row (so the height is
/// checked), trailing spaces trimmed from every line (so editors that strip them, and diffs,
/// stay quiet). Screens are compared in that trimmed form.
///
/// A missing golden file is recorded and the comparison reports it, so the test fails once and
/// passes from the next run. With `COLLECTA_RECORD_SCREENS=1` every golden file that differs is
/// re-recorded and reported as such (review the change with `git diff`).
public struct GoldenScreen: Sendable {
    /// How a screen compared with its golden file.
    public enum Outcome: Equatable, Sendable {
        /// Same as the golden file.
        case matched
        /// The golden file was written (missing, or re-recorded); the message says which.
        case recorded(String)
        /// Different from the golden file; the message lists the rows that differ.
        case mismatched(String)
    }

    /// The environment variable that re-records golden files when set to `1`.
    public static let recordVariable = "COLLECTA_RECORD_SCREENS"

    /// The golden file.
    public let url: URL

    /// The golden file `name`.screen in the `__Screens__` folder next to `testFilePath`.
    public init(named name: String, testFilePath: String) {
        url = URL(fileURLWithPath: testFilePath).deletingLastPathComponent()
            .appendingPathComponent("__Screens__").appendingPathComponent("\(name).screen")
    }

    /// Whether the environment asks for golden files to be re-recorded.
    public static var isRecording: Bool {
        ProcessInfo.processInfo.environment[recordVariable] == "1"
    }

    /// `lines` in the golden-file form: trailing spaces trimmed, each line ended by LF.
    public static func text(of lines: [String]) -> String {
        lines.map { trimmingTrailingSpaces($0) + "\n" }.joined()
    }

    /// Compares `lines` with the golden file, writing it when it is missing or when `recording`.
    public func compare(_ lines: [String], recording: Bool = GoldenScreen.isRecording) throws -> Outcome {
        let actual = Self.text(of: lines)
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            try write(actual)
            return .recorded("recorded the missing golden screen \(url.path); check it and run the test again")
        }
        if expected == actual { return .matched }
        if recording {
            try write(actual)
            return .recorded("re-recorded the golden screen \(url.path); review the change with git diff")
        }
        return .mismatched(Self.difference(expected: expected, actual: actual, url: url))
    }

    private func write(_ text: String) throws {
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// The rows that differ, numbered from 0, then the whole actual screen.
    static func difference(expected: String, actual: String, url: URL) -> String {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        var report = ["the screen differs from \(url.path) (re-record with \(recordVariable)=1):"]
        if expectedLines.count != actualLines.count {
            report.append("  \(expectedLines.count) rows expected, \(actualLines.count) shown")
        }
        for row in 0..<max(expectedLines.count, actualLines.count) {
            let wanted = row < expectedLines.count ? String(expectedLines[row]) : "(no row)"
            let shown = row < actualLines.count ? String(actualLines[row]) : "(no row)"
            guard wanted != shown else { continue }
            report.append("  row \(row) expected: |\(wanted)|")
            report.append("  row \(row)    shown: |\(shown)|")
        }
        report.append("the whole screen shown:")
        report.append(contentsOf: actualLines.map { "  |\($0)" })
        return report.joined(separator: "\n")
    }

    private static func trimmingTrailingSpaces(_ line: String) -> String {
        String(line.reversed().drop { $0 == " " }.reversed())
    }
}
