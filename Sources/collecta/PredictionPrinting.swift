import CollectaCore
import CollectaStore
import Foundation

/// Prints what `collecta predict` stored: a summary and the model's coefficients, or one JSON
/// object (docs/cli.md).
struct PredictionSummaryPrinter {
    let summary: PredictionSummary

    func print(as format: OutputFormat) throws {
        if format == .json {
            try StandardOutput.writeJSON(object)
            return
        }
        let model = summary.model
        let neither = summary.predictionCount - summary.lateCount - summary.veryLateCount
        StandardOutput.write(lines: [
            "predictions for \(summary.asOf): \(summary.predictionCount) stored "
                + "(very late \(summary.veryLateCount), late \(summary.lateCount), neither \(neither); "
                + "benchmarks: very late \(summary.benchmarks.veryLateBenchmarkPercent) %, "
                + "late \(summary.benchmarks.lateBenchmarkPercent) %)",
            "trained on \(model.exampleCount) invoices with a payment outcome known by \(model.cutoff)"
                + (model.sampleCount < model.exampleCount ? " (a sample of \(model.sampleCount))" : ""),
            "base rates: " + zip(["on time", "late", "very late"], model.baseRates).map { name, rate in
                "\(name) \(Percent.text(rate))"
            }.joined(separator: ", "),
            "",
        ])
        var coefficients = RecordWriter<CoefficientRecord>(format: .table)
        try coefficients.write(model.coefficients.map(CoefficientRecord.init))
        try coefficients.finish()
    }

    private var object: OutputObject {
        let model = summary.model
        let rates = model.baseRates
        return OutputObject([
            (key: "asOf", value: .date(summary.asOf)),
            (key: "predictions", value: .integer(summary.predictionCount)),
            (key: "late", value: .integer(summary.lateCount)),
            (key: "veryLate", value: .integer(summary.veryLateCount)),
            (key: "lateBenchmarkPercent", value: .integer(summary.benchmarks.lateBenchmarkPercent)),
            (key: "veryLateBenchmarkPercent", value: .integer(summary.benchmarks.veryLateBenchmarkPercent)),
            (key: "trainingCutoff", value: .date(model.cutoff)),
            (key: "trainingExamples", value: .integer(model.exampleCount)),
            (key: "sampledExamples", value: .integer(model.sampleCount)),
            (key: "baseRates", value: .object(OutputObject([
                (key: "onTime", value: .decimal(rates[0], digits: 4)),
                (key: "late", value: .decimal(rates[1], digits: 4)),
                (key: "veryLate", value: .decimal(rates[2], digits: 4)),
            ]))),
            (key: "coefficients", value: .objects(model.coefficients.map { CoefficientRecord($0).object })),
        ])
    }
}

/// One row of the model's coefficients: per standard deviation of the feature, on the log-odds
/// of late and of very late against on time.
struct CoefficientRecord: OutputRecord {
    static let columns = [
        OutputColumn("feature"), OutputColumn("late", alignment: .trailing),
        OutputColumn("veryLate", alignment: .trailing), OutputColumn("mean", alignment: .trailing),
        OutputColumn("standardDeviation", title: "std dev", alignment: .trailing),
    ]

    let coefficient: FeatureCoefficient

    init(_ coefficient: FeatureCoefficient) {
        self.coefficient = coefficient
    }

    var values: [OutputValue] {
        [
            .text(coefficient.feature), .decimal(coefficient.late, digits: 4),
            .decimal(coefficient.veryLate, digits: 4), .decimal(coefficient.mean, digits: 4),
            .decimal(coefficient.standardDeviation, digits: 4),
        ]
    }
}

/// Prints `collecta predict --evaluate`: the scores against the base rates and the calibration.
struct BacktestPrinter {
    let report: BacktestReport

    func print(as format: OutputFormat) throws {
        if format == .json {
            try StandardOutput.writeJSON(object)
            return
        }
        StandardOutput.write(lines: [
            "backtest split at \(report.split): trained on \(report.trainingCount) invoices with an outcome known "
                + "by then, tested on \(report.testCount) invoices due after it with an outcome known by \(report.knownBy)",
            "",
        ])
        var scores = RecordWriter<ScoreRecord>(format: .table)
        try scores.write([ScoreRecord(name: "model", scores: report.model), ScoreRecord(name: "base rates", scores: report.baseline)])
        try scores.finish()
        StandardOutput.write(lines: [
            "Brier score \(String(format: "%.1f", report.brierImprovementPercent)) % better than the base rates",
            "",
            "Calibration of P(late or very late), in bands of 10 points:",
        ])
        var calibration = RecordWriter<CalibrationRecord>(format: .table)
        try calibration.write(report.calibration.map(CalibrationRecord.init))
        try calibration.finish()
    }

    private var object: OutputObject {
        OutputObject([
            (key: "split", value: .date(report.split)),
            (key: "knownBy", value: .date(report.knownBy)),
            (key: "trainingCount", value: .integer(report.trainingCount)),
            (key: "testCount", value: .integer(report.testCount)),
            (key: "model", value: .object(ScoreRecord(name: "model", scores: report.model).scoreObject)),
            (key: "baseline", value: .object(ScoreRecord(name: "base rates", scores: report.baseline).scoreObject)),
            (key: "brierImprovementPercent", value: .decimal(report.brierImprovementPercent, digits: 2)),
            (key: "calibration", value: .objects(report.calibration.map { CalibrationRecord($0).object })),
        ])
    }
}

/// The Brier score and log loss of the model or of the base rates.
struct ScoreRecord: OutputRecord {
    static let columns = [
        OutputColumn("predictor"), OutputColumn("brier", title: "Brier score", alignment: .trailing),
        OutputColumn("logLoss", alignment: .trailing),
    ]

    let name: String
    let scores: ScoreSet

    var values: [OutputValue] {
        [.text(name), .decimal(scores.brier, digits: 4), .decimal(scores.logLoss, digits: 4)]
    }

    /// The scores without the name, for JSON.
    var scoreObject: OutputObject {
        OutputObject([(key: "brier", value: .decimal(scores.brier, digits: 4)),
                      (key: "logLoss", value: .decimal(scores.logLoss, digits: 4))])
    }
}

/// One band of predicted P(late or very late): how many test invoices, the mean prediction and
/// the share actually paid late or very late.
struct CalibrationRecord: OutputRecord {
    static let columns = [
        OutputColumn("lowerPercent", title: "from %", alignment: .trailing),
        OutputColumn("upperPercent", title: "to %", alignment: .trailing),
        OutputColumn("count", title: "invoices", alignment: .trailing),
        OutputColumn("meanPredictedPercent", title: "predicted %", alignment: .trailing),
        OutputColumn("observedPercent", title: "observed %", alignment: .trailing),
    ]

    let row: CalibrationRow

    init(_ row: CalibrationRow) {
        self.row = row
    }

    var values: [OutputValue] {
        [
            .integer(row.lowerPercent), .integer(row.upperPercent), .integer(row.count),
            .decimal(row.meanPredictedPercent, digits: 1), .decimal(row.observedPercent, digits: 1),
        ]
    }
}

/// A probability as a percentage with one decimal: `0.123` → `12.3 %`.
enum Percent {
    static func text(_ probability: Double) -> String {
        String(format: "%.1f %%", probability * 100)
    }
}
