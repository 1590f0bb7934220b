import Testing
@testable import ZorgTUI

/// The bar chart's layout: scaled to the longest bar, fitted to the width, zero and tiny values, plain mode.
@Suite struct BarChartTests {
    static let items = [
        BarChart.Item(label: "Winterslag", value: 100, valueText: "€ 100,00"),
        BarChart.Item(label: "Zwartberg", value: 50, valueText: "€ 50,00"),
        BarChart.Item(label: "Waterschei", value: 25, valueText: "€ 25,00"),
        BarChart.Item(label: "Sledderlo", value: 0, valueText: "€ 0,00"),
    ]

    @Test func theLongestBarFillsTheRoomAndTheOthersAreToScale() {
        let chart = BarChart(items: Self.items)
        let layout = chart.layout(width: 60)
        #expect(layout == BarChart.Layout(label: 10, bar: 40, value: 8))
        let lines = chart.lines(width: 60, plain: false)
        #expect(lines[0] == "Winterslag " + String(repeating: "█", count: 40) + " € 100,00")
        #expect(lines[1] == "Zwartberg  " + String(repeating: "█", count: 20) + String(repeating: " ", count: 20) + "  € 50,00")
        #expect(lines[2].filter { $0 == "█" }.count == 10)
        #expect(BarChart.eighths(50, maximum: 100, cells: 40) == 160)
    }

    @Test func partsOfACellAreDrawnInEighths() {
        // 3.75 of 10 over ten cells: 30 eighths = 3 full cells and a ▊ (6/8).
        #expect(BarChart.bar(3.75, maximum: 10, cells: 10, plain: false) == "███▊" + String(repeating: " ", count: 6))
        #expect(BarChart.bar(1, maximum: 16, cells: 2, plain: false) == "▏ ")
    }

    @Test func zeroDrawsNothingAndATinyValueASliver() {
        #expect(BarChart.bar(0, maximum: 100, cells: 8, plain: false) == String(repeating: " ", count: 8))
        #expect(BarChart.bar(0.01, maximum: 1_000_000, cells: 8, plain: false) == "▏" + String(repeating: " ", count: 7))
        #expect(BarChart.bar(0.01, maximum: 1_000_000, cells: 8, plain: true) == "#" + String(repeating: " ", count: 7))
        // All values zero: no bars, no division by zero.
        let zeros = BarChart(items: [BarChart.Item(label: "a", value: 0, valueText: "0")]).lines(width: 30, plain: false)
        #expect(!zeros[0].contains("█") && zeros[0].hasSuffix("0"))
    }

    @Test func everyLineFitsTheWidthAndTheValuesLineUp() {
        for width in [20, 33, 60, 80, 200] {
            let lines = BarChart(items: Self.items).lines(width: width, plain: false)
            #expect(lines.allSatisfy { DisplayWidth.of($0) == width }, "width \(width)")
        }
        let long = BarChart(items: [BarChart.Item(label: String(repeating: "x", count: 100), value: 1, valueText: "1")])
        #expect(long.layout(width: 60).label == 20)
        #expect(long.lines(width: 60, plain: false)[0].hasPrefix(String(repeating: "x", count: 19) + "…"))
    }

    @Test func plainModeUsesOnlyHashes() {
        let lines = BarChart(items: Self.items).lines(width: 60, plain: true)
        #expect(lines.allSatisfy { !$0.contains("█") && !$0.contains("▏") })
        #expect(lines[0].filter { $0 == "#" }.count == 40)
        #expect(lines[1].filter { $0 == "#" }.count == 20)
        #expect(lines[3].filter { $0 == "#" }.isEmpty)
    }

    @Test func theProgressBarIsFilledToItsFraction() {
        #expect(ProgressBar.line(fraction: 0.5, width: 10, plain: false) == "█████░░░░░")
        #expect(ProgressBar.line(fraction: 0.25, width: 8, plain: true) == "##------")
        #expect(ProgressBar.line(fraction: 2, width: 4, plain: true) == "####")
        #expect(ProgressBar.percent(0.1234) == "12 %")
    }
}
