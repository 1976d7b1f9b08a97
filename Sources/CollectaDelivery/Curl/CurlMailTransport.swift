import CCurl
import CollectaCore
import Foundation

/// Why a ``CurlMailTransport`` could not be made.
public enum CurlMailTransportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The settings name no mail server.
    case noHost
    /// The port is outside 1…65535.
    case invalidPort(Int)
    /// The host name holds characters that cannot be part of a URL's host.
    case invalidHost(String)
    /// libcurl could not be initialised.
    case libraryUnavailable(reason: String)
    /// libcurl refused an option (its number in curl.h).
    case optionRefused(option: Int, reason: String)

    public var description: String {
        switch self {
        case .noHost:
            "no mail server is configured: set its host first"
        case let .invalidPort(port):
            "mail server port \(port) is not between 1 and 65535"
        case let .invalidHost(host):
            "mail server host \"\(host)\" is not a host name or address"
        case let .libraryUnavailable(reason):
            "libcurl cannot be initialised: \(reason)"
        case let .optionRefused(option, reason):
            "libcurl refused option \(option): \(reason)"
        }
    }
}

/// Hands messages to an SMTP server through libcurl, one at a time over one connection, which
/// libcurl keeps open between messages and reopens when the server has closed it.
///
/// With ``MailSecurity/starttls`` the session must be upgraded to TLS before anything else is
/// sent; ``MailSecurity/tls`` speaks TLS from the first byte (SMTPS). Certificates are checked
/// against the system's CA store.
public final class CurlMailTransport: MailTransport {
    /// `host:port`, as failures name the server.
    public let serverName: String
    private let handle: CurlHandle

    /// - Parameters:
    ///   - password: used with the settings' user; ignored without one.
    ///   - connectTimeout: how long connecting (and the TLS handshake) may take.
    ///   - timeout: how long one message's whole exchange may take.
    /// - Throws: `CurlMailTransportError` when no server is configured or libcurl cannot be set up.
    public convenience init(
        settings: MailServerSettings, password: String?, connectTimeout: Duration = .seconds(15),
        timeout: Duration = .seconds(120)
    ) throws {
        try self.init(
            settings: settings, password: password, connectTimeout: connectTimeout, timeout: timeout,
            certificateAuthorities: nil)
    }

    /// `certificateAuthorities`: a PEM file trusted instead of the system's CA store (tests
    /// against a server with a self-signed certificate).
    init(
        settings: MailServerSettings, password: String?, connectTimeout: Duration, timeout: Duration,
        certificateAuthorities: String?
    ) throws {
        let host = settings.host.trimmingCharacters(in: .whitespaces)
        guard !host.isEmpty else { throw CurlMailTransportError.noHost }
        guard (1...65_535).contains(settings.port) else { throw CurlMailTransportError.invalidPort(settings.port) }
        guard host.unicodeScalars.allSatisfy(Self.isHostCharacter) else {
            throw CurlMailTransportError.invalidHost(host)
        }
        let urlHost = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        serverName = "\(urlHost):\(settings.port)"
        handle = try CurlHandle()
        let scheme = settings.security == .tls ? "smtps" : "smtp"
        try handle.set(CURLOPT_URL, "\(scheme)://\(serverName)")
        if settings.security == .starttls {
            try handle.set(CURLOPT_USE_SSL, Int(CURLUSESSL_ALL.rawValue))
        }
        if let certificateAuthorities {
            try handle.set(CURLOPT_CAINFO, certificateAuthorities)
        }
        if !settings.user.isEmpty {
            try handle.set(CURLOPT_USERNAME, settings.user)
            try handle.set(CURLOPT_PASSWORD, password ?? "")
        }
        try handle.set(CURLOPT_NOSIGNAL, 1)
        try handle.set(CURLOPT_CONNECTTIMEOUT_MS, Self.milliseconds(connectTimeout))
        try handle.set(CURLOPT_TIMEOUT_MS, Self.milliseconds(timeout))
        try handle.set(CURLOPT_UPLOAD, 1)
        try handle.set(CURLOPT_VERBOSE, 1)
        try handle.setReadFunction(CurlExchange.readFunction)
        try handle.setDebugFunction(CurlExchange.debugFunction)
    }

