import Foundation

/// A program running in a detached tmux session of its own: a real terminal for end-to-end
/// tests that type keys and read the screen.
///
/// Each session has its own server (a unique socket path), no configuration file (`-f
/// /dev/null`), no status line (the pane is the whole window) and keeps the pane of a program
/// that ended, so its last screen can still be read. The program runs under `sh`, which writes
/// its exit status to a file: tmux 3.3a here sometimes leaves an ended program unreaped, so
/// `#{pane_dead_status}` cannot be relied on. Always `kill()` a session (in a `defer`).
public final class TmuxSession {
    /// An error from tmux, or a screen that did not show what was awaited.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Whether tmux is installed (tests that need it are skipped otherwise).
    public static var isAvailable: Bool { tmuxPath != nil }

    private static let tmuxPath = ProcessSpawner.executablePath(named: "tmux")

    /// The server's socket.
    public let socketPath: String
    /// Where the program's exit status is written when it ends.
    private let statusPath: String
    private let tmux: String

    /// Starts `command` (a program and its arguments, run without a shell) in a new session of
    /// `width` × `height` cells, with `environment` added to the session (`LANG=C.UTF-8` by
    /// default), in `workingDirectory` when given.
    public init(
        _ command: [String], width: Int = 100, height: Int = 30,
        environment: [String: String] = ["LANG": "C.UTF-8"], workingDirectory: String? = nil
    ) throws {
        guard let tmux = Self.tmuxPath else { throw Failure(description: "tmux is not installed") }
        self.tmux = tmux
        // Short and unique: socket paths are limited to about 100 bytes.
        socketPath = "/tmp/collecta-tmux-\(getpid())-\(UUID().uuidString.prefix(8))"
        statusPath = socketPath + ".status"
        let variables = environment.sorted { $0.key < $1.key }.flatMap { ["-e", "\($0.key)=\($0.value)"] }
        let recordingStatus = ["/bin/sh", "-c", #"status=$1; shift; "$@"; echo $? > "$status""#, "sh", statusPath]
        try self.tmux(
            ["set-option", "-g", "status", "off", ";", "set-option", "-g", "remain-on-exit", "on", ";",
             "new-session", "-d", "-s", "test", "-x", "\(width)", "-y", "\(height)"]
                + (workingDirectory.map { ["-c", $0] } ?? [])
                + variables + recordingStatus + command)
    }

    /// Types `text` literally (`send-keys -l`): letters, Cyrillic, spaces.
    public func type(_ text: String) throws {
        try tmux(["send-keys", "-t", target, "-l", "--", text])
    }

    /// Presses keys by tmux name: `Down`, `Enter`, `Escape`, `F10`, `C-c`, `BTab`.
    public func sendKeys(_ keys: String...) throws {
        try tmux(["send-keys", "-t", target, "--"] + keys)
    }

    /// The screen as lines (`capture-pane -p`; trailing spaces are trimmed by tmux).
    public func capture() throws -> [String] {
        let output = try tmux(["capture-pane", "-p", "-t", target])
        var lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The screen as one string of lines.
    public func screen() throws -> String {
        try capture().joined(separator: "\n")
    }

    /// Polls the screen every 30 ms until it contains `text`; returns that screen, or throws
    /// with the last screen after `timeout`.
    @discardableResult
    public func waitFor(text: String, timeout: Duration = .seconds(10)) async throws -> [String] {
        try await waitUntil("the screen shows \"\(text)\"", timeout: timeout) { lines in
            lines.contains { $0.contains(text) }
        }
    }

    /// Polls the screen every 30 ms until `condition` holds; returns that screen, or throws with
    /// the last screen after `timeout`.
    @discardableResult
    public func waitUntil(
        _ expectation: String, timeout: Duration = .seconds(10), _ condition: ([String]) -> Bool
    ) async throws -> [String] {
        let deadline = ContinuousClock.now.advanced(by: timeout)
        var lines = try capture()
        while !condition(lines) {
            guard ContinuousClock.now < deadline else {
                throw Failure(description: "timed out waiting until \(expectation); the screen was:\n"
                    + lines.joined(separator: "\n"))
            }
            try await Task.sleep(for: .milliseconds(30))
            lines = try capture()
        }
        return lines
    }

    /// Waits until the program has ended and returns its exit status.
    public func waitForExit(timeout: Duration = .seconds(10)) async throws -> Int32 {
        let deadline = ContinuousClock.now.advanced(by: timeout)
        while true {
            if let status = exitStatus { return status }
            guard ContinuousClock.now < deadline else {
                let screen = (try? capture().joined(separator: "\n")) ?? ""
                throw Failure(description: "the program was still running after \(timeout); the screen was:\n\(screen)")
            }
            try await Task.sleep(for: .milliseconds(30))
        }
    }

    /// Whether the program is still running (it has not reported an exit status).
    public var isRunning: Bool { exitStatus == nil }

    /// The program's exit status once it has ended.
    private var exitStatus: Int32? {
        (try? String(contentsOfFile: statusPath, encoding: .utf8))
            .flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    /// Resizes the window (and so the program's terminal) to `width` × `height` cells.
    public func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Stops the server and the program, and removes the socket. Safe to call twice.
    public func kill() {
        _ = try? ProcessSpawner.run(tmux, ["-S", socketPath, "kill-server"], environment: Self.environment)
        unlink(socketPath)
        unlink(statusPath)
    }

    /// The session's only pane.
    private var target: String { "test" }

    /// Runs tmux with `arguments` on this session's server; its output, or a failure.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let result = try ProcessSpawner.run(
            tmux, ["-S", socketPath, "-f", "/dev/null"] + arguments, environment: Self.environment)
        guard result.status == 0 else {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.output)")
        }
        return result.output
    }

    /// The test runner's environment without what would confuse tmux or the program: an
    /// enclosing tmux session and the runner's locale (the session sets its own).
    private static var environment: [String: String] {
        ProcessInfo.processInfo.environment.filter { key, _ in
            !["TMUX", "TMUX_PANE", "LC_ALL", "LC_CTYPE", "LANG"].contains(key)
        }
    }
}
