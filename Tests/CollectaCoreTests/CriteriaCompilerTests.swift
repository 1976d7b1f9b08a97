import CollectaCore
import Testing

@Suite("Criteria compiler")
struct CriteriaCompilerTests {
    static let asOf = LocalDate(year: 2026, month: 3, day: 1)!
    let compiler = CriteriaCompiler(asOf: CriteriaCompilerTests.asOf)

    private func compile(_ field: CustomerField, _ range: String) throws -> SQLCondition {
        try compiler.condition(for: PoolCriterion(field: field, range: range))
    }

    private static let tagTable =
        "SELECT 1 FROM customer_tag t WHERE t.customer_account = c.account"
    private static let fold = "swiftLowercaseString"

    @Test("an empty pool matches every customer")
    func emptyPool() throws {
        let condition = try compiler.condition(for: CustomerPool(id: "ALL", description: ""))
        #expect(condition == SQLCondition(sql: "1", arguments: []))
    }

    @Test("an equality binds the value")
    func equality() throws {
        #expect(try compile(.name, "ACME")
            == SQLCondition(sql: "c.name = ?", arguments: [.text("ACME")]))
        #expect(try compile(.group, "RETAIL")
            == SQLCondition(sql: "c.customer_group = ?", arguments: [.text("RETAIL")]))
    }

    @Test("user values never reach the SQL text", arguments: [
        "x'; DROP TABLE customer; --",
        "\"x', 1); DROP TABLE customer; --\"",
        "Robert'); DELETE FROM invoice WHERE ('1' = '1",
    ])
    func injection(_ value: String) throws {
        let condition = try compile(.name, value)
        #expect(condition.sql == "c.name = ?")
        #expect(!condition.sql.contains("DROP") && !condition.sql.contains("DELETE"))
        #expect(condition.arguments.count == 1)
        let wildcard = try compile(.name, "*" + value + "*")
        #expect(!wildcard.sql.contains("DROP") && !wildcard.sql.contains("DELETE"))
        #expect(!wildcard.sql.contains("'x") && !wildcard.sql.contains("Robert"))
    }

    @Test("the injection value is bound verbatim")
    func injectionArgument() throws {
        let condition = try compile(.name, "x'; DROP TABLE customer; --")
        #expect(condition.arguments == [.text("x'; DROP TABLE customer; --")])
    }

    @Test("positives are ORed and negatives ANDed with them")
    func negationRule() throws {
        #expect(try compile(.group, "A,B,!C") == SQLCondition(
            sql: "((c.customer_group = ?) OR (c.customer_group = ?)) AND (c.customer_group <> ?)",
            arguments: [.text("A"), .text("B"), .text("C")]))
        #expect(try compile(.group, "!A,!B") == SQLCondition(
            sql: "(c.customer_group <> ?) AND (c.customer_group <> ?)",
            arguments: [.text("A"), .text("B")]))
        #expect(try compile(.group, "!A,B") == SQLCondition(
            sql: "(c.customer_group = ?) AND (c.customer_group <> ?)",
            arguments: [.text("B"), .text("A")]))
    }

    @Test("comparisons and between ranges")
    func comparisons() throws {
        #expect(try compile(.account, "C1..C9").sql == "c.account BETWEEN ? AND ?")
        #expect(try compile(.account, "..C9")
            == SQLCondition(sql: "c.account <= ?", arguments: [.text("C9")]))
        #expect(try compile(.account, "C1..").sql == "c.account >= ?")
        #expect(try compile(.account, ">C1").sql == "c.account > ?")
        #expect(try compile(.account, "<C1").sql == "c.account < ?")
        #expect(try compile(.account, ">=C1").sql == "c.account >= ?")
        #expect(try compile(.account, "<=C1").sql == "c.account <= ?")
    }

    @Test("money is bound in minor units")
    func money() throws {
        #expect(try compile(.creditLimit, "1000.50..5000") == SQLCondition(
            sql: "c.credit_limit BETWEEN ? AND ?",
            arguments: [.integer(100_050), .integer(500_000)]))
        #expect(try compile(.creditLimit, ">100") == SQLCondition(
            sql: "c.credit_limit > ?", arguments: [.integer(10_000)]))
    }

    @Test("yes/no is bound as 1 or 0")
    func boolean() throws {
        #expect(try compile(.onHold, "yes")
            == SQLCondition(sql: "c.on_hold = ?", arguments: [.integer(1)]))
        #expect(try compile(.onHold, "!yes")
            == SQLCondition(sql: "c.on_hold <> ?", arguments: [.integer(1)]))
        #expect(try compile(.onHold, "false").arguments == [.integer(0)])
    }

    @Test("wildcards compile to a case-folded LIKE with an escaped, bound pattern")
    func wildcards() throws {
        let fold = Self.fold
        #expect(try compile(.name, "*LLC*") == SQLCondition(
            sql: "\(fold)(c.name) LIKE \(fold)(?) ESCAPE '\\'", arguments: [.text("%LLC%")]))
        #expect(try compile(.name, "!RU?") == SQLCondition(
            sql: "\(fold)(c.name) NOT LIKE \(fold)(?) ESCAPE '\\'", arguments: [.text("RU_")]))
        #expect(try compile(.name, "100%_\\*").arguments == [.text("100\\%\\_\\\\%")])
        #expect(try compile(.name, "\"a*\"*").arguments == [.text("a*%")])
    }

    @Test("ASCII case folding uses SQLite's lower()")
    func asciiFolding() throws {
        let compiler = CriteriaCompiler(asOf: Self.asOf, caseFolding: .ascii)
        let condition = try compiler.condition(for: PoolCriterion(field: .name, range: "*llc"))
        #expect(condition.sql == "lower(c.name) LIKE lower(?) ESCAPE '\\'")
    }

    @Test("nullable columns compare as the empty string")
    func nullableColumns() throws {
        #expect(try compile(.salesGroup, "\"\"")
            == SQLCondition(sql: "coalesce(c.sales_group_id, '') = ''"))
        #expect(try compile(.agent, "!\"\"") == SQLCondition(sql: "coalesce(c.agent_id, '') <> ''"))
        #expect(try compile(.letterSequence, "!STD") == SQLCondition(
            sql: "coalesce(c.letter_sequence_id, '') <> ?", arguments: [.text("STD")]))
        #expect(try compile(.country, "\"\"").sql == "c.country = ''")
    }

    @Test("tags test with EXISTS, negations with NOT EXISTS, and \"\" means no tags")
    func tags() throws {
        let tags = Self.tagTable
        #expect(try compile(.tags, "VIP") == SQLCondition(
            sql: "EXISTS (\(tags) AND t.tag = ?)", arguments: [.text("VIP")]))
        #expect(try compile(.tags, "!VIP") == SQLCondition(
            sql: "NOT EXISTS (\(tags) AND t.tag = ?)", arguments: [.text("VIP")]))
        #expect(try compile(.tags, "\"\"") == SQLCondition(sql: "NOT EXISTS (\(tags))"))
        #expect(try compile(.tags, "!\"\"") == SQLCondition(sql: "EXISTS (\(tags))"))
        #expect(try compile(.tags, "!*temp*").sql
            == "NOT EXISTS (\(tags) AND \(Self.fold)(t.tag) LIKE \(Self.fold)(?) ESCAPE '\\')")
    }

    @Test("computed fields are correlated subqueries; the as-of date is bound")
    func computedFields() throws {
        let open = "FROM invoice i WHERE i.customer_account = c.account AND i.open_amount > 0"
        #expect(try compile(.openBalance, ">100") == SQLCondition(
            sql: "(SELECT coalesce(sum(i.open_amount_company), 0) \(open)) > ?",
            arguments: [.integer(10_000)]))
        #expect(try compile(.overdueBalance, ">100") == SQLCondition(
            sql: "(SELECT coalesce(sum(i.open_amount_company), 0) \(open) AND i.due_date < ?) > ?",
            arguments: [.text("2026-03-01"), .integer(10_000)]))
        let days = try compile(.maxDaysOverdue, "30..")
        #expect(days.sql.contains("julianday(?)") && days.sql.hasSuffix("AND i.due_date < ?) >= ?"))
        #expect(days.arguments == [.text("2026-03-01"), .text("2026-03-01"), .integer(30)])
        #expect(try compile(.openInvoiceCount, "0") == SQLCondition(
            sql: "(SELECT count(*) \(open)) = ?", arguments: [.integer(0)]))
    }

    @Test(
        "every field compiles with as many arguments as placeholders",
        arguments: CustomerField.allCases)
    func placeholdersMatchArguments(_ field: CustomerField) throws {
        let range =
            switch field.kind {
            case .text: "A,!B,C..D,*x?,>E,\"\""
            case .money: "1,!2,3..4,>5.5,<=0"
            case .integer: "1,!2,3..4,>5"
            case .boolean: "yes,!no"
            }
        let condition = try compile(field, range)
        #expect(condition.sql.filter { $0 == "?" }.count == condition.arguments.count)
    }

    @Test("a pool ANDs its criteria, with arguments in order")
    func pool() throws {
        let pool = CustomerPool(id: "P", description: "", criteria: [
            PoolCriterion(field: .group, range: "A,B"),
            PoolCriterion(field: .overdueBalance, range: ">0"),
        ])
        let condition = try compiler.condition(for: pool)
        #expect(condition.sql.hasPrefix(
            "((c.customer_group = ?) OR (c.customer_group = ?)) AND ((SELECT"))
        #expect(condition.arguments == [.text("A"), .text("B"), .text("2026-03-01"), .integer(0)])
    }

    @Test("a malformed criterion makes the pool fail with its error")
    func malformedPool() {
        let pool = CustomerPool(id: "P", description: "", criteria: [
            PoolCriterion(field: .group, range: "A"),
            PoolCriterion(field: .openBalance, range: ">x"),
        ])
        let error = CriterionError(criterion: "openBalance", position: 2, reason: .notANumber("x"))
        #expect(throws: error) {
            try compiler.condition(for: pool)
        }
    }

    @Test("hand-built expressions: no alternatives match all, negated comparisons use NOT")
    func handBuiltExpressions() {
        #expect(compiler.condition(for: RangeExpression(alternatives: []), on: .name) == .always)
        let negated = RangeExpression(
            alternatives: [RangeAlternative(.greaterThan(.integer(5)), isNegated: true)])
        let open = "FROM invoice i WHERE i.customer_account = c.account AND i.open_amount > 0"
        #expect(compiler.condition(for: negated, on: .openInvoiceCount).sql
            == "NOT ((SELECT count(*) \(open)) > ?)")
    }

    @Test("conditions combine")
    func combining() {
        let a = SQLCondition(sql: "a = ?", arguments: [.integer(1)])
        let b = SQLCondition(sql: "b = ?", arguments: [.null])
        #expect(SQLCondition.all([]) == .always)
        #expect(SQLCondition.any([]) == .never)
        #expect(SQLCondition.all([a]) == a)
        #expect(SQLCondition.any([a, b])
            == SQLCondition(sql: "(a = ?) OR (b = ?)", arguments: [.integer(1), .null]))
        #expect(a.negated.sql == "NOT (a = ?)")
    }
}
