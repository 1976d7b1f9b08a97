import CollectaBenchKit
import Testing

@Suite("collecta-bench suite options")
struct SuiteOptionsTests {
    @Test("the defaults: 10k and 100k customers, 5 runs, .build/bench, nothing skipped")
    func defaults() throws {
        let options = try SuiteOptions.parse([])
        #expect(options.sizes == [DatasetSize(customers: 10_000), DatasetSize(customers: 100_000)])
        #expect(options.sizes.map(\.invoices) == [100_000, 1_000_000])
        #expect(options.runs == 5)
        #expect(options.seriesRunCount == 5)
        #expect(options.output == ".build/bench")
        #expect(options.skip.isEmpty)
        #expect(options.date == "2026-11-29")
        #expect(options.firstDate?.isoString == "2026-11-29")
        #expect(options.tuiKeys == 100)
        #expect(options.collecta == nil)
        #expect(!options.reuseData)
    }

    @Test("every option is read")
    func everyOption() throws {
        let options = try SuiteOptions.parse([
            "--sizes", "1_000, 2000,1000", "--runs", "3", "--series-runs", "1", "--output", "/tmp/out",
            "--skip", "import,TUI", "--date", "2027-01-31", "--tui-keys", "20", "--collecta", "/opt/collecta",
            "--reuse-data",
        ])
        #expect(options.sizes.map(\.customers) == [1_000, 2_000])
        #expect(options.runs == 3)
        #expect(options.seriesRunCount == 1)
        #expect(options.output == "/tmp/out")
        #expect(options.skip == [.import, .tui])
        #expect(!options.includes(.tui))
        #expect(options.includes(.run))
        #expect(options.firstDate?.isoString == "2027-01-31")
        #expect(options.tuiKeys == 20)
        #expect(options.collecta == "/opt/collecta")
        #expect(options.reuseData)
    }

    @Test("the series runs follow --runs unless given")
    func seriesRunsFollowRuns() throws {
        #expect(try SuiteOptions.parse(["--runs", "7"]).seriesRunCount == 7)
    }

    @Test("bad values are refused with a message naming the option", arguments: [
        (["--sizes", "10k"], "--sizes: '10k' is not a positive customer count"),
        (["--sizes", "0"], "--sizes: '0' is not a positive customer count"),
        (["--sizes", ","], "--sizes needs at least one customer count"),
        (["--skip", "import,speed"], "--skip: 'speed' is not one of import, simulate, predict, run, history, tui"),
        (["--runs", "0"], "--runs must be at least 1"),
        (["--series-runs", "0"], "--series-runs must be at least 1"),
        (["--tui-keys", "0"], "--tui-keys must be at least 1"),
        (["--date", "2026-02-30"], "--date must be a date like 2026-11-29, not '2026-02-30'"),
    ])
    func badValues(arguments: [String], message: String) {
        do {
            _ = try SuiteOptions.parse(arguments)
            Issue.record("\(arguments) was accepted")
        } catch {
            #expect(SuiteOptions.message(for: error).contains(message))
        }
    }
}
