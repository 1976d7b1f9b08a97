import CollectaBenchKit
import Foundation

extension Workbench {
    /// `collecta-bench tui-probe` on the demo database, `--runs` times: first frame, opening the
    /// process assignment list, and the keystrokes of every run.
    func measureTUI(_ dataset: Dataset) throws -> [BenchMeasurement] {
        let outputFile = scratch("tui-probe.json")
        defer { try? FileManager.default.removeItem(atPath: outputFile) }
        var outputs: [TUIProbeOutput] = []
        var processes: [ProcessSample] = []
        for run in 1...options.runs {
            let invocation = ProcessInvocation(
                bench,
                [
                    "tui-probe", "--db", dataset.demoDatabase, "--keys", String(options.tuiKeys),
                    "--today", dataset.today.isoString,
                ],
                output: .file(outputFile))
            processes.append(try ProcessRunner.run(invocation, allowing: [0]))
            let data = try Data(contentsOf: URL(fileURLWithPath: outputFile))
            do {
                outputs.append(try JSONDecoder().decode(TUIProbeOutput.self, from: data))
            } catch {
                throw ProcessFailure("tui-probe printed something else than its JSON object: \(error)")
            }
            let firstFrame = String(format: "%.1f ms", outputs[run - 1].firstFrameMilliseconds)
            log("[\(dataset.size.label)] TUI probe \(run): first frame \(firstFrame)")
        }
        return TUIProbeOutput.measurements(of: outputs, processes: processes, size: dataset.size)
    }
}
