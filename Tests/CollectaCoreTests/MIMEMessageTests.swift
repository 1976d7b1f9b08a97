import Foundation
import Testing

@testable import CollectaCore

@Suite("Business documents: HTML bodies from .eml and .html files")
struct MIMEMessageTests {
    static func bytes(_ text: String) -> [UInt8] { Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8) }

    @Test("A quoted-printable UTF-8 text/html message")
    func quotedPrintable() throws {
        let message = Self.bytes("""
            From: a@example.com
            Subject: test
            Content-Type: text/html;
             charset="utf-8"
            Content-Transfer-Encoding: quoted-printable

            <p>=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D1=81=D1=82=D0=B2=D1=83=D0=B9=D1=82=D0=B5, {{customer=
            .name}}</p>
            """)
        #expect(try MIMEMessage.htmlBody(of: message) == "<p>Здравствуйте, {{customer.name}}</p>")
    }

    @Test("A base64 windows-1251 part inside multipart/alternative")
    func base64Windows1251() throws {
        let html = "<p>Уважаемый клиент, оплатите счёт.</p>"
        let encoded = Data(html.unicodeScalars.map { scalar -> UInt8 in
            let value = scalar.value
            if value < 128 { return UInt8(value) }
            if value == 0x451 { return 0xB8 }
            return UInt8(value - 0x410 + 0xC0)
        }).base64EncodedString(options: .lineLength64Characters)
        let message = Self.bytes("""
            MIME-Version: 1.0
            Content-Type: multipart/alternative; boundary="b1"

            preamble
            --b1
            Content-Type: text/plain; charset=windows-1251

            plain
            --b1
            Content-Type: text/html; charset=windows-1251
            Content-Transfer-Encoding: base64

            \(encoded)
            --b1--
            """)
        #expect(try MIMEMessage.htmlBody(of: message) == html)
    }

    @Test("A KOI8-R html part nested in multipart/mixed → multipart/alternative")
    func nestedMixed() throws {
        var message = Self.bytes("""
            Content-Type: multipart/mixed; boundary=outer

            --outer
            Content-Type: multipart/alternative; boundary="inner"

            --inner
            Content-Type: text/plain

            text
            --inner
            Content-Type: text/html; charset=KOI8-R
            Content-Transfer-Encoding: 8bit


            """)
        message += [60, 98, 62, 0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4, 60, 47, 98, 62]
        message += Self.bytes("""

            --inner--
            --outer
            Content-Type: application/pdf; name=invoice.pdf
            Content-Transfer-Encoding: base64

            JVBERi0=
            --outer--
            """)
        #expect(try MIMEMessage.htmlBody(of: message) == "<b>Привет</b>")
    }

    @Test("A message without a text/html part is refused")
    func missingHTML() {
        let message = Self.bytes("""
            Content-Type: multipart/alternative; boundary=x

            --x
            Content-Type: text/plain; charset=utf-8

            Hello
            --x--
            """)
        #expect(throws: BodyFileError.noHTMLPart) { try MIMEMessage.htmlBody(of: message) }
        #expect(BodyFileError.noHTMLPart.description == "the message has no text/html part")
    }

    @Test("Bad base64 and unknown charsets are refused with a clear error")
    func badInput() {
        let bad = Self.bytes("""
            Content-Type: text/html; charset=utf-8
            Content-Transfer-Encoding: base64

            PGI+!!!*
            """)
        #expect(throws: BodyFileError.badBase64) { try MIMEMessage.htmlBody(of: bad) }
        let unknown = Self.bytes("""
            Content-Type: text/html; charset=x-martian

            <p>hi</p>
            """)
        #expect(throws: BodyFileError.unsupportedCharset("x-martian")) { try MIMEMessage.htmlBody(of: unknown) }
        #expect(BodyFileError.unsupportedCharset("x-martian").description == "unsupported charset x-martian")
    }

    @Test("An .html file is UTF-8 unless its meta names a charset; ISO-8859-1 too")
    func htmlFiles() throws {
        #expect(try HTMLFile.text(of: Array("<p>Ёж</p>".utf8)) == "<p>Ёж</p>")
        let cp1251: [UInt8] = Array("<html><head><meta charset=\"windows-1251\"></head><body>".utf8) + [0xC0, 0xE1]
        #expect(try HTMLFile.text(of: cp1251).hasSuffix("<body>Аб"))
        let latin: [UInt8] = Array("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">".utf8) + [0xE9]
        #expect(try HTMLFile.text(of: latin).hasSuffix("é"))
        #expect(throws: BodyFileError.undecodable(charset: "UTF-8")) { try HTMLFile.text(of: [0xFF, 0xFE, 0x41]) }
    }
}
