import CollectaBenchKit
import Testing

@Suite("Benchmark statistics")
struct StatisticsTests {
    @Test("the median of an odd count is the middle sample, whatever the order")
    func medianOfOddCount() throws {
        let summary = try #require(Summary([5, 1, 4, 2, 3]))
        #expect(summary.median == 3)
        #expect(summary.minimum == 1)
        #expect(summary.maximum == 5)
        #expect(summary.count == 5)
    }

    @Test("the median of an even count is the mean of the two middle samples")
    func medianOfEvenCount() throws {
        #expect(try #require(Summary([4, 1, 3, 2])).median == 2.5)
        #expect(try #require(Summary([7, 7])).median == 7)
    }

    @Test("one sample is its own median, extremes and p99")
    func singleSample() throws {
        let summary = try #require(Summary([0.25]))
        #expect([summary.median, summary.minimum, summary.maximum, summary.p99] == [0.25, 0.25, 0.25, 0.25])
    }

    @Test("no sample gives no summary")
    func noSample() {
        #expect(Summary([]) == nil)
        #expect(Summary.percentile(99, of: []) == nil)
    }

    @Test("p99 is the nearest rank: the 99th of 100, the 198th of 200, the largest of fewer than 100")
    func p99NearestRank() throws {
        let hundred = (1...100).map(Double.init).reversed()
        #expect(try #require(Summary(Array(hundred))).p99 == 99)
        #expect(try #require(Summary((1...200).map(Double.init))).p99 == 198)
        #expect(try #require(Summary((1...101).map(Double.init))).p99 == 100)
        #expect(try #require(Summary([3, 9, 1, 4, 2])).p99 == 9)
    }

    @Test("other percentiles by nearest rank")
    func otherPercentiles() {
        let samples = (1...10).map(Double.init)
        #expect(Summary.percentile(50, of: samples) == 5)
        #expect(Summary.percentile(90, of: samples) == 9)
        #expect(Summary.percentile(91, of: samples) == 10)
        #expect(Summary.percentile(100, of: samples) == 10)
        #expect(Summary.percentile(1, of: samples) == 1)
    }

    @Test("runs counted as one add their times and keep the largest peak RSS")
    func totalOfRuns() {
        let runs = [
            ProcessSample(exitStatus: 0, wallSeconds: 1, userSeconds: 0.5, systemSeconds: 0.25, peakRSSBytes: 10),
            ProcessSample(exitStatus: 1, wallSeconds: 2, userSeconds: 1.5, systemSeconds: 0.5, peakRSSBytes: 30),
            ProcessSample(exitStatus: 0, wallSeconds: 3, userSeconds: 1, systemSeconds: 0.25, peakRSSBytes: 20),
        ]
        let total = ProcessSample.total(of: runs)
        #expect(total.wallSeconds == 6)
        #expect(total.userSeconds == 3)
        #expect(total.systemSeconds == 1)
        #expect(total.cpuSeconds == 4)
        #expect(total.peakRSSBytes == 30)
    }
}
