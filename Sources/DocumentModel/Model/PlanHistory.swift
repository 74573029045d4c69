import JapaneseCalendar

/// The plan as it stood on any day: the revision in force is the latest one dated on or before
/// it, read from `submitted/` when it is not the current one.
public struct PlanHistory: Sendable {
    public let current: Plan?
    public let submitted: [SubmittedPlan]

    public init(current: Plan?, submitted: [SubmittedPlan]) {
        self.current = current
        self.submitted = submitted
    }

    /// The revision in force on `day`, with the plan's content as of that revision.
    public struct InForce: Sendable {
        public let revision: Plan.Revision
        public let plan: Plan
        /// Whether its content is that revision's own (the current plan, or its submitted copy);
        /// false when the revision was never recorded and the current content stands in.
        public let exact: Bool
    }

    public func inForce(on day: CivilDate) -> InForce? {
        guard let current else { return nil }
        let candidates = current.revisions.filter { $0.date.value <= day }
        guard let revision = candidates.max(by: { ($0.number.value) < ($1.number.value) }) else { return nil }
        // What was sent, where it was recorded: plan.yaml may since hold changes not yet revised.
        if let copy = submitted.first(where: { $0.number == revision.number.value }) {
            return InForce(revision: revision, plan: copy.plan, exact: true)
        }
        return InForce(revision: revision, plan: current, exact: revision.number.value == current.currentRevisionNumber)
    }
}
