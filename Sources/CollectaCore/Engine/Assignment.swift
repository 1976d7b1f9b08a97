/// How a customer came to a hierarchy (R1).
public enum AssignmentSource: String, Hashable, Sendable, Codable {
    /// Assigned by hand: wins over every pool.
    case manual
    /// The best-ranked active hierarchy whose pool matches.
    case pool
}

/// The hierarchy that processes a customer, and why.
public struct Assignment: Hashable, Sendable {
    public var hierarchyID: String
    public var source: AssignmentSource

    public init(hierarchyID: String, source: AssignmentSource) {
        self.hierarchyID = hierarchyID
        self.source = source
    }
}

/// One hierarchy's claim on a customer, as the assignment preview lists them.
public struct AssignmentCandidate: Hashable, Sendable {
    public enum Outcome: String, Hashable, Sendable, Codable {
        /// This hierarchy processes the customer.
        case wins
        /// A hierarchy with a lower rank number also matches and wins.
        case outranked
        /// The customer is assigned by hand to another hierarchy.
        case overriddenByManual
        /// The hierarchy matches but is not active.
        case inactive
    }

    public var hierarchyID: String
    public var rank: Int
    public var source: AssignmentSource
    public var outcome: Outcome

    public init(hierarchyID: String, rank: Int, source: AssignmentSource, outcome: Outcome) {
        self.hierarchyID = hierarchyID
        self.rank = rank
        self.source = source
        self.outcome = outcome
    }
}

/// R1: which hierarchy processes a customer.
public struct AssignmentResolver: Sendable {
    /// Hierarchies in rank order (rank 1 first).
    private let hierarchies: [ProcessHierarchy]
    /// For each pool, the position in `hierarchies` of the first active hierarchy working it.
    private let firstActiveByPool: [String: Int]

    public init(configuration: CollectionsConfiguration) {
        let hierarchies = configuration.hierarchies.sorted { $0.rank < $1.rank }
        var firstActive: [String: Int] = [:]
        for (index, hierarchy) in hierarchies.enumerated() where hierarchy.isActive {
            if firstActive[hierarchy.poolID] == nil { firstActive[hierarchy.poolID] = index }
        }
        self.hierarchies = hierarchies
        self.firstActiveByPool = firstActive
    }

    /// The customer's hierarchy: its manual assignment if it has one (even to a hierarchy that is
    /// not active, which then does not run for it), else the active hierarchy with the lowest rank
    /// among those whose pool matches; nil when none.
    public func assignment(manualHierarchyID: String?, matchingPoolIDs: Set<String>) -> Assignment? {
        if let manualHierarchyID {
            return Assignment(hierarchyID: manualHierarchyID, source: .manual)
        }
        // The first active hierarchy, in rank order, whose pool matches.
        var winner: Int?
        for poolID in matchingPoolIDs {
            if let index = firstActiveByPool[poolID], index < winner ?? Int.max { winner = index }
        }
        return winner.map { Assignment(hierarchyID: hierarchies[$0].id, source: .pool) }
    }

    /// Every hierarchy with a claim on the customer — its manual one, and each whose pool
    /// matches — in rank order, each with the outcome of R1.
    public func candidates(manualHierarchyID: String?, matchingPoolIDs: Set<String>)
        -> [AssignmentCandidate]
    {
        let winner = assignment(manualHierarchyID: manualHierarchyID, matchingPoolIDs: matchingPoolIDs)
        return hierarchies.compactMap { hierarchy in
            let isManual = hierarchy.id == manualHierarchyID
            guard isManual || matchingPoolIDs.contains(hierarchy.poolID) else { return nil }
            let outcome: AssignmentCandidate.Outcome
            if hierarchy.id == winner?.hierarchyID {
                outcome = .wins
            } else if !hierarchy.isActive {
                outcome = .inactive
            } else {
                outcome = winner?.source == .manual ? .overriddenByManual : .outranked
            }
            return AssignmentCandidate(
                hierarchyID: hierarchy.id, rank: hierarchy.rank,
                source: isManual ? .manual : .pool, outcome: outcome)
        }
    }
}
