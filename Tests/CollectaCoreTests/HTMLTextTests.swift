import Testing

@testable import CollectaCore

@Suite("Rendering: HTML bodies as readable text")
struct HTMLTextTests {
    @Test("Paragraphs and headings are separated by a blank line; <br> breaks a line")
    func blocks() {
        let html = "<html><head><title>x</title><style>p{}</style></head><body><h1>Notice</h1>\n<p>Dear  Anna,<br>please   pay.</p><p>Thanks</p></body></html>"
        #expect(HTMLText.plainText(from: html) == "Notice\n\nDear Anna,\nplease pay.\n\nThanks")
    }

    @Test("List items start with a bullet")
    func lists() {
        let html = "<p>Open:</p><ul><li>INV-1</li><li>INV-2</li></ul><p>End</p>"
        #expect(HTMLText.plainText(from: html) == "Open:\n\n• INV-1\n• INV-2\n\nEnd")
    }

    @Test("Table rows become aligned cells joined by |")
    func tables() {
        let html = """
            <table><tr><th>Invoice</th><th>Amount</th></tr>
            <tr><td>СЧ-1</td><td>1 200,00</td></tr><tr><td>INV-10002</td><td>5</td></tr></table>
            """
        #expect(HTMLText.plainText(from: html) == """
            Invoice   | Amount
            СЧ-1      | 1 200,00
            INV-10002 | 5
            """)
    }

    @Test("Entities are decoded and unknown tags stripped")
    func entities() {
        let html = "<p>A &amp; B &lt;c&gt; &laquo;Ёж&raquo;&nbsp;&#1046;&#x416; &bogus; <span class=\"x\">ok</span><!-- hidden --></p>"
        #expect(HTMLText.plainText(from: html) == "A & B <c> «Ёж» ЖЖ &bogus; ok")
    }
}
