import Foundation
import GRDB
import SMTPTesting
import Testing

/// `collecta send` killed for real while the server holds the whole email without answering:
/// the next send must not send it again.
@Suite("collecta send killed between the hand-over and the outcome")
struct SendKillTests {
    /// An SMTP server that takes a whole message and then never answers the end of its data.
    private static let silentServer = """
        import asyncio, sys
        async def session(reader, writer):
            writer.write(b'220 silent ESMTP\\r\\n')
            while True:
                line = await reader.readline()
                if not line:
                    return
                verb = line[:4].upper()
                if verb in (b'EHLO', b'HELO'):
                    writer.write(b'250 silent\\r\\n')
                elif verb == b'DATA':
                    writer.write(b'354 go on\\r\\n')
                    await writer.drain()
                    while (await reader.readline()) not in (b'.\\r\\n', b''):
                        pass
                    open(sys.argv[1], 'w').write('data received')
                    await asyncio.sleep(3600)
                else:
                    writer.write(b'250 ok\\r\\n')
                await writer.drain()
        async def main():
            server = await asyncio.start_server(session, '127.0.0.1', 0)
            print('LISTENING', server.sockets[0].getsockname()[1], flush=True)
            await asyncio.sleep(600)
        asyncio.run(main())
        """

    @Test("SIGKILL while the server holds the data: a concurrent send is refused; the next send fails the email as interrupted and never resends it")
    func killedForReal() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("collecta-kill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        func collecta(_ arguments: [String]) throws -> ProcessResult {
            try ProcessRunner.run(
                ProcessRunner.collectaBinary, arguments + ["--db", "demo.sqlite"],
                environment: ["HOME": directory.path, "LANG": "C.UTF-8"], in: directory)
        }
        #expect(try collecta(["demo", "--customers", "40", "--seed", "5", "--today", "2026-11-29"]).status == 0)
        #expect(try collecta(["run", "--as-of", "2026-11-29"]).status == 0)

        let script = directory.appendingPathComponent("silent.py")
        try Self.silentServer.write(to: script, atomically: true, encoding: .utf8)
        let marker = directory.appendingPathComponent("data-received")
        let server = Process()
        let serverInput = Pipe()
        let serverOutput = Pipe()
        server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        server.arguments = ["python3", script.path, marker.path]
        server.standardInput = serverInput
        server.standardOutput = serverOutput
        try server.run()
        defer {
            // SIGKILL: a child may inherit the test process's blocked SIGTERM.
            kill(server.processIdentifier, SIGKILL)
            server.waitUntilExit()
        }
        var greeting = ""
        while !greeting.contains("\n") {
            let data = serverOutput.fileHandleForReading.availableData
            guard !data.isEmpty else { break }
            greeting += String(decoding: data, as: UTF8.self)
        }
        let port = try #require(greeting.split(separator: " ").last.map { String($0.filter(\.isNumber)) })
        #expect(try collecta(["mail-server", "--host", "127.0.0.1", "--port", port, "--security", "none"]).status == 0)

        let send = Process()
        send.executableURL = ProcessRunner.collectaBinary
        send.arguments = ["send", "--db", "demo.sqlite"]
        send.currentDirectoryURL = directory
        send.environment = ["HOME": directory.path, "LANG": "C.UTF-8"]
        send.standardOutput = FileHandle.nullDevice
        send.standardError = FileHandle.nullDevice
        try send.run()
        let database = try DatabaseQueue(path: directory.appendingPathComponent("demo.sqlite").path)
        // Waits (bounded) until the server holds the whole email and the send has marked it.
        for _ in 0..<600 where !FileManager.default.fileExists(atPath: marker.path) {
            usleep(100_000)
        }
        let handedOver = try database.read {
            try String.fetchOne($0, sql: "SELECT handed_over_at FROM outbox_email WHERE id = 1")
        }
        #expect(handedOver != nil)
        let concurrent = try collecta(["send"])
        #expect(concurrent.status == 3)
        #expect(concurrent.standardError.contains("another process is sending the outbox of this database"))
        kill(send.processIdentifier, SIGKILL)
        send.waitUntilExit()
        #expect(send.terminationReason == .uncaughtSignal)

        let accepting = try TestSMTPServer()
        #expect(try collecta(["mail-server", "--port", String(accepting.port)]).status == 0)
        let next = try collecta(["send", "--format", "json"])
        #expect(next.status == 1)
        #expect(accepting.received.count == 4)
        #expect(!accepting.received.contains { $0.recipients.contains("s.kuznetsova@severny-veter.ru") })
        let status = try database.read {
            try Row.fetchOne($0, sql: "SELECT status, last_reply FROM outbox_email WHERE id = 1")
        }
        #expect(status?["status"] as String? == "failed")
        #expect((status?["last_reply"] as String?)?.hasPrefix("interrupted after the whole message") == true)
    }
}
