/// The names of the measurements, as in the report.
public enum MeasurementName {
    public static let importInvoices = "import invoices"
    public static let simulate = "simulate, all hierarchies"
    public static let runFirstDate = "run, first date"
    public static let runSameDate = "run, same date again"
    public static let runThirtyDates = "run, 30 consecutive dates (total)"
    public static let predict = "predict, train and store"
    public static let historyOfHierarchy = "history of a hierarchy (first page)"
    public static let historyOfCustomer = "history of a customer (first page)"
    public static let tuiFirstFrame = "TUI first frame"
    public static let tuiOpenScreen = "TUI open screen"

    /// The keystroke measurement of one kind of key (`down`, `pageDown`, `filter`).
    public static func tuiKey(_ kind: String) -> String { "TUI key \(kind)" }
}

/// The targets of issue 7, for a release build on the 2-core benchmark machine. They are set at
/// 100,000 customers and 1,000,000 invoices; smaller companies are measured without targets.
public enum PerformanceTargets {
    /// The company size the targets are set for.
    public static let targetSize = DatasetSize(customers: 100_000)

    /// The targets of the measurement called `name` at `size`; none off the target size.
    public static func targets(for name: String, at size: DatasetSize) -> [Target] {
        guard size == targetSize else { return [] }
        switch name {
        case MeasurementName.importInvoices: return [.ratio(atMost: 2)]
        case MeasurementName.simulate:
            return [.median(atMost: 1, .seconds), .ratio(atMost: 10), .peakRSS(atMostMegabytes: 200)]
        case MeasurementName.runFirstDate: return [.median(atMost: 3, .seconds)]
        case MeasurementName.runSameDate: return [.median(atMost: 0.2, .seconds)]
        case MeasurementName.tuiFirstFrame: return [.median(atMost: 150, .milliseconds)]
        case _ where name.hasPrefix(MeasurementName.tuiKey("")): return [.p99(atMost: 10, .milliseconds)]
        default: return []
        }
    }
}
