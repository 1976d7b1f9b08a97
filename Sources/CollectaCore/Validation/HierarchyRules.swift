/// Checks of a hierarchy's own fields: C1, C2, C7, its pool, quiet days and origins.
extension ConfigurationValidator {
    /// The violations of the hierarchy at `index`, not counting its steps.
    static func hierarchyViolations(at index: Int, _ context: ValidationContext) -> [Violation] {
        let hierarchies = context.configuration.hierarchies
        let hierarchy = hierarchies[index]
        let earlier = hierarchies[..<index]
        var list = ViolationList(entity: EntityName.of(.hierarchy, id: hierarchy.id, index: index))
        list.checkID(at: index, among: hierarchies.map(\.id), kind: .hierarchy)
        checkRank(of: hierarchy, after: earlier, into: &list)
        checkPool(of: hierarchy, after: earlier, context, into: &list)
        list.checkNotNegative(hierarchy.quietDays, field: "quietDays", what: ("quiet days", "тихие дни"))
        checkExclusion(of: hierarchy, context, into: &list)
        if hierarchy.includedOrigins.isEmpty {
            list.report(
                .field, field: "includedOrigins",
                "a hierarchy must include at least one invoice origin",
                russian: "иерархия должна включать хотя бы один источник счетов")
        }
        return list.sortedByRule
    }

    /// C1: a positive rank that no earlier hierarchy has.
    private static func checkRank(
        of hierarchy: ProcessHierarchy, after earlier: ArraySlice<ProcessHierarchy>,
        into list: inout ViolationList
    ) {
        if hierarchy.rank < 1 {
            list.report(
                .c1, field: "rank", "the rank must be a positive whole number, not \(hierarchy.rank)",
                russian: "ранг должен быть целым положительным числом, а не \(hierarchy.rank)")
        } else if let other = earlier.first(where: { $0.rank == hierarchy.rank }) {
            list.report(
                .c1, field: "rank", "rank \(hierarchy.rank) is already taken by hierarchy \(other.id)",
                russian: "ранг \(hierarchy.rank) уже занят иерархией \(other.id)")
        }
    }

    /// The pool exists, and (C2) no earlier hierarchy has it.
    private static func checkPool(
        of hierarchy: ProcessHierarchy, after earlier: ArraySlice<ProcessHierarchy>,
        _ context: ValidationContext, into list: inout ViolationList
    ) {
        let poolID = hierarchy.poolID
        if poolID.isEmpty {
            list.report(.field, field: "poolID", "a hierarchy needs a pool", russian: "иерархии нужен пул клиентов")
            return
        }
        if !context.poolIDs.contains(poolID) {
            list.report(
                .reference, field: "poolID", "there is no pool \(poolID)",
                russian: "пул клиентов \(poolID) не существует")
        }
        if let other = earlier.first(where: { $0.poolID == poolID }) {
            list.report(
                .c2, field: "poolID",
                "pool \(poolID) already belongs to hierarchy \(other.id); a pool belongs to one hierarchy only",
                russian: "пул \(poolID) уже принадлежит иерархии \(other.id); пул принадлежит только одной иерархии")
        }
    }

    /// C7: an exclusion rule other than none needs a positive amount.
    private static func checkExclusion(
        of hierarchy: ProcessHierarchy, _ context: ValidationContext, into list: inout ViolationList
    ) {
        guard hierarchy.exclusionRule != .none, hierarchy.exclusionAmount <= .zero else { return }
        list.report(
            .c7, field: "exclusionAmount",
            "an exclusion rule needs a positive amount in the company currency "
                + "(\(context.companyCurrency)), not \(hierarchy.exclusionAmount)",
            russian: "правилу исключения нужна положительная сумма в валюте компании "
                + "(\(context.companyCurrency)), а не \(hierarchy.exclusionAmount)")
    }
}
