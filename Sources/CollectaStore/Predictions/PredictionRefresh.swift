import CollectaCore

/// What a run did about payment predictions before its first page, when a hierarchy it runs
/// uses them (R16).
public enum PredictionRefresh: Hashable, Sendable {
    /// Predictions computed on the run date were stored already: the run uses them.
    case alreadyStored
    /// Predictions were computed as of the run date and stored: this many.
    case computed(count: Int)
    /// They could not be computed (too little history…): the run uses those stored before.
    case notComputed(reason: String)

    /// One line for a person.
    public var description: String {
        switch self {
        case .alreadyStored: "predictions computed on the run date are used"
        case .computed(let count): "\(count) predictions computed and stored"
        case .notComputed(let reason): "predictions not computed (\(reason)); the stored ones are used"
        }
    }
}

extension CollectaDatabase {
    /// Computes and stores predictions as of `date` unless predictions computed on `date` are
    /// stored already. A model that cannot be trained or predictions the database refuses leave
    /// the stored predictions as they were, and say so; other failures (a locked or damaged
    /// database) are thrown.
    public func refreshPredictions(for date: LocalDate) throws -> PredictionRefresh {
        if try hasPredictions(computedOn: date) { return .alreadyStored }
        do {
            return .computed(count: try computePredictions(asOf: date).predictionCount)
        } catch let error as PredictionTrainingError {
            return .notComputed(reason: "\(error)")
        } catch StoreError.constraintViolated(let message) {
            return .notComputed(reason: message)
        }
    }
}
