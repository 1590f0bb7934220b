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

    /// The largest resident set this process has had, in bytes (`getrusage`, `ru_maxrss`; kilobytes on Linux);
    /// with `children`, the largest of its child processes that have ended.
    public static func peakResidentBytes(children: Bool = false) -> UInt64 {
        guard let usage = usage(children: children) else { return 0 }
        #if canImport(Darwin)
        return UInt64(usage.ru_maxrss)
        #else
        return UInt64(usage.ru_maxrss) * 1024
        #endif
    }

    /// CPU seconds (user and system, all threads) this process has used so far; with `children`, those of its
    /// child processes that have ended.
    public static func cpuSeconds(children: Bool = false) -> Double {
        guard let usage = usage(children: children) else { return 0 }
        func s(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return s(usage.ru_utime) + s(usage.ru_stime)
    }

    private static func usage(children: Bool) -> rusage? {
        var usage = rusage()
        #if canImport(Darwin)
        guard getrusage(children ? RUSAGE_CHILDREN : RUSAGE_SELF, &usage) == 0 else { return nil }
        #else
        guard getrusage(__rusage_who_t((children ? RUSAGE_CHILDREN : RUSAGE_SELF).rawValue), &usage) == 0 else { return nil }
        #endif
        return usage
    }

    public static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let s = values.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }
}

/// Times runs of one step on the wall clock and keeps the CPU time each took, so that a figure measured on a
/// busy machine (wall time inflated by other processes) can still be judged by its CPU cost.
/// With `children`, the CPU time is that of the child processes the runs waited for (a whole command).
public final class BenchMeter {
    public private(set) var cpu: [Double] = []
    private let children: Bool

    public init(children: Bool = false) { self.children = children }

    public func time(_ body: () throws -> Void) rethrows -> Double {
        let before = BenchClock.cpuSeconds(children: children)
        let wall = try BenchClock.seconds(body)
        cpu.append(BenchClock.cpuSeconds(children: children) - before)
        return wall
    }
}
