import CollectaBenchKit
import Foundation
import Testing

@Suite("Benchmark process runner")
struct ProcessRunnerTests {
    @Test("/bin/true exits 0 and /bin/false exits 1")
    func exitStatuses() throws {
        #expect(try ProcessRunner.run(ProcessInvocation("/bin/true", [])).sample.exitStatus == 0)
        #expect(try ProcessRunner.run(ProcessInvocation("/bin/false", [])).sample.exitStatus == 1)
        #expect(try ProcessRunner.run(ProcessInvocation("/bin/true", []), allowing: [0]).exitStatus == 0)
    }

    @Test("a busy command has CPU time, wall time and a peak RSS of its own")
    func rusageOfBusyCommand() throws {
        let busy = ProcessInvocation("/bin/sh", ["-c", "i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done"])
        let sample = try ProcessRunner.run(busy, allowing: [0])
        #expect(sample.userSeconds + sample.systemSeconds > 0)
        #expect(sample.wallSeconds > 0)
        #expect(sample.peakRSSBytes > 0)
    }

    @Test("standard output goes to the file asked for")
    func outputToFile() throws {
        let path = NSTemporaryDirectory() + "bench-runner-\(UUID().uuidString)"
        defer { unlink(path) }
        _ = try ProcessRunner.run(ProcessInvocation("/bin/echo", ["hello", "bench"], output: .file(path)), allowing: [0])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "hello bench\n")
        #expect(ProcessRunner.output(of: "/bin/echo", ["again"]) == "again\n")
        #expect(ProcessRunner.output(of: "/bin/false", []) == nil)
    }

    @Test("an unexpected status is an error carrying the command, the status and standard error")
    func unexpectedStatus() {
        let failing = ProcessInvocation("/bin/sh", ["-c", "echo 'collecta: no such table' >&2; exit 3"])
        do {
            _ = try ProcessRunner.run(failing, allowing: [0, 1])
            Issue.record("status 3 was allowed")
        } catch {
            let message = "\(error)"
            #expect(message.contains("exited with status 3"))
            #expect(message.contains("collecta: no such table"))
            #expect(message.contains("/bin/sh -c"))
        }
    }

    @Test("a command ended by a signal has status 128 + the signal")
    func signalStatus() throws {
        let killed = ProcessInvocation("/bin/sh", ["-c", "kill -TERM $$"])
        #expect(try ProcessRunner.run(killed).sample.exitStatus == 128 + SIGTERM)
    }

    @Test("a missing executable cannot be started")
    func missingExecutable() {
        #expect(throws: ProcessFailure.self) {
            _ = try ProcessRunner.run(ProcessInvocation("/nonexistent/collecta", []))
        }
    }

    @Test("the machine description reads /proc/cpuinfo and /proc/meminfo text")
    func machineParsing() {
        let cpuinfo = """
            processor\t: 0
            model name\t: AMD EPYC 7B13
            cpu MHz\t\t: 2450.000

            processor\t: 1
            model name\t: AMD EPYC 7B13

            """
        let cpu = MachineProbe.cpu(fromCpuinfo: cpuinfo)
        #expect(cpu.model == "AMD EPYC 7B13")
        #expect(cpu.cores == 2)
        #expect(MachineProbe.memoryBytes(fromMeminfo: "MemTotal:        8141492 kB\nMemFree: 1 kB\n") == 8_141_492 * 1024)
        #expect(MachineProbe.cpu(fromCpuinfo: "").model == "unknown CPU")
    }
}
