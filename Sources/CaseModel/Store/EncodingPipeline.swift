import Foundation

/// Records to be written, JSON-encoded a block at a time ahead of the writer: while the caller writes the files
/// of one block, the next is encoded on the other cores. Each record gets the revision after the one given.
final class EncodingPipeline<R: StoredRecord>: @unchecked Sendable {
    typealias Block = (range: Range<Int>, records: [R], encoded: [Result<Data, Error>])

    private let records: [R]
    private let revisions: [Int]
    private let size: Int
    private var start = 0
    /// The block being encoded in the background, and its result once `group` is done.
    private let group = DispatchGroup()
    private var ahead: Block?

    init(records: [R], revisions: [Int], blockSize: Int = 256) {
        self.records = records
        self.revisions = revisions
        self.size = blockSize
        startNext()
    }

    /// The next block, encoded; nil after the last. Starts encoding the one after it.
    func next() -> Block? {
        group.wait()
        guard let block = ahead else { return nil }
        ahead = nil
        startNext()
        return block
    }

    /// Waits for the block being encoded (when the writer stops early).
    func finish() { group.wait() }

    private func startNext() {
        guard start < records.count else { return }
        let range = start..<min(records.count, start + size)
        start = range.upperBound
        let nexts = range.map { i -> R in
            var next = records[i]
            next.revision = revisions[i] + 1
            return next
        }
        // A single save, or a small batch, is encoded right here: a thread hop costs more than the work.
        guard records.count > size else {
            ahead = (range, nexts, StoreCoding.encodeEach(nexts))
            return
        }
        DispatchQueue.global().async(group: group) {
            self.ahead = (range, nexts, StoreCoding.encodeEach(nexts))
        }
    }
}
