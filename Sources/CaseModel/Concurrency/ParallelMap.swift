import Foundation

/// `(0..<count).map(transform)` worked out on every core, `chunk` indices at a time, the results in order.
/// `transform` may only read what it shares with the other calls; each result is written by one call only.
enum ParallelMap {
    static func map<T>(_ count: Int, chunk: Int, _ transform: (Int) -> T) -> [T] {
        guard count > chunk else { return (0..<count).map(transform) }
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = Slots(base: buffer)
            withoutActuallyEscaping(transform) { transform in
                let body = Unchecked(transform: transform)
                DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { c in
                    for i in (c * chunk)..<min(count, (c + 1) * chunk) {
                        (slots.base.baseAddress! + i).initialize(to: body.transform(i))
                    }
                }
            }
            initialized = count
        }
    }
}

/// Each slot is initialised by one call only, and `concurrentPerform` returns when all are done.
private struct Slots<T>: @unchecked Sendable {
    let base: UnsafeMutableBufferPointer<T>
}

/// The caller's transform, called from the workers: it reads only what the caller shares read-only.
private struct Unchecked<T>: @unchecked Sendable {
    let transform: (Int) -> T
}
