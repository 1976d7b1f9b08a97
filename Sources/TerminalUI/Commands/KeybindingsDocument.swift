/// The Markdown reference of every keymap layer, generated from the command table (the text of
/// a `docs/keybindings.md`). Deterministic, so a test can compare the file with it and fail when
/// the document is stale.
public enum KeybindingsDocument {
    /// The document: a `#` title, a note that it is generated, then a `##` section per non-empty
    /// layer with a table `| Keys | Command | Group | What it does |`, one row per command in
    /// the order of its first binding, its keys joined (`↓, j`). Ends with a newline.
    public static func markdown(commands: CommandTable, keymaps: [Keymap], title: String) -> String {
        var lines = [
            "# \(title)", "",
            "Generated from the command table; do not edit by hand.",
        ]
        for keymap in keymaps where !keymap.bindings.isEmpty {
            lines += [""] + section(for: keymap, commands: commands)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One layer: its heading and its table.
    private static func section(for keymap: Keymap, commands: CommandTable) -> [String] {
        var lines = [
            "## \(keymap.name)", "",
            "| Keys | Command | Group | What it does |",
            "| --- | --- | --- | --- |",
        ]
        for id in uniqueCommands(of: keymap) {
            let command = commands.describing(id)
            let keys = keymap.keys(for: id).map(\.label).joined(separator: ", ")
            lines.append(row([keys, command.title, command.group, command.help]))
        }
        return lines
    }

    /// The layer's commands in the order of their first binding.
    private static func uniqueCommands(of keymap: Keymap) -> [CommandID] {
        var seen: Set<CommandID> = []
        return keymap.bindings.map(\.command).filter { seen.insert($0).inserted }
    }

    private static func row(_ cells: [String]) -> String {
        "| " + cells.map(escaped).joined(separator: " | ") + " |"
    }

    /// `text` safe inside a table cell: pipes escaped, line breaks as spaces.
    private static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "|": result += "\\|"
            case _ where character.isNewline: result += " "
            default: result.append(character)
            }
        }
        return result
    }
}
