import CollectaCore
import TerminalUI

/// A criterion the criterion form hands back to the pool screen: a new one (no index) or the
/// replacement of the criterion at `index`.
struct CriterionEdit {
    var index: Int?
    var criterion: PoolCriterion
}

/// The criterion form, shown over the pool screen: the field (every customer field, computed
/// ones marked) and the range, checked as it is typed with the range parser — the error names
/// its position under the range, otherwise the number of customers the criterion alone matches.
/// F2 hands the criterion back; a malformed range cannot be accepted.
struct CriterionScreen: AppScreen, CommandProviding {
    static let size = Size(width: 76, height: 10)
    private static let fields = CustomerField.allCases

    private let context: AppContext
    private let index: Int?
    private(set) var form: Form<PoolCriterion>
    /// What the range as typed gives: the parser's error, or the count of matching customers.
    private(set) var check: RangeCheck = .unknown

    /// The result of checking the range as typed.
    enum RangeCheck: Equatable {
        case unknown
        case problem(String)
        case matches(Int)
    }

    init(context: AppContext, index: Int?, criterion: PoolCriterion?) {
        self.context = context
        self.index = index
        let criterion = criterion ?? PoolCriterion(field: .account, range: "")
        self.form = Self.makeForm(criterion, context: context)
        if !criterion.range.isEmpty { recheck() }
    }

    var title: String { context.text(index == nil ? PoolsTexts.newCriterionTitle : PoolsTexts.criterionTitle) }

    var keymaps: [Keymap] { [form.keymap] }

    var acceptsTypedText: Bool { form.acceptsTypedText }

    var commands: [Command] {
        let group = context.text(PoolsTexts.criterionTitle)
        return [
            Command(FormCommand.submit, title: context.text(PoolsTexts.accept), group: group,
                    help: context.text(PoolsTexts.acceptHelp)),
            Command(FormCommand.cancel, title: context.text(PoolsTexts.cancel), group: group,
                    help: context.text(PoolsTexts.cancelHelp)),
        ] + FormCommand.table
    }

    /// The criterion as the form shows it now.
    var typedCriterion: PoolCriterion {
        let field = form.fields[0].selectedOption.map { Self.fields[$0] } ?? .account
        return PoolCriterion(field: field, range: form.fields[1].text)
    }

    mutating func perform(_ command: CommandID) -> HandlingResult {
        switch command {
        case FormCommand.submit:
            accept()
            return .handled
        case FormCommand.cancel where form.pickList == nil:
            context.request(.dismissOverlay)
            return .handled
        default:
            let result = form.perform(command)
            recheck()
            return result
        }
    }

    mutating func handleUnbound(_ key: Key) -> HandlingResult {
        let result = form.handleUnbound(key)
        recheck()
        return result
    }

    func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme) {
        let inside = Rect(x: area.x + 1, y: area.y, width: max(0, area.width - 2), height: area.height)
        let formRows = form.fields.count + form.fields.filter { $0.message != nil }.count
        let lineY = inside.y + formRows
        if form.fields[1].message == nil, let line = checkLine(theme: theme) {
            buffer.write(DisplayWidth.clip(line.text, to: inside.width - valueX), at: Point(x: inside.x + valueX, y: lineY),
                         style: line.style, clip: inside)
        }
        buffer.write(DisplayWidth.clip(context.text(PoolsTexts.syntaxHelp), to: inside.width),
                     at: Point(x: inside.x, y: inside.maxY - 1), style: theme.style(.muted), clip: inside)
        let formHeight = form.pickList == nil ? formRows : inside.height
        form.render(into: &buffer, in: Rect(x: inside.x, y: inside.y, width: inside.width, height: formHeight),
                    theme: theme, isFocused: true)
    }

    func cursorPosition(in area: Rect) -> Point? {
        form.cursorPosition(in: Rect(x: area.x + 1, y: area.y, width: max(0, area.width - 2), height: area.height))
    }

    // MARK: Checking

    private var valueX: Int {
        (form.fields.map { DisplayWidth.of($0.label) }.max() ?? 0) + 2
    }

    private func checkLine(theme: Theme) -> (text: String, style: Style)? {
        switch check {
        case .unknown: nil
        case .problem(let text): (text, theme.style(.error))
        case .matches(let count): (context.text(PoolsTexts.criterionMatches(count)), theme.style(.muted))
        }
    }

    /// Parses the range as typed for the chosen field and counts what it matches.
    private mutating func recheck() {
        let criterion = typedCriterion
        do {
            _ = try RangeExpression(parsing: criterion)
            let pool = CustomerPool(id: "", description: "", criteria: [criterion])
            let count = try context.database.countCustomers(matching: pool, asOf: context.today)
            check = .matches(count)
        } catch let error as CriterionError {
            check = .problem(PoolsTexts.describe(error, in: context.language))
        } catch {
            check = .problem(context.text(PoolsTexts.failed(error)))
        }
    }

    /// Hands the criterion back when its range parses; otherwise the error shows at the range.
    private mutating func accept() {
        recheck()
        let criterion = typedCriterion
        if case .problem(let message) = check {
            let refusals = SavedValueRefusals(draft: criterion, messages: ["range": message])
            form = Self.makeForm(criterion, context: context, refusals: refusals)
            form.focus(fieldAt: 1)
            form.submit()
            context.show(form.fields[1].label + ": " + message, severity: .error)
            return
        }
        context.request(.deliver(OverlayResult(tag: PoolScreen.criterionTag, value: CriterionEdit(index: index, criterion: criterion))))
    }

    private static func makeForm(
        _ criterion: PoolCriterion, context: AppContext, refusals: SavedValueRefusals<PoolCriterion>? = nil
    ) -> Form<PoolCriterion> {
        let refusals = refusals ?? SavedValueRefusals(draft: criterion)
        let options = fields.map { (value: $0, label: PoolsTexts.choiceLabel(of: $0, in: context.language)) }
        return Form(draft: criterion, fields: [
            .choice(context.text(PoolsTexts.fieldLabel), \.field, options: options),
            .text(context.text(PoolsTexts.rangeLabel), \.range, validate: refusals.validator("range", \.range)),
        ], strings: context.formStrings)
    }
}
