/// The one table of commands: every command an application knows, in the order help lists them.
///
/// Help bars, the help screen and the keybindings document are all generated from it, so a
/// command is described once. Ids are unique: a duplicate is a programming error.
public struct CommandTable: Hashable, Sendable {
    public let commands: [Command]
    private let indexByID: [CommandID: Int]

    /// A table of `commands`; two commands with one id are a precondition failure.
    public init(_ commands: [Command]) {
        var indexByID: [CommandID: Int] = [:]
        for (index, command) in commands.enumerated() {
            precondition(indexByID[command.id] == nil, "Duplicate command id \(command.id)")
            indexByID[command.id] = index
        }
        self.commands = commands
        self.indexByID = indexByID
    }

    /// The command with `id`, or nil when the table has none.
    public subscript(id: CommandID) -> Command? {
        indexByID[id].map { commands[$0] }
    }

    public func contains(_ id: CommandID) -> Bool {
        indexByID[id] != nil
    }

    /// The groups, in the order their first command appears.
    public var groups: [String] {
        var seen: Set<String> = []
        return commands.map(\.group).filter { seen.insert($0).inserted }
    }

    /// The commands of `group`, in table order.
    public func commands(inGroup group: String) -> [Command] {
        commands.filter { $0.group == group }
    }

    /// This table followed by `other` (e.g. a widget's own commands); duplicates are a
    /// precondition failure.
    public func appending(_ other: [Command]) -> CommandTable {
        CommandTable(commands + other)
    }

    /// The commands bound in `keymaps` that the table lacks, in binding order without
    /// repeats: a test asserting this is empty keeps the table and the keymaps in step.
    public func missingCommands(boundIn keymaps: [Keymap]) -> [CommandID] {
        var seen: Set<CommandID> = []
        return keymaps.flatMap(\.bindings).map(\.command).filter {
            !contains($0) && seen.insert($0).inserted
        }
    }
}

extension CommandTable {
    /// What help shows for `id`: the table's command, or a stand-in titled with the raw id so
    /// that a command missing from the table is visible rather than silently dropped.
    func describing(_ id: CommandID) -> Command {
        self[id] ?? Command(id, title: id.rawValue, group: "", help: "")
    }
}
