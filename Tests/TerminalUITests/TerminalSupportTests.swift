import Foundation
import Testing
import TerminalBackend

@Suite("Terminal support checks")
struct TerminalSupportTests {
    @Test("A missing, dumb or unknown TERM is refused with a reason")
    func refusesUnusableTerminals() {
        setenv("LC_ALL", "C.UTF-8", 1)
        #expect(TerminalSupport.refusal(term: nil) == .missingTerm)
        #expect(TerminalSupport.refusal(term: "dumb") == .dumbTerm)
        #expect(TerminalSupport.refusal(term: "no-such-terminal-9") == .unknownTerm("no-such-terminal-9"))
    }

    @Test("xterm-256color in a UTF-8 locale is accepted")
    func acceptsXterm() {
        setenv("LC_ALL", "C.UTF-8", 1)
        #expect(TerminalSupport.refusal(term: "xterm-256color") == nil)
    }
}
