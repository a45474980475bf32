import Testing
import Yams
@testable import VitrineContent

/// The loader reads plain scalars without Yams's regular expressions; its readings must equal
/// what Yams's default resolver (YAML 1.1 core rules) makes of the same text.
struct PlainScalarTests {
    static let samples = [
        "", "~", "null", "Null", "NULL", "nul", "none",
        "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON",
        "off", "Off", "OFF", "yEs", "tRue", "y", "n",
        "0", "00", "012", "0o12", "0o", "0b101", "0b", "0b2", "0x1F", "0xg", "-0x1f", "+7", "-7", "1_000", "16073",
        "1:30", "190:20:30", "1:60", "1:5", "-1:30", "0:30",
        "48.6", "1.", ".5", "-.5", "+.5", "1e5", "1E-5", "1.5e+3", ".5e5", ".5e+5", "1_0.5_0", "1:30.5", "1:30.",
        ".inf", "-.Inf", "+.INF", ".nan", ".NaN", "inf", "nan", "-", "+", ".", "e5", "1e", "1.2.3", "16.073",
        "1.173.443", "48,6", "2023-06-07", "abc", "12-14", "12 ", " 12", "0x", "--1",
    ]

    @Test func readsPlainScalarsAsYamsDoes() {
        for text in Self.samples {
            let tag = Resolver.default.resolveTag(of: Node.scalar(Node.Scalar(text)))
            #expect(PlainScalar.isNull(text) == (tag == .null), "null: '\(text)'")
            #expect((PlainScalar.bool(text) != nil) == (tag == .bool), "bool: '\(text)'")
            #expect(PlainScalar.isInt(text) == (tag == .int), "int: '\(text)'")
            if tag != .int {
                #expect(PlainScalar.isFloat(text) == (tag == .float), "float: '\(text)'")
            }
        }
    }
}