    /// Sends `message` over the open connection (opening one when needed): MAIL FROM, one RCPT TO
    /// per recipient, DATA. A refusal of any recipient refuses the whole message.
    ///
    /// An address that an SMTP command line cannot carry (a control character, `<` or `>`, or
    /// empty) is refused before connecting with `501 5.1.3`, as a server would refuse it: it is
    /// never sent, so it cannot smuggle a command into the session.
    public func send(_ message: [UInt8], envelope: MailEnvelope, handingOver: () -> Bool) -> TransportOutcome {
        if let address = ([envelope.sender] + envelope.recipients).first(where: { !Self.isEnvelopeAddress($0) }) {
            let reply = "501 5.1.3 \(address.debugDescription) cannot be an envelope address (Collecta did not send it)"
            return .refused(code: 501, reply: reply)
        }
        return withoutActuallyEscaping(handingOver) { handingOver in
            let exchange = CurlExchange(message: message, handingOver: handingOver)
            let recipients = CurlStringList(envelope.recipients.map { "<\($0)>" })
            let context = Unmanaged.passUnretained(exchange).toOpaque()
            let result: (code: CURLcode, message: String)
            do {
                try handle.set(CURLOPT_MAIL_FROM, "<\(envelope.sender)>")
                try handle.set(CURLOPT_MAIL_RCPT, list: recipients.pointer)
                // No CURLOPT_INFILESIZE: with a known size libcurl stops reading after the last
                // byte, and the read function would never see the end where it hands over.
                try handle.set(CURLOPT_READDATA, pointer: context)
                try handle.set(CURLOPT_DEBUGDATA, pointer: context)
                result = handle.perform()
            } catch {
                return .connectionFailed(reason: "\(serverName): \(error)")
            }
            // The handle must not keep pointers to this exchange or its list past this call.
            try? handle.set(CURLOPT_READDATA, pointer: nil)
            try? handle.set(CURLOPT_DEBUGDATA, pointer: nil)
            try? handle.set(CURLOPT_MAIL_RCPT, list: nil)
            return withExtendedLifetime((exchange, recipients)) {
                outcome(of: result, exchange: exchange)
            }
        }
    }

    /// Reads the transfer's result as the outcomes of ``TransportOutcome`` define them.
    private func outcome(of result: (code: CURLcode, message: String), exchange: CurlExchange) -> TransportOutcome {
        if exchange.progress == .withdrawn { return .withdrawn }
        if result.code == CURLE_OK {
            let code = handle.responseCode
            return .accepted(reply: exchange.replies.last { $0.code == code }?.text ?? String(code))
        }
        // libcurl updates the code with every reply; without a reply in this exchange it is stale.
        // The refusal need not be the last reply: closing after a failure adds QUIT's 221.
        let code = exchange.replies.isEmpty ? 0 : handle.responseCode
        if code >= 400 {
            let reply = exchange.replies.last { $0.code == code }?.text
            return .refused(code: code, reply: reply ?? "\(code) \(result.message)")
        }
        if exchange.progress == .handedOver {
            return .uncertain(
                reason: "\(serverName): the connection failed after the whole message was sent and before "
                    + "the server answered: \(result.message)")
        }
        return .connectionFailed(reason: "\(serverName): \(result.message)")
    }

    private static func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }

    private static func isEnvelopeAddress(_ address: String) -> Bool {
        !address.isEmpty
            && address.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F && $0 != "<" && $0 != ">" }
    }

    private static func isHostCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || ".-:[]_".unicodeScalars.contains(scalar)
    }
}
