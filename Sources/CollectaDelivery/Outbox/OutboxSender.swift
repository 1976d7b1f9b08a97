import CollectaCore
import CollectaStore
import Foundation

/// The outbox's sending loop (docs/delivery.md): hands every due email to a `MailTransport`,
/// one at a time in id order, and writes each outcome.
///
/// - Emails a process handed over and died before recording are failed first, never resent
///   (``CollectaDatabase/recoverInterrupted(at:)``).
/// - Each email is marked handed over, durably and by compare and set, between the last byte of
///   its data and the end-of-data mark; the outcome is written durably after the answer.
/// - 4xx answers and connection failures make it `retrying` (``DeliveryPolicy``); retries due
///   within the policy's wait window are made by the same send. 5xx answers fail it and the send
///   goes on; a connection failure stops the send there, leaving the rest untouched.
///
/// Drive it with ``sendAll(progress:)``, or step by step with ``sendNext()`` (a screen's tick).
/// Only one sender works on a database at a time: it holds a lock while it exists.
public final class OutboxSender {
    private let database: CollectaDatabase
    private let transport: any MailTransport
    private let policy: DeliveryPolicy
    private let clock: any DeliveryClock
    private let limit: Int?
    private let pageSize: Int
    private let lock: SendingLock?

    private var recovered: [DeliveryEvent]?
    private var firstPass = FirstPass()
    /// When the emails this send left retrying are due again.
    private var retryTimes: [Int64: Date] = [:]
    private var retryQueue: [Int64] = []
    private var stopped = false
    private var finalStatuses: [Int64: EmailStatus] = [:]
    private var interrupted = 0
    private var skipped = 0

    /// A sender for `database` through `transport`.
    /// - Parameters:
    ///   - limit: at most this many emails are taken from the outbox (their retries within the
    ///     send included); nil for all that are due.
    ///   - pageSize: how many due emails are read at a time.
    /// - Throws: `DeliveryError` when another process is sending from the same database.
    public init(
        database: CollectaDatabase, transport: any MailTransport, policy: DeliveryPolicy = .standard,
        clock: any DeliveryClock = SystemDeliveryClock(), limit: Int? = nil, pageSize: Int = 100
    ) throws {
        self.database = database
        self.transport = transport
        self.policy = policy
        self.clock = clock
        self.limit = limit
        self.pageSize = max(1, pageSize)
        lock = try SendingLock.acquire(forDatabaseAt: database.path)
    }

    /// The emails attempted so far, by the status each was left in.
    public var summary: DeliverySummary {
        var summary = DeliverySummary()
        for status in finalStatuses.values {
            switch status {
            case .sent: summary.sent += 1
            case .failed: summary.failed += 1
            case .retrying, .queued: summary.retrying += 1
            }
        }
        summary.interrupted = interrupted
        summary.skipped = skipped
        summary.stoppedByConnectionFailure = stopped
        return summary
    }

    /// Sends every due email, waiting on the clock for retries within the wait window, and
    /// reports each attempt to `progress` as it ends.
    /// - Throws: `StoreError` when the database cannot be read or written (the email in hand is
    ///   then not handed over, or its outcome is found by the next send).
    @discardableResult
    public func sendAll(progress: (DeliveryEvent) -> Void = { _ in }) throws -> DeliverySummary {
        while true {
            switch try sendNext() {
            case .delivered(let event): progress(event)
            case .waiting(let date): clock.wait(until: date)
            case .finished: return summary
            }
        }
    }

    /// Does the next piece of the send: recovers one interrupted email, or attempts one email,
    /// or says when the next retry is due, or that the send is over. Never waits.
    /// - Throws: `StoreError`.
    public func sendNext() throws -> DeliveryStep {
        if recovered == nil { recovered = try recoverInterrupted() }
        if let event = recovered?.first {
            recovered?.removeFirst()
            return .delivered(event)
        }
        guard !stopped else { return .finished }
        if let email = try nextInFirstPass() ?? nextRetryDue() {
            return .delivered(try attempt(email))
        }
        let now = clock.now
        guard let earliest = retryTimes.values.min(), earliest <= now.addingTimeInterval(policy.waitWindow)
        else { return .finished }
        return .waiting(until: earliest)
    }

    private func recoverInterrupted() throws -> [DeliveryEvent] {
        try database.recoverInterrupted(at: clock.now).map { email in
            finalStatuses[email.id ?? 0] = .failed
            interrupted += 1
            return DeliveryEvent(recorded: email, outcome: .interrupted)
        }
    }

    /// The next due email in id order, read page by page, until the limit.
    private func nextInFirstPass() throws -> DueEmail? {
        while !firstPass.done {
            if let limit, firstPass.taken >= limit {
                firstPass.done = true
                break
            }
            if let email = firstPass.take() { return email }
            let page = try database.dueEmails(at: clock.now, after: firstPass.cursor, limit: pageSize)
            firstPass.load(page)
        }
        return nil
    }

    /// The next email this send left retrying whose time has come, in id order.
    private func nextRetryDue() throws -> DueEmail? {
        while true {
            if retryQueue.isEmpty {
                let now = clock.now
                retryQueue = retryTimes.filter { $0.value <= now }.keys.sorted(by: >)
            }
            guard let id = retryQueue.popLast() else { return nil }
            if let email = try database.dueEmails(at: clock.now, after: id - 1, limit: 1).first, email.id == id {
                return email
            }
            retryTimes[id] = nil
        }
    }

    /// Hands `due` to the transport and records the outcome.
    private func attempt(_ due: DueEmail) throws -> DeliveryEvent {
        let email = due.email
        let messageID = try email.delivery.messageID
            ?? database.fixMessageID(OutboxMessage.newMessageID(for: email), forEmail: due.id)
        let bytes = OutboxMessage.bytes(for: email, messageID: messageID, date: clock.now)
        var handedOver = false
        var markFailure: (any Error)?
        let outcome = transport.send(bytes, envelope: OutboxMessage.envelope(for: email)) {
            do {
                handedOver = try database.markHandedOver(id: due.id, at: clock.now)
            } catch {
                markFailure = error
            }
            return handedOver
        }
        if let markFailure { throw markFailure }
        guard let record = policy.record(for: outcome, of: due, handedOver: handedOver, at: clock.now),
              try database.recordOutcome(record)
        else {
            skipped += 1
            return DeliveryEvent(
                emailID: due.id, recipients: email.recipients, subject: email.subject, attempt: 0,
                outcome: .skipped, status: email.status, reply: "another process is sending it")
        }
        note(record)
        return DeliveryEvent(
            emailID: due.id, recipients: email.recipients, subject: email.subject,
            attempt: email.delivery.attempts + 1, outcome: DeliveryEventOutcome(record.outcome),
            status: record.status, reply: record.lastReply, nextAttemptAt: record.nextAttemptAt)
    }

    private func note(_ record: DeliveryOutcomeRecord) {
        finalStatuses[record.emailID] = record.status
        retryTimes[record.emailID] = record.status == .retrying ? record.nextAttemptAt : nil
        if record.outcome == .connection { stopped = true }
    }
}

/// The first pass over the due emails: a page in hand and where the next page starts.
private struct FirstPass {
    var done = false
    var cursor: Int64?
    var taken = 0
    private var page: [DueEmail] = []
    private var index = 0

    mutating func take() -> DueEmail? {
        guard index < page.count else { return nil }
        defer { index += 1 }
        taken += 1
        return page[index]
    }

    mutating func load(_ page: [DueEmail]) {
        self.page = page
        index = 0
        if let last = page.last { cursor = last.id } else { done = true }
    }
}
