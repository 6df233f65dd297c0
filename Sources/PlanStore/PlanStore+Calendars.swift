import Foundation
import Treffpunkt

/// Why the calendar a stored plan exported cannot be rebuilt.
public enum StoredCalendarError: Error, Sendable, CustomStringConvertible {
    /// The scenario kept with the plan no longer loads (e.g. a city left the city list).
    case scenario(planID: Int64, InvalidInput)
    /// The calendar could not be written or read back: a bug.
    case calendar(planID: Int64, message: String)

    public var description: String {
        switch self {
        case .scenario(let id, let invalid):
            "the scenario stored with plan \(id) cannot be read again:\n\(invalid.description)"
        case .calendar(let id, let message):
            "the calendar of plan \(id) cannot be rebuilt: \(message)"
        }
    }
}

extension StoredPlan {
    /// The scenario the plan was made from, read again from the bytes the store kept (date-set
    /// `ics:` paths resolve against the folder the file was in).
    public func scenario() throws(StoredCalendarError) -> Scenario {
        do {
            return try ScenarioLoader.load(data: scenarioText, fileName: scenarioPath, calendars: calendars).scenario
        } catch {
            throw .scenario(planID: plan.id ?? 0, error)
        }
    }
}

extension PlanStore {
    /// The `calendar.ics` a stored plan exported, as `--previous` reads it. A re-plan's calendar
    /// builds on the calendar of the plan it came from, so SEQUENCE grows along the chain.
    public func exportedCalendar(of id: Int64) throws -> PreviousCalendar {
        let stored = try plan(id)
        let parent = try stored.derivedFrom.map { try exportedCalendar(of: $0) }
        do {
            let files = try PlanCalendarFiles(plan: stored.plan, scenario: try stored.scenario(), exportedAt: Date(),
                                              previous: parent)
            return try PreviousCalendar(text: files.files[0].calendar.serialized)
        } catch let error as StoredCalendarError {
            throw error
        } catch {
            throw StoredCalendarError.calendar(planID: id, message: "\(error)")
        }
    }
}
