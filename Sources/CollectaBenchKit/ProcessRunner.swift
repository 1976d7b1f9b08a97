import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A command to run: no shell, the executable is started directly.
public struct ProcessInvocation: Sendable, Equatable {
    /// Where the command's standard output goes.
    public enum Output: Sendable, Equatable {
        /// `/dev/null`.
        case discard
        /// A file, created or truncated.
        case file(String)
    }

    /// The absolute path of the executable.
    public var executable: String
    /// The arguments, without the executable.
    public var arguments: [String]
    /// The standard output of the command; standard error is always kept for error messages.
    public var output: Output
    /// The environment; nil inherits this process's.
    public var environment: [String: String]?

    public init(
        _ executable: String, _ arguments: [String], output: Output = .discard,
        environment: [String: String]? = nil
    ) {
        self.executable = executable
        self.arguments = arguments
        self.output = output
        self.environment = environment
    }

    /// The command as a person would type it, for messages.
    public var commandLine: String { ([executable] + arguments).joined(separator: " ") }
}

/// What one run of a command cost, measured from spawn to exit.
public struct ProcessSample: Codable, Equatable, Sendable {
    /// The exit status, or 128 + the number of the signal that ended the command.
    public var exitStatus: Int32
    /// Wall-clock seconds on a monotonic clock, from just before the spawn to just after the exit.
    public var wallSeconds: Double
    /// CPU seconds in user mode (the child's `rusage`).
    public var userSeconds: Double
    /// CPU seconds in the kernel (the child's `rusage`).
    public var systemSeconds: Double
    /// The child's peak resident set size in bytes (`ru_maxrss`).
    public var peakRSSBytes: Int

    public init(exitStatus: Int32, wallSeconds: Double, userSeconds: Double, systemSeconds: Double, peakRSSBytes: Int) {
        self.exitStatus = exitStatus
        self.wallSeconds = wallSeconds
        self.userSeconds = userSeconds
        self.systemSeconds = systemSeconds
        self.peakRSSBytes = peakRSSBytes
    }

    /// User and system CPU seconds together.
    public var cpuSeconds: Double { userSeconds + systemSeconds }
}

/// A finished command: its costs and the end of what it wrote on standard error.
public struct ProcessOutcome: Sendable {
    /// What the run cost.
    public let sample: ProcessSample
    /// The last lines of standard error (at most 4 KB), for messages.
    public let errorText: String
}

/// A command that could not be started, or ended with a status it should not have.
public struct ProcessFailure: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) { self.description = description }
}

/// Runs commands with `posix_spawn` and `wait4`, so each run has its own `rusage`.
public enum ProcessRunner {
    /// Runs `invocation` to its end and measures it.
    public static func run(_ invocation: ProcessInvocation) throws -> ProcessOutcome {
        let errorPath = NSTemporaryDirectory() + "collecta-bench-\(UUID().uuidString).err"
        defer { unlink(errorPath) }
        let start = monotonicSeconds()
        let pid = try spawn(invocation, errorPath: errorPath)
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 {
            guard errno == EINTR else { throw ProcessFailure("cannot wait for \(invocation.executable): \(lastError())") }
        }
        let wall = monotonicSeconds() - start
        let sample = ProcessSample(
            exitStatus: exitStatus(from: status), wallSeconds: wall,
            userSeconds: seconds(usage.ru_utime), systemSeconds: seconds(usage.ru_stime),
            peakRSSBytes: peakRSSBytes(usage))
        return ProcessOutcome(sample: sample, errorText: tail(ofFile: errorPath))
    }

    /// Runs `invocation` and checks that its exit status is one of `allowed`.
    public static func run(_ invocation: ProcessInvocation, allowing allowed: Set<Int32>) throws -> ProcessSample {
        let outcome = try run(invocation)
        guard allowed.contains(outcome.sample.exitStatus) else {
            let detail = outcome.errorText.isEmpty ? "" : ": \(outcome.errorText)"
            throw ProcessFailure(
                "`\(invocation.commandLine)` exited with status \(outcome.sample.exitStatus)\(detail)")
        }
        return outcome.sample
    }

    /// Runs `executable` untimed and returns its standard output, or nil when it fails.
    public static func output(of executable: String, _ arguments: [String]) -> String? {
        let outputPath = NSTemporaryDirectory() + "collecta-bench-\(UUID().uuidString).out"
        defer { unlink(outputPath) }
        guard let sample = try? run(ProcessInvocation(executable, arguments, output: .file(outputPath))).sample,
            sample.exitStatus == 0
        else { return nil }
        return try? String(contentsOfFile: outputPath, encoding: .utf8)
    }

    /// The full path of `name` on `PATH`, or nil.
    public static func executablePath(named name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    private static func spawn(_ invocation: ProcessInvocation, errorPath: String) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        switch invocation.output {
        case .discard: posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        case .file(let path): posix_spawn_file_actions_addopen(&actions, 1, path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        }
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        resetSignals(in: &attributes)
        let environment = invocation.environment ?? ProcessInfo.processInfo.environment
        let argv = ([invocation.executable] + invocation.arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let error = posix_spawn(&pid, invocation.executable, &actions, &attributes, argv, envp)
        guard error == 0 else {
            throw ProcessFailure("cannot start \(invocation.executable): \(String(cString: strerror(error)))")
        }
        return pid
    }

    /// The child starts with no blocked signal and default signal actions: a caller's threads
    /// may block signals (the test runner blocks SIGTERM), which a child would inherit.
    private static func resetSignals(in attributes: inout posix_spawnattr_t) {
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    }

    private static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    private static func seconds(_ time: timeval) -> Double {
        Double(time.tv_sec) + Double(time.tv_usec) / 1e6
    }

    /// `ru_maxrss` is in kilobytes on Linux and in bytes on macOS.
    private static func peakRSSBytes(_ usage: rusage) -> Int {
        #if os(Linux)
        return Int(usage.ru_maxrss) * 1024
        #else
        return Int(usage.ru_maxrss)
        #endif
    }

    private static func exitStatus(from status: Int32) -> Int32 {
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }

    private static func tail(ofFile path: String) -> String {
        guard let data = FileManager.default.contents(atPath: path) else { return "" }
        let text = String(decoding: data.suffix(4096), as: UTF8.self)
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
