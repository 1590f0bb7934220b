import CaseModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The search figure of `zorg bench`, measured on the caseload screen itself: the store's caseload loaded as
/// the TUI loads it, then each keystroke goes through the app's own `update` and `render` and is presented on
/// an in-memory terminal of 80×24 and of 200×60. Typing narrows the list; backspace widens it again, so both
/// directions are measured. One run is one keystroke; the figure compared with the target is the slowest.
enum KeystrokeBench {
    static let queries = ["peeters", "jan", "stalenstr", "g-00012", "çelik", "winterslag"]

    static func run(_ bench: CaseloadBench) throws -> BenchFigure {
        let entries = try EffectWork.caseloadEntries(Office.open(at: bench.storePath, identity: bench.identity))
        var state = AppState(entries: [], storeName: "bench", size: TerminalSize(rows: 24, columns: 80),
                             options: UIOptions(noColor: true), today: CaseloadBench.asOf)
        let build = BenchClock.seconds {
            state = AppState(entries: entries, storeName: "bench", size: TerminalSize(rows: 24, columns: 80),
                             options: UIOptions(noColor: true), today: CaseloadBench.asOf)
        }
        var runs: [Double] = []
        var cpu: [Double] = []
        var widest = (keys: "", seconds: 0.0)
        for size in [TerminalSize(rows: 24, columns: 80), TerminalSize(rows: 60, columns: 200)] {
            let terminal = MemoryTerminal(size: size)
            state = update(state, .resize(size)).0
            // The screen as the TUI draws it before the first key (which also reads the text catalog): not a keystroke.
            terminal.present(render(state))
            for query in queries {
                state = update(state, .key(.character("/"))).0
                let keys = query.map { Key.character($0) } + Array(repeating: Key.backspace, count: query.count)
                for (n, key) in keys.enumerated() {
                    let cpuStart = threadCPUSeconds()
                    let seconds = BenchClock.seconds {
                        state = update(state, .key(key)).0
                        terminal.present(render(state))
                    }
                    cpu.append(threadCPUSeconds() - cpuStart)
                    runs.append(seconds)
                    if seconds > widest.seconds {
                        widest = (String(query.prefix(n < query.count ? n + 1 : 2 * query.count - n - 1)), seconds)
                    }
                }
                state = update(state, .key(.escape)).0
            }
        }
        let note = String(format: "TUI update+render 80×24 en 200×60; lijst maken %.0f ms; traagste bij \"%@\"",
                          build * 1000, widest.keys)
        return BenchFigure(step: .search, runs: runs, cpuRuns: cpu, items: entries.count, note: note)
    }

    /// CPU time of this thread: a keystroke runs on one thread, and this clock is exact at this scale.
    private static func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
