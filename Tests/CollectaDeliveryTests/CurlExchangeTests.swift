import CCurl
import Foundation
import Testing

@testable import CollectaDelivery

/// What libcurl's callbacks do with one message: feeding its bytes, asking `handingOver` once
/// at the very end, and collecting the server's replies.
@Suite("Delivery: libcurl callbacks")
struct CurlExchangeTests {
    /// Reads the whole message in chunks of `capacity` bytes, as libcurl does.
    private func readAll(
        _ exchange: CurlExchange, capacity: Int, calls: () -> Int
    ) -> (bytes: [UInt8], callsBeforeEnd: [Int], last: Int) {
        var bytes: [UInt8] = []
        var callsBeforeEnd: [Int] = []
        var buffer = [CChar](repeating: 0, count: capacity)
        while true {
            let count = buffer.withUnsafeMutableBufferPointer {
                exchange.read(into: $0.baseAddress!, capacity: capacity)
            }
            guard count > 0, count <= capacity else { return (bytes, callsBeforeEnd, count) }
            callsBeforeEnd.append(calls())
            bytes += buffer[..<count].map { UInt8(bitPattern: $0) }
        }
    }

    @Test("handingOver is asked once, only after every byte was read, and the end is then 0")
    func handingOverOnceAtTheEnd() {
        let message = Array((0..<1000).map { UInt8($0 % 251) })
        var calls = 0
        let exchange = CurlExchange(message: message) {
            calls += 1
            return true
        }
        let (bytes, callsBeforeEnd, last) = readAll(exchange, capacity: 64) { calls }
        #expect(bytes == message)
        #expect(callsBeforeEnd.allSatisfy { $0 == 0 })
        #expect(last == 0)
        #expect(calls == 1)
        #expect(exchange.progress == .handedOver)
        var buffer = [CChar](repeating: 0, count: 8)
        #expect(buffer.withUnsafeMutableBufferPointer { exchange.read(into: $0.baseAddress!, capacity: 8) } == 0)
        #expect(calls == 1)
    }

    @Test("handingOver declining aborts the read")
    func withdrawal() {
        let exchange = CurlExchange(message: Array("x\r\n".utf8)) { false }
        let (_, _, last) = readAll(exchange, capacity: 64) { 0 }
        #expect(last == Int(CURL_READFUNC_ABORT))
        #expect(exchange.progress == .withdrawn)
    }

    @Test("reply lines assemble into replies: multi-line replies joined, split chunks rejoined")
    func replies() {
        var replies = SMTPReplies()
        func take(_ text: String) {
            Array(text.utf8).withUnsafeBytes { replies.take($0) }
        }
        take("220 collecta-test ESMTP\r\n")
        #expect(replies.replies == [SMTPReply(code: 220, text: "220 collecta-test ESMTP")])
        take("250-collecta-test\r\n250-SIZE 33554432\r\n")
        #expect(replies.replies.count == 1)
        take("250 HELP\r\n550 5.1.1 <anna@exa")
        #expect(replies.replies.last == SMTPReply(code: 250, text: "250 collecta-test SIZE 33554432 HELP"))
        take("mple.ru>: Recipient address rejected\r\n")
        #expect(replies.replies.last
            == SMTPReply(code: 550, text: "550 5.1.1 <anna@example.ru>: Recipient address rejected"))
        take("354\r\n")
        #expect(replies.replies.last == SMTPReply(code: 354, text: "354"))
        #expect(replies.replies.count == 4)
    }
}
