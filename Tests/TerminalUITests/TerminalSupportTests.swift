import Foundation
import Testing
import TerminalBackend
import TerminalUITesting

// terminfo keeps the loaded terminal in one process-wide variable (`cur_term`): two checks running
// at once free each other's terminal and crash inside libtinfo, so the checks run one after another.
@Suite("Terminal support checks", .serialized)
struct TerminalSupportTests {
    @Test("A missing, dumb or unknown TERM is refused with a reason; xterm-256color is accepted")
    func refusesUnusableTerminalsAndAcceptsXterm() {
        TestLocale.useUTF8()
        #expect(TerminalSupport.refusal(term: nil) == .missingTerm)
        #expect(TerminalSupport.refusal(term: "dumb") == .dumbTerm)
        #expect(TerminalSupport.refusal(term: "no-such-terminal-9") == .unknownTerm("no-such-terminal-9"))
        #expect(TerminalSupport.refusal(term: "xterm-256color") == nil)
    }
}
