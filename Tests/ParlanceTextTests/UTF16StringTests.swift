import Testing
import ParlanceText

@Suite("Strings from UTF-16 units")
struct UTF16StringTests {
    static let samples = ["", "STOP", "sí, mañana", "không thể đến", "胸口痛", "ألم في الصدر", "👍🏽 ok", "𠀋𠀋", "a\u{0}b", "\u{FEFF}\u{202E}x"]

    @Test(arguments: samples)
    func agreesWithTheStandardLibrary(_ text: String) {
        let units = Array(text.utf16)
        #expect(String(utf16Units: units) == text)
        #expect(String(utf16Units: units[...]) == String(decoding: units, as: UTF16.self))
    }

    @Test func loneSurrogatesBecomeReplacementCharacters() {
        let cases: [[UInt16]] = [[0xD800], [0xDC00, 0x41], [0x41, 0xD83D], [0xD83D, 0xD83D, 0xDC4D], [0xDC4D, 0xD83D]]
        for units in cases {
            #expect(String(utf16Units: units) == String(decoding: units, as: UTF16.self), "\(units)")
        }
        #expect(String(utf16Units: [0xD83D, 0x41]) == "\u{FFFD}A")
    }
}
