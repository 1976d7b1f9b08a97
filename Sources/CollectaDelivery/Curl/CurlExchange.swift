import CCurl
import Foundation

/// One message's transfer as libcurl's callbacks see it: the bytes still to upload, whether the
/// message was handed over, and the server's replies.
///
/// libcurl calls the callbacks on the thread that runs `curl_easy_perform`, during that call
/// only, so the state needs no lock.
final class CurlExchange {
    /// Where the upload stands.
    enum Progress: Equatable {
        /// Bytes are still being read.
        case reading
        /// All bytes were read and `handingOver` agreed: libcurl sends the end-of-data mark.
        case handedOver
        /// All bytes were read and `handingOver` declined: the transfer is aborted.
        case withdrawn
    }

    private let message: [UInt8]
    private var offset = 0
    private let handingOver: () -> Bool
    private(set) var progress = Progress.reading
    private var replyLines = SMTPReplies()

    init(message: [UInt8], handingOver: @escaping () -> Bool) {
        self.message = message
        self.handingOver = handingOver
    }

    /// The server's complete replies in this exchange, in order.
    var replies: [SMTPReply] { replyLines.replies }

    /// Fills `buffer` (at most `capacity` bytes) with the next part of the message; at the end
    /// asks `handingOver` once and returns 0, or `CURL_READFUNC_ABORT` when it declines.
    func read(into buffer: UnsafeMutablePointer<CChar>, capacity: Int) -> Int {
        let count = min(capacity, message.count - offset)
        if count > 0 {
            message.withUnsafeBytes { bytes in
                UnsafeMutableRawPointer(buffer).copyMemory(from: bytes.baseAddress! + offset, byteCount: count)
            }
            offset += count
            return count
        }
        switch progress {
        case .reading:
            progress = handingOver() ? .handedOver : .withdrawn
        case .handedOver, .withdrawn:
            break
        }
        return progress == .withdrawn ? Int(CURL_READFUNC_ABORT) : 0
    }

    /// Takes in what libcurl reports of the conversation; keeps the server's reply lines.
    func observe(_ type: curl_infotype, _ data: UnsafeMutablePointer<CChar>, count: Int) {
        guard type == CURLINFO_HEADER_IN else { return }
        replyLines.take(UnsafeRawBufferPointer(start: data, count: count))
    }

    /// The C callbacks, which find their exchange through the context pointer.
    static let readFunction: collecta_curl_read_function = { buffer, size, count, context in
        guard let buffer, let context else { return Int(CURL_READFUNC_ABORT) }
        let exchange = Unmanaged<CurlExchange>.fromOpaque(context).takeUnretainedValue()
        return exchange.read(into: buffer, capacity: size * count)
    }

    static let debugFunction: collecta_curl_debug_function = { _, type, data, size, context in
        if let data, let context {
            Unmanaged<CurlExchange>.fromOpaque(context).takeUnretainedValue().observe(type, data, count: size)
        }
        return 0
    }
}

/// A reply from an SMTP server: its code and its text, the lines of a multi-line reply joined.
struct SMTPReply: Hashable {
    var code: Int
    /// The whole reply as the server wrote it, e.g. `550 5.1.1 <x@y>: Recipient address rejected`.
    var text: String
}

/// Assembles reply lines (`250-…` continues, `250 …` ends a reply) into replies.
struct SMTPReplies {
    private(set) var replies: [SMTPReply] = []
    private var pending: [String] = []
    private var partialLine: [UInt8] = []

    mutating func take(_ chunk: UnsafeRawBufferPointer) {
        for byte in chunk {
            if byte == UInt8(ascii: "\n") {
                if partialLine.last == UInt8(ascii: "\r") { partialLine.removeLast() }
                takeLine(String(decoding: partialLine, as: UTF8.self))
                partialLine = []
            } else {
                partialLine.append(byte)
            }
        }
    }

    private mutating func takeLine(_ line: String) {
        let code = String(line.prefix(3))
        guard code.count == 3, let number = Int(code) else { return }
        pending.append(line.dropFirst(4).trimmingCharacters(in: .whitespaces))
        guard line.dropFirst(3).first != "-" else { return }
        let text = pending.filter { !$0.isEmpty }.joined(separator: " ")
        replies.append(SMTPReply(code: number, text: text.isEmpty ? code : "\(code) \(text)"))
        pending = []
    }
}
