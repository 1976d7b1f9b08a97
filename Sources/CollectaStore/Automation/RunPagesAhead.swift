import CollectaCore
import Foundation

/// A run's pages prepared ahead of the writer on several threads (`OrderedPages`): while
/// `RunSession.step()` writes page k, the next pages are read, decided and rendered, each on a
/// read connection of the pool and in a read transaction of its own. The pages are those the
/// preparer would read one after another, as their ends are found first.
final class RunPagesAhead {
    /// Pages prepared and not yet written: enough for both threads to keep working while the
    /// writer is slower, few enough to bound memory (a page is a few hundred kilobytes).
    private static let capacity = 4
    private let pages: OrderedPages<PreparedPage?>

    /// Starts preparing the pages after `preparer`'s cursor.
    init(_ preparer: RunPagePreparer, workers: Int) throws {
        let after = preparer.cursor
        let ends = try preparer.database.writer.read { db in
            try PageCustomers.pageEnds(db, after: after ?? "", size: preparer.pageSize)
        }
        let renderers = WorkerRenderers(count: workers)
        // The page after the last end holds the customers left over, if any.
        pages = OrderedPages(count: ends.count + 1, workers: workers, capacity: Self.capacity) { worker, index in
            let from = index == 0 ? after : ends[index - 1]
            let through = index < ends.count ? ends[index] : nil
            return try renderers.using(worker) { try preparer.page(after: from, through: through, renderer: &$0) }
        }
    }

    /// The next page that holds customers, waiting for it; nil after the last one.
    func next() throws -> PreparedPage? {
        while let page = pages.next() {
            if let prepared = try page.get() { return prepared }
        }
        return nil
    }

    /// Prepares no more pages; returns when the threads are done.
    func stop() {
        pages.stop()
    }
}

/// One template renderer per preparing thread, so that each template is compiled once per
/// thread and run.
private final class WorkerRenderers: @unchecked Sendable {
    // @unchecked: renderer `worker` is only ever used by the thread numbered `worker`.
    private var renderers: [TemplateRenderer]

    init(count: Int) {
        renderers = Array(repeating: TemplateRenderer(), count: max(count, 1))
    }

    func using<Result>(_ worker: Int, _ body: (inout TemplateRenderer) throws -> Result) rethrows -> Result {
        try body(&renderers[worker])
    }
}
