/// The kind of an edit, for grouping consecutive edits of one kind into one undo step.
enum EditKind: Sendable {
    /// A typed character: consecutive ones are one undo step.
    case typing
    /// Backspace: consecutive ones are one undo step.
    case deletingBackward
    /// Del: consecutive ones are one undo step.
    case deletingForward
    /// Anything else (a line break, pasted text, a replacement): always a step of its own.
    case other
}

/// Undo and redo as snapshots of the lines and the cursor (lines are shared copy-on-write, so a
/// snapshot costs one array of references).
struct EditHistory: Sendable {
    struct Snapshot: Sendable {
        var lines: [String]
        var cursor: TextBuffer.Position
    }

    /// The most undo steps kept; the oldest are forgotten first.
    static let limit = 500

    var undoSteps: [Snapshot] = []
    var redoSteps: [Snapshot] = []
    /// The kind of the last edit while it can still be extended by one of the same kind.
    var openGroup: EditKind?

    /// Records `before` as an undo step unless the edit continues the open group.
    mutating func record(_ before: Snapshot, kind: EditKind) {
        redoSteps.removeAll()
        defer { openGroup = kind == .other ? nil : kind }
        if kind != .other, kind == openGroup { return }
        undoSteps.append(before)
        if undoSteps.count > EditHistory.limit { undoSteps.removeFirst() }
    }
}

extension TextBuffer {
    /// Whether there is an edit to undo.
    public var canUndo: Bool { !history.undoSteps.isEmpty }

    /// Whether there is an undone edit to redo.
    public var canRedo: Bool { !history.redoSteps.isEmpty }

    /// Takes back the last undo step (a run of typed characters counts as one); returns whether
    /// there was one.
    @discardableResult
    public mutating func undo() -> Bool {
        guard let step = history.undoSteps.popLast() else { return false }
        history.redoSteps.append(snapshot)
        restore(step)
        return true
    }

    /// Does again the last undone step; returns whether there was one. Any new edit forgets the
    /// undone steps.
    @discardableResult
    public mutating func redo() -> Bool {
        guard let step = history.redoSteps.popLast() else { return false }
        history.undoSteps.append(snapshot)
        restore(step)
        return true
    }

    var snapshot: EditHistory.Snapshot {
        EditHistory.Snapshot(lines: lines, cursor: cursor)
    }

    /// Applies `change` as one edit of `kind`: recorded for undo only when it changed the text.
    mutating func edit(_ kind: EditKind, _ change: (inout TextBuffer) -> Void) {
        let before = snapshot
        change(&self)
        preferredColumn = nil
        guard lines != before.lines else { return }
        history.record(before, kind: kind)
    }

    /// Ends the open undo group after a cursor movement; horizontal movement also forgets the
    /// preferred column.
    mutating func endMovement(keepingPreferredColumn: Bool) {
        history.openGroup = nil
        if !keepingPreferredColumn { preferredColumn = nil }
    }

    private mutating func restore(_ step: EditHistory.Snapshot) {
        lines = step.lines
        cursor = step.cursor
        preferredColumn = nil
        history.openGroup = nil
    }
}
