import Foundation

/// Fits a multinomial logistic regression (on time as the reference class) by Newton–Raphson
/// with a ridge penalty: the penalised likelihood is concave, so the fit is unique and, for the
/// same examples in the same order, bit-for-bit the same.
struct MultinomialFit {
    /// Ridge penalty on the standardised slopes, and a small one on the intercepts so that a
    /// class missing from the examples gives a very low probability instead of no answer.
    static let slopePenalty = 1.0
    static let interceptPenalty = 0.01
    static let maximumIterations = 50

    /// Rows of standardised features, and the outcome of each.
    let rows: [[Double]]
    let outcomes: [PaymentOutcome]

    /// The coefficients: for late and for very late, the intercept then one slope per feature.
    func coefficients() -> [[Double]] {
        let width = (rows.first?.count ?? 0) + 1
        var weights = [[Double]](repeating: [Double](repeating: 0, count: width), count: 2)
        var objective = penalisedLikelihood(weights)
        for _ in 0..<Self.maximumIterations {
            guard let step = newtonStep(weights) else { break }
            var scale = 1.0
            var candidate = weights
            var candidateObjective = -Double.infinity
            while scale > 1e-4 {
                candidate = Self.moved(weights, by: step, scale: scale)
                candidateObjective = penalisedLikelihood(candidate)
                if candidateObjective >= objective - 1e-12 { break }
                scale /= 2
            }
            let change = step.map { abs($0) * scale }.max() ?? 0
            weights = candidate
            objective = candidateObjective
            if change < 1e-7 { break }
        }
        return weights
    }

    /// P(on time), P(late), P(very late) for a row of features with an intercept column first.
    static func probabilities(_ weights: [[Double]], row: [Double]) -> [Double] {
        var late = weights[0][0]
        var veryLate = weights[1][0]
        for index in row.indices {
            late += weights[0][index + 1] * row[index]
            veryLate += weights[1][index + 1] * row[index]
        }
        let top = max(0, late, veryLate)
        let exps = [exp(-top), exp(late - top), exp(veryLate - top)]
        let total = exps.reduce(0, +)
        return exps.map { $0 / total }
    }

    private func penalisedLikelihood(_ weights: [[Double]]) -> Double {
        var total = 0.0
        for (row, outcome) in zip(rows, outcomes) {
            total += log(max(1e-300, Self.probabilities(weights, row: row)[outcome.rawValue]))
        }
        for classWeights in weights {
            total -= Self.interceptPenalty / 2 * classWeights[0] * classWeights[0]
            total -= Self.slopePenalty / 2 * classWeights.dropFirst().reduce(0) { $0 + $1 * $1 }
        }
        return total
    }

    /// The Newton step: the information matrix solved against the gradient, both penalised.
    private func newtonStep(_ weights: [[Double]]) -> [Double]? {
        let width = weights[0].count
        let size = 2 * width
        var gradient = [Double](repeating: 0, count: size)
        var information = [Double](repeating: 0, count: size * size)
        var extended = [Double](repeating: 1, count: width)
        for (row, outcome) in zip(rows, outcomes) {
            for index in row.indices { extended[index + 1] = row[index] }
            let probabilities = Self.probabilities(weights, row: row)
            accumulate(extended, probabilities, outcome, &gradient, &information, size: size)
        }
        for index in 0..<size {
            let penalty = index % width == 0 ? Self.interceptPenalty : Self.slopePenalty
            gradient[index] -= penalty * weights[index / width][index % width]
            information[index * size + index] += penalty
        }
        return CholeskySolver.solve(information, gradient, size: size)
    }

    private func accumulate(
        _ row: [Double], _ probabilities: [Double], _ outcome: PaymentOutcome,
        _ gradient: inout [Double], _ information: inout [Double], size: Int
    ) {
        let width = row.count
        for first in 0..<2 {
            let p = probabilities[first + 1]
            let residual = (outcome.rawValue == first + 1 ? 1.0 : 0.0) - p
            for j in 0..<width { gradient[first * width + j] += residual * row[j] }
            for second in first..<2 {
                let q = probabilities[second + 1]
                let weight = first == second ? p * (1 - p) : -p * q
                // Only the upper triangle is filled: the solver reads no more.
                for j in 0..<width {
                    let scaled = weight * row[j]
                    let base = (first * width + j) * size + second * width
                    for m in 0..<width { information[base + m] += scaled * row[m] }
                }
            }
        }
    }

    private static func moved(_ weights: [[Double]], by step: [Double], scale: Double) -> [[Double]] {
        let width = weights[0].count
        return weights.indices.map { k in
            weights[k].indices.map { j in weights[k][j] + scale * step[k * width + j] }
        }
    }
}

/// Solves a symmetric positive definite system by Cholesky decomposition.
enum CholeskySolver {
    /// `matrix` (row-major, `size` × `size`, only its upper triangle read) solved against `vector`;
    /// nil when the matrix is not positive definite.
    static func solve(_ matrix: [Double], _ vector: [Double], size: Int) -> [Double]? {
        var lower = [Double](repeating: 0, count: size * size)
        for i in 0..<size {
            for j in 0...i {
                var sum = matrix[min(i, j) * size + max(i, j)]
                for k in 0..<j { sum -= lower[i * size + k] * lower[j * size + k] }
                if i == j {
                    guard sum > 0 else { return nil }
                    lower[i * size + i] = sum.squareRoot()
                } else {
                    lower[i * size + j] = sum / lower[j * size + j]
                }
            }
        }
        var forward = vector
        for i in 0..<size {
            for k in 0..<i { forward[i] -= lower[i * size + k] * forward[k] }
            forward[i] /= lower[i * size + i]
        }
        for i in stride(from: size - 1, through: 0, by: -1) {
            for k in (i + 1)..<size { forward[i] -= lower[k * size + i] * forward[k] }
            forward[i] /= lower[i * size + i]
        }
        return forward
    }
}
