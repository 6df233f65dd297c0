import Treffpunkt

/// The store is where adopted plans, and so the history of later plans, come from.
extension PlanStore: HistorySource {}
