/// A plan revision as it was submitted (`submitted/plan-rN.yaml`, written by `teishutsu submit`).
public struct SubmittedPlan: Sendable {
    public let number: Int
    /// The file, as diagnostics name it.
    public let path: String
    public let plan: Plan

    public init(number: Int, path: String, plan: Plan) {
        self.number = number
        self.path = path
        self.plan = plan
    }
}
