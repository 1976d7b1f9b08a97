import Foundation

/// Runs the editor through `/bin/sh -c '$EDITOR "$1"' sh FILE`, so that the shell splits a
/// command such as `code -w` into words, with the process's own terminal as its terminal.
///
/// The command reaches the shell in the child's `EDITOR` variable (whichever of `VISUAL` and
/// `EDITOR` named it). It is spawned with `posix_spawn` and an empty signal mask (test runners
/// and terminal code block signals, and children inherit the mask). While it runs, this process
/// ignores Ctrl-C and Ctrl-\ (which the terminal sends to both), as git does.
public struct ShellEditorRunner: EditorProcessRunner {
    /// The shell that splits the command.
    public var shell: String

    public init(shell: String = "/bin/sh") {
        self.shell = shell
    }

    public func run(editorCommand command: String, onFileAt path: String) throws(ExternalEditorError) -> Int32 {
        let arguments = [shell, "-c", "$EDITOR \"$1\"", "sh", path]
        var environment = ProcessInfo.processInfo.environment
        environment["EDITOR"] = command
        let previousInterrupt = signal(SIGINT, SIG_IGN)
        let previousQuit = signal(SIGQUIT, SIG_IGN)
        defer {
            signal(SIGINT, previousInterrupt)
            signal(SIGQUIT, previousQuit)
        }
        let process = try spawn(arguments, environment: environment, command: command)
        return waitForExit(of: process)
    }

    private func spawn(
        _ arguments: [String], environment: [String: String], command: String
    ) throws(ExternalEditorError) -> pid_t {
        let argv = CStringArray(arguments)
        let envp = CStringArray(environment.map { "\($0.key)=\($0.value)" })
        defer {
            argv.free()
            envp.free()
        }
        var attributes = ChildSignalAttributes()
        defer { attributes.destroy() }
        var process: pid_t = 0
        let result = posix_spawn(&process, shell, nil, &attributes.value, argv.pointers, envp.pointers)
        guard result == 0 else {
            throw .launchFailed(command: command, reason: String(cString: strerror(result)))
        }
        return process
    }

    /// Waits for `process`; its exit status, or 128 plus the signal that ended it.
    private func waitForExit(of process: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(process, &status, 0) < 0 {
            guard errno == EINTR else { return -1 }
        }
        let signalNumber = status & 0x7f
        return signalNumber == 0 ? (status >> 8) & 0xff : 128 + signalNumber
    }
}

/// Spawn attributes for a child that starts with no blocked signals and with Ctrl-C, Ctrl-\,
/// SIGPIPE and SIGTSTP at their defaults (this process may be ignoring them).
private struct ChildSignalAttributes {
    var value = posix_spawnattr_t()

    init() {
        posix_spawnattr_init(&value)
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&value, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signalNumber in [SIGINT, SIGQUIT, SIGPIPE, SIGTSTP] { sigaddset(&defaults, signalNumber) }
        posix_spawnattr_setsigdefault(&value, &defaults)
        posix_spawnattr_setflags(&value, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    }

    mutating func destroy() {
        posix_spawnattr_destroy(&value)
    }
}

/// A NULL-terminated array of C strings for `posix_spawn`, freed explicitly.
private struct CStringArray {
    let pointers: [UnsafeMutablePointer<CChar>?]

    init(_ strings: [String]) {
        pointers = strings.map { strdup($0) } + [nil]
    }

    func free() {
        for pointer in pointers { Foundation.free(pointer) }
    }
}
