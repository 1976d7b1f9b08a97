import Foundation

/// Reads the description of this machine from `/proc` and the tools' version lines.
public enum MachineProbe {
    /// Describes this machine; `sqliteVersion` is the library version the caller linked.
    public static func describe(sqliteVersion: String, sqliteShell: String, now: Date = Date()) -> MachineDescription {
        let cpu = cpu(fromCpuinfo: contents(of: "/proc/cpuinfo"))
        let swift = ProcessRunner.executablePath(named: "swift").flatMap { ProcessRunner.output(of: $0, ["--version"]) }
        let shell = ProcessRunner.output(of: sqliteShell, ["--version"])
        let git = ProcessRunner.executablePath(named: "git")
            .flatMap { ProcessRunner.output(of: $0, ["rev-parse", "--short", "HEAD"]) }
        return MachineDescription(
            cpuModel: cpu.model, cores: cpu.cores,
            memoryBytes: memoryBytes(fromMeminfo: contents(of: "/proc/meminfo")),
            kernel: firstLine(contents(of: "/proc/sys/kernel/osrelease")) ?? "unknown",
            swiftVersion: firstLine(swift) ?? "unknown", sqliteVersion: sqliteVersion,
            sqliteShellVersion: shell.flatMap(firstWord) ?? "unknown",
            date: ISO8601DateFormatter().string(from: now), commit: firstLine(git))
    }

    /// The first `model name` and the number of `processor` entries of `/proc/cpuinfo` text.
    public static func cpu(fromCpuinfo text: String) -> (model: String, cores: Int) {
        var model: String?
        var cores = 0
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { continue }
            if parts[0] == "processor" { cores += 1 }
            if parts[0] == "model name", model == nil { model = parts[1] }
        }
        return (model ?? "unknown CPU", cores)
    }

    /// `MemTotal` of `/proc/meminfo` text, in bytes (0 when missing).
    public static func memoryBytes(fromMeminfo text: String) -> Int {
        for line in text.split(separator: "\n") where line.hasPrefix("MemTotal:") {
            let fields = line.split(separator: " ")
            if fields.count >= 2, let kilobytes = Int(fields[1]) { return kilobytes * 1024 }
        }
        return 0
    }

    private static func contents(of path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }

    private static func firstLine(_ text: String?) -> String? {
        let line = text?.split(separator: "\n").first.map { $0.trimmingCharacters(in: .whitespaces) }
        return line?.isEmpty == false ? line : nil
    }

    private static func firstWord(_ text: String) -> String? {
        text.split(whereSeparator: \.isWhitespace).first.map(String.init)
    }
}
