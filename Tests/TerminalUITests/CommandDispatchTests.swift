import Foundation
import Testing
import TerminalUI

@Suite("Command table and key dispatch")
struct CommandDispatchTests {
    private let stack = KeymapStack([
        Keymap("Editor", [.init(.character("j"), "editor.insertJ"), .init(.function(2), "editor.submit")]),
        CommandFixtures.list,
        CommandFixtures.global,
    ])

    @Test("The table looks commands up by id and lists groups in first-appearance order")
    func table() {
        let table = CommandFixtures.commands
        #expect(table["app.save"]?.title == "Save")
        #expect(table["nothing"] == nil)
        #expect(table.groups == ["Application", "Navigation", "Editing"])
        #expect(table.commands(inGroup: "Navigation").map(\.id) == ["list.down", "list.up"])
        #expect(table.appending(Tabs.commands).groups.last == "Tabs")
        #expect(table.missingCommands(boundIn: [CommandFixtures.list, Keymap("X", [.init(.tab, "x.next")])]) == ["x.next"])
    }

    @Test("The first layer that binds a key wins")
    func layerPrecedence() {
        let dispatcher = KeyDispatcher(keymaps: stack)
        #expect(dispatcher.resolve(.character("j")) == .command("editor.insertJ", layer: 0))
        #expect(dispatcher.resolve(.down) == .command("list.down", layer: 1))
        #expect(dispatcher.resolve(.function(2)) == .command("editor.submit", layer: 0))
        #expect(dispatcher.resolve(.function(10)) == .command("app.quit", layer: 2))
        #expect(dispatcher.resolve(.character("x")) == .unbound)
    }

    @Test("A component taking typed text gets printable keys before any binding; others still dispatch")
    func typedTextFirst() {
        let dispatcher = KeyDispatcher(keymaps: stack)
        var typed: [Key] = []
        var performed: [CommandID] = []
        func send(_ key: Key, typing: Bool) -> KeyOutcome {
            dispatcher.dispatch(
                key, takesTypedText: typing,
                perform: { performed.append($0); return .handled },
                handleUnbound: { typed.append($0); return .handled })
        }
        #expect(send(.character("j"), typing: true) == .handled)
        #expect(typed == [.character("j")] && performed.isEmpty)
        #expect(send(.function(10), typing: true) == .handled)
        #expect(performed == ["app.quit"])
        #expect(send(.character("j"), typing: false) == .handled)
        #expect(performed == ["app.quit", "editor.insertJ"])
    }

    @Test("A disabled command is not performed; its reason comes back for the status line")
    func disabledReason() {
        let dispatcher = KeyDispatcher(keymaps: stack) { command in
            command == "list.delete" ? .disabled(reason: "Nothing to delete") : .enabled
        }
        #expect(dispatcher.resolve(.function(8)) == .disabled("list.delete", reason: "Nothing to delete"))
        var performed: [CommandID] = []
        let outcome = dispatcher.dispatch(
            .function(8), perform: { performed.append($0); return .handled }, handleUnbound: { _ in .handled })
        #expect(outcome == .refused("Nothing to delete"))
        #expect(performed.isEmpty)
    }

    @Test("A command ignored by its layer falls through to the next layer that binds the key")
    func fallThrough() {
        let dispatcher = KeyDispatcher(keymaps: stack)
        var performed: [CommandID] = []
        let outcome = dispatcher.dispatch(
            .character("j"),
            perform: { performed.append($0); return $0 == "list.down" ? .handled : .ignored },
            handleUnbound: { _ in .ignored })
        #expect(outcome == .handled)
        #expect(performed == ["editor.insertJ", "list.down"])
        let quit = dispatcher.dispatch(.function(10), perform: { _ in .ignored }, handleUnbound: { _ in .ignored })
        #expect(quit == .unhandled("app.quit"))
        let refused = dispatcher.dispatch(.up, perform: { _ in .refused("At the top") }, handleUnbound: { _ in .ignored })
        #expect(refused == .refused("At the top"))
    }

    @Test("Unbound keys go to the focused component's handleUnbound")
    func unboundKeys() {
        let dispatcher = KeyDispatcher(keymaps: stack)
        var typed: [Key] = []
        let outcome = dispatcher.dispatch(
            .character("ж"), perform: { _ in .handled }, handleUnbound: { typed.append($0); return .handled })
        #expect(outcome == .handled)
        #expect(typed == [.character("ж")])
        #expect(dispatcher.dispatch(.insert, perform: { _ in .handled }, handleUnbound: { _ in .ignored }) == .ignored)
    }

    @Test("The keys that reach a command skip keys an earlier layer takes")
    func effectiveKeys() {
        #expect(stack.effectiveKeys(for: "list.down") == [.down])
        #expect(stack.effectiveKeys(for: "list.up") == [.up, .character("k")])
        #expect(stack.effectiveKeys(for: "app.save") == [])
        #expect(stack.reachableCommands == [
            "editor.insertJ", "editor.submit", "list.down", "list.up", "list.delete", "app.help", "app.quit",
        ])
    }
}
