import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a spawned command printed and how it ended.
public struct SpawnResult: Sendable {
    /// The exit status, or 128 + the signal number when a signal ended it.
    public let status: Int32
    /// Standard output and standard error together.
    public let output: String
}

/// A command run to completion with `posix_spawn`, for tools that start daemons (tmux).
///
/// Foundation's `Process` hangs waiting for a command whose forked server keeps an inherited
/// descriptor open, and the test runner's threads block signals (SIGWINCH, SIGTERM) that a child
/// would inherit. So the child gets an empty signal mask, default signal actions, `/dev/null` as
/// input, a temporary file as output and no other inherited descriptor.
public enum ProcessSpawner {
    /// An error starting a command.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Runs `executable` with `arguments` and `environment`, waits for it, returns its output.
    public static func run(
        _ executable: String, _ arguments: [String], environment: [String: String]
    ) throws -> SpawnResult {
        let outputPath = NSTemporaryDirectory() + "collecta-spawn-\(UUID().uuidString)"
        defer { unlink(outputPath) }
        let pid = try spawn(executable, arguments, environment: environment, outputPath: outputPath)
        let status = waitForExit(of: pid)
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        return SpawnResult(status: status, output: output)
    }

    /// The full path of `name` found on `PATH`, or nil.
    public static func executablePath(named name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    private static func spawn(
        _ executable: String, _ arguments: [String], environment: [String: String],
        outputPath: String
    ) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        closeInheritedDescriptors(in: &actions)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let error = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard error == 0 else {
            throw Failure(description: "cannot start \(executable): \(String(cString: strerror(error)))")
        }
        return pid
    }

    /// Adds actions closing every descriptor from 3 up in the child. glibc's
    /// `posix_spawn_file_actions_addclosefrom_np` is hidden behind `_GNU_SOURCE` from Swift, so
    /// it is looked up at run time; without it, the descriptors open now are closed one by one
    /// (glibc ignores a close that fails because the descriptor was closed meanwhile).
    private static func closeInheritedDescriptors(in actions: inout posix_spawn_file_actions_t) {
        typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        if let symbol = dlsym(dlopen(nil, RTLD_NOW), "posix_spawn_file_actions_addclosefrom_np") {
            _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
            return
        }
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for descriptor in open.compactMap({ Int32($0) }) where descriptor >= 3 {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }
    }

    /// Waits for `pid` to end; its exit status, or 128 + the signal that ended it.
    private static func waitForExit(of pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { return -1 }
        }
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }
}
