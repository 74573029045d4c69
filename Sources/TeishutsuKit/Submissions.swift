import DocumentModel
import Foundation
import JapaneseCalendar
import Loading
import Rendering

/// Recording what was submitted (`teishutsu submit`).
public enum Submissions {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Records the plan's current revision as submitted on `date`: `submitted/plan-rN.yaml`
    /// (the plan as it is, stamped) and `submitted/plan-rN.xml`.
    public static func submit(folder path: String, date: CivilDate) throws -> (number: Int, written: [String]) {
        let (folder, report, _) = Pipeline.check(folder: path, today: nil)
        guard !report.hasErrors, let plan = folder.plan, let contract = folder.contract, let revision = plan.currentRevision else {
            throw Failure(description: "the folder has errors; run teishutsu validate \(path)")
        }
        let number = revision.number.value
        guard revision.date.value <= date else {
            throw Failure(description: "revision \(number) is dated \(revision.date.value.iso), after the submission date \(date.iso)")
        }
        if let existing = folder.submittedPlans.first(where: { $0.number == number }) {
            if PlanComparison.compare(old: existing.plan.value, new: plan.value).isEmpty {
                return (number, [])
            }
            throw Failure(description: "revision \(number) was already submitted (\(existing.path)) with other content; add revision \(number + 1) first")
        }
        guard case .success(let planText) = InputFile.read(path: plan.source, displayPath: plan.source, limit: YAMLLoader.maximumBytes,
                                                            confinement: folder.confinement) else {
            throw Failure(description: "\(plan.source) cannot be read")
        }
        let stamp = "# 提出記録: 第\(number)版（改訂日 \(revision.date.value.iso)）を \(date.iso) に提出 — teishutsu submit\n"
            + "# submitted: revision \(number) (dated \(revision.date.value.iso)) on \(date.iso); do not edit\n"
        let xml = XMLWriter.document(.plan, XMLDocumentType.planContent(plan: plan, contract: contract))
        let problems = XMLFormat.validate(xml, as: .plan, file: "plan-r\(number).xml")
        guard problems.isEmpty else {
            throw Failure(description: "the plan's XML does not match its XSD: " + problems.map(\.message.english).joined(separator: "; "))
        }
        let files = [
            RenderedFile(name: ContractFolder.submittedPlanName(number), contents: stamp + planText),
            RenderedFile(name: "plan-r\(number).xml", contents: xml),
        ]
        let result = try OutputWriter.write(files, to: Paths.join(path, ContractFolder.submittedFolder))
        return (number, result.written)
    }
}
