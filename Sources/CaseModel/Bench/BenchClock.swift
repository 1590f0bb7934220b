import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Wall-clock timing and peak memory for `zorg bench`.
public enum BenchClock {
    /// Seconds taken by `body`, on the monotonic clock.
    public static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// The largest resident set this process has had, in bytes (`getrusage`, `ru_maxrss`; kilobytes on Linux).
    public static func peakResidentBytes() -> UInt64 {
        var usage = rusage()
        #if canImport(Darwin)
        guard getrusage(RUSAGE_SELF, &usage) == 0 else { return 0 }
        return UInt64(usage.ru_maxrss)
        #else
        guard getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage) == 0 else { return 0 }
        return UInt64(usage.ru_maxrss) * 1024
        #endif
    }

    /// CPU seconds (user and system, all threads) this process has used so far.
    public static func cpuSeconds() -> Double {
        var usage = rusage()
        #if canImport(Darwin)
        guard getrusage(RUSAGE_SELF, &usage) == 0 else { return 0 }
        #else
        guard getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage) == 0 else { return 0 }
        #endif
        func s(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return s(usage.ru_utime) + s(usage.ru_stime)
    }

    public static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let s = values.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }
}

/// Times runs of one step on the wall clock and keeps the CPU time each took, so that a figure measured on a
/// busy machine (wall time inflated by other processes) can still be judged by its CPU cost.
final class BenchMeter {
    private(set) var cpu: [Double] = []

    func time(_ body: () throws -> Void) rethrows -> Double {
        let before = BenchClock.cpuSeconds()
        let wall = try BenchClock.seconds(body)
        cpu.append(BenchClock.cpuSeconds() - before)
        return wall
    }
}
