import CollectaCore

/// The bytes of command output being assembled: text, numbers, dates and money are appended in
/// place as UTF-8, so that a page of records becomes one buffer and one write, without an
/// intermediate `String` per value.
struct OutputBytes {
    private(set) var bytes: [UInt8] = []
    private var dateTexts = DateTexts()
    /// The layout of the last JSON object written from an `OutputObject`.
    var lastJSONLayout: JSONObjectLayout?

    var isEmpty: Bool { bytes.isEmpty }
    var count: Int { bytes.count }

    /// Forgets the bytes, keeping the memory for the next page.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func append(ascii character: Unicode.Scalar) {
        bytes.append(UInt8(ascii: character))
    }

    mutating func append(byte: UInt8) {
        bytes.append(byte)
    }

    mutating func append(byte: UInt8, count: Int) {
        guard count > 0 else { return }
        bytes.append(contentsOf: repeatElement(byte, count: count))
    }

    mutating func append(contentsOf buffer: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: buffer)
    }

    /// The bytes from `start` on, as they were appended (a copy: keeping a slice of the buffer
    /// while appending would copy the whole buffer).
    func suffix(from start: Int) -> [UInt8] {
        Array(bytes[start...])
    }

    /// Calls `body` with the bytes, without copying them.
    func withUnsafeBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try bytes.withUnsafeBufferPointer(body)
    }

    /// Drops bytes from the end, down to `count` bytes.
    mutating func truncate(to count: Int) {
        bytes.removeLast(bytes.count - count)
    }

    /// The decimal digits of `number`, as `String(number)` writes them.
    mutating func append(integer number: Int) {
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        append(digitsOf: UInt64(number.magnitude), minimumCount: 1)
    }

    /// `date` as `LocalDate.isoString` writes it.
    mutating func append(date: LocalDate) {
        // Output repeats dates (the run date on every row, due dates): the last few are kept.
        let slot = date.daysSinceEpoch & (DateTexts.slots - 1)
        if let text = dateTexts.text(of: date, slot: slot) {
            bytes.append(contentsOf: text)
            return
        }
        let start = bytes.count
        appendComputed(date: date)
        dateTexts.remember(date, text: bytes[start...], slot: slot)
    }

    private mutating func appendComputed(date: LocalDate) {
        let (year, month, day) = date.components
        guard (0...9999).contains(year) else {
            append(date.isoString)
            return
        }
        append(digitsOf: UInt64(year), minimumCount: 4)
        bytes.append(UInt8(ascii: "-"))
        append(digitsOf: UInt64(month), minimumCount: 2)
        bytes.append(UInt8(ascii: "-"))
        append(digitsOf: UInt64(day), minimumCount: 2)
    }

    /// `amount` as `Money.decimalString` writes it: `-1234.05`.
    mutating func append(money amount: Money) {
        let magnitude = amount.minorUnits.magnitude
        if amount.minorUnits < 0 { bytes.append(UInt8(ascii: "-")) }
        append(digitsOf: magnitude / 100, minimumCount: 1)
        bytes.append(UInt8(ascii: "."))
        append(digitsOf: magnitude % 100, minimumCount: 2)
    }

    /// The decimal digits of `value`, zero-padded on the left to `minimumCount` digits.
    private mutating func append(digitsOf value: UInt64, minimumCount: Int) {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for 20 digits
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                count += 1
                buffer[24 - count] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            while count < minimumCount {
                count += 1
                buffer[24 - count] = UInt8(ascii: "0")
            }
            bytes.append(contentsOf: buffer[(24 - count)...])
        }
    }
}

/// The ISO text of recently written dates, by day number.
private struct DateTexts {
    static let slots = 64
    /// Empty until the first date is remembered.
    private var entries: [(day: Int, text: [UInt8])?] = []

    func text(of date: LocalDate, slot: Int) -> [UInt8]? {
        guard !entries.isEmpty, let entry = entries[slot], entry.day == date.daysSinceEpoch else { return nil }
        return entry.text
    }

    mutating func remember(_ date: LocalDate, text: ArraySlice<UInt8>, slot: Int) {
        if entries.isEmpty { entries = Array(repeating: nil, count: Self.slots) }
        entries[slot] = (date.daysSinceEpoch, Array(text))
    }
}
