/// Minimum-cost assignment of rows to columns (the Hungarian method in its shortest-augmenting-path form,
/// O(n²·m) for n rows ≤ m columns). Written here because none of the packages available to the project
/// offers it; see docs/architecture.md.
public enum OptimalAssignment {
    /// Assigns every row to a distinct column so that the total cost is minimal. `costs` is rectangular
    /// (any shape). Pairs whose cost is `forbidden` or more are never returned: such a row stays unassigned.
    /// Returns, for each row, its column or nil.
    public static func solve(costs: [[Int]], forbidden: Int) -> [Int?] {
        let rows = costs.count
        guard rows > 0, let columns = costs.first?.count, columns > 0 else { return Array(repeating: nil, count: rows) }
        if rows <= columns {
            return assign(costs, rows: rows, columns: columns, forbidden: forbidden)
        }
        // More rows than columns: solve the transposed problem and invert it.
        var transposed = Array(repeating: Array(repeating: 0, count: rows), count: columns)
        for r in 0..<rows { for c in 0..<columns { transposed[c][r] = costs[r][c] } }
        let byColumn = assign(transposed, rows: columns, columns: rows, forbidden: forbidden)
        var result: [Int?] = Array(repeating: nil, count: rows)
        for (c, r) in byColumn.enumerated() { if let r { result[r] = c } }
        return result
    }

    /// rows ≤ columns. Forbidden pairs are priced so high that any assignment avoiding one is preferred,
    /// which keeps the number of real pairs maximal before the total score counts.
    private static func assign(_ a: [[Int]], rows n: Int, columns m: Int, forbidden: Int) -> [Int?] {
        let inf = Int.max / 4
        // Potentials u (rows) and v (columns), 1-based with a virtual column 0.
        var u = [Int](repeating: 0, count: n + 1)
        var v = [Int](repeating: 0, count: m + 1)
        var rowOfColumn = [Int](repeating: 0, count: m + 1)
        var way = [Int](repeating: 0, count: m + 1)
        var minv = [Int](repeating: inf, count: m + 1)
        var used = [Bool](repeating: false, count: m + 1)
        let penalty = forbidden
        for i in 1...n {
            rowOfColumn[0] = i
            var j0 = 0
            for j in 0...m { minv[j] = inf; used[j] = false }
            repeat {
                used[j0] = true
                let i0 = rowOfColumn[j0]
                var delta = inf
                var j1 = 0
                let row = a[i0 - 1]
                let ui0 = u[i0]
                for j in 1...m where !used[j] {
                    let cost = min(row[j - 1], penalty)
                    let cur = cost - ui0 - v[j]
                    if cur < minv[j] { minv[j] = cur; way[j] = j0 }
                    if minv[j] < delta { delta = minv[j]; j1 = j }
                }
                for j in 0...m {
                    if used[j] { u[rowOfColumn[j]] += delta; v[j] -= delta } else { minv[j] -= delta }
                }
                j0 = j1
            } while rowOfColumn[j0] != 0
            repeat {
                let j1 = way[j0]
                rowOfColumn[j0] = rowOfColumn[j1]
                j0 = j1
            } while j0 != 0
        }
        var result: [Int?] = Array(repeating: nil, count: n)
        for j in 1...m where rowOfColumn[j] != 0 {
            let r = rowOfColumn[j] - 1
            if a[r][j - 1] < forbidden { result[r] = j - 1 }
        }
        return result
    }
}
