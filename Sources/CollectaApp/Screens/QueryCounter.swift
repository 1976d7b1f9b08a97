/// Counts the queries a data source runs, for the tests that prove a list reads only what it
/// shows. Shared by the copies of one source.
final class QueryCounter {
    private(set) var counts = 0
    private(set) var pages = 0
    /// The largest number of rows one page asked for.
    private(set) var largestPage = 0

    func countAsked() { counts += 1 }

    func pageAsked(_ size: Int) {
        pages += 1
        largestPage = max(largestPage, size)
    }
}
