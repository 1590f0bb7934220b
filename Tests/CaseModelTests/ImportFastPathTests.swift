import Foundation
import Testing
@testable import CaseModel

/// The import's shortcut for plain amounts reads exactly what `Money.parse` reads, and leaves every other form
/// to it.
@Suite struct ImportFastPathTests {
    @Test func plainAmountsReadAsMoneyParseReadsThem() {
        var texts = ["0", "7", "007", "1234", "1234,5", "1234,56", "1234.5", "1234.56", "0,05", "999999999999999",
                     "999999999999999,99", "12.500", "1.234,56", "1,234.56", "12,345", "1234,567", "-12", "€ 12",
                     "12 €", "1 234,56", "", ",5", "5,", "5.", "12,3a", "1e3", "١٢", "12,,3", "1234567890123456"]
        // Every text of up to six characters made of 0, 5, a comma and a point.
        var layer = [""]
        for _ in 1...6 {
            layer = layer.flatMap { p in ["0", "5", ",", "."].map { p + $0 } }
            texts += layer
        }
        var fast = 0
        for t in texts {
            guard let m = ValueParser.fastAmount(t) else { continue }
            fast += 1
            #expect(Money.parse(t) == .success(m), "\(t)")
        }
        #expect(fast > 300)
        #expect(ValueParser.fastAmount("1234,56") == Money(cents: 123456))
        #expect(ValueParser.fastAmount("12.500") == nil)  // thousands: left to Money.parse
    }
}
