/// Who a message is sent from and to, as the SMTP envelope says (MAIL FROM / RCPT TO).
public struct MailEnvelope: Hashable, Sendable {
    public var sender: String
    public var recipients: [String]

    public init(sender: String, recipients: [String]) {
        self.sender = sender
        self.recipients = recipients
    }
}

/// How one attempt to hand a message to the mail server ended.
public enum TransportOutcome: Hashable, Sendable {
    /// The server accepted the message; its reply, e.g. `250 2.0.0 Ok: queued as 1F2E`.
    case accepted(reply: String)
    /// The server refused with an SMTP reply code: 4xx is temporary, 5xx permanent. Nothing
    /// was delivered.
    case refused(code: Int, reply: String)
    /// The server could not be reached, or the connection failed before the whole message was
    /// handed over: nothing can have been delivered.
    case connectionFailed(reason: String)
    /// The connection failed after the whole message was handed over and before the server
    /// answered: the server may have accepted it.
    case uncertain(reason: String)
    /// `handingOver` declined: the message was withdrawn before the end of its data, so the
    /// server cannot have accepted it.
    case withdrawn
}

/// Something that hands messages to a mail server, one at a time, over one connection when it
/// can.
public protocol MailTransport: AnyObject {
    /// Sends `message` (the whole RFC 5322 text, CRLF line ends) under `envelope`.
    ///
    /// `handingOver` is called once, after the last byte of the message has been given to the
    /// server and before the end-of-data mark that lets the server accept it. Returning false
    /// withdraws the message (the outcome is then ``TransportOutcome/withdrawn``). This is the
    /// point after which a failure leaves the delivery uncertain.
    func send(_ message: [UInt8], envelope: MailEnvelope, handingOver: () -> Bool) -> TransportOutcome
}
