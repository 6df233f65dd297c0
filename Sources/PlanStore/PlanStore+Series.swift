extension PlanStore {
    /// The ids of the years of the `plan --years` run that stored plan `id`, in order; just `[id]`
    /// for any other plan. The years of a run are stored in one transaction: consecutive ids of
    /// kind multi-year with the same time and scenario file.
    public func series(of id: Int64) throws(PlanStoreError) -> [Int64] {
        let all = try plans()
        guard let index = all.firstIndex(where: { $0.id == id }), all[index].kind == .multiYear else { return [id] }
        let this = all[index]
        func sameRun(_ other: StoredPlanSummary) -> Bool {
            other.kind == .multiYear && other.createdAt == this.createdAt && other.scenarioFile == this.scenarioFile
        }
        var first = index, last = index
        while first > all.startIndex, sameRun(all[first - 1]), all[first - 1].id == all[first].id - 1 { first -= 1 }
        while last < all.endIndex - 1, sameRun(all[last + 1]), all[last + 1].id == all[last].id + 1 { last += 1 }
        return all[first...last].map(\.id)
    }
}
