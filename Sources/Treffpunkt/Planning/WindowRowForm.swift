/// How `PlanningModel` writes "at most one first day in any window of days" (H7 minimum
/// gap, H8 city spacing): the same inequalities, with different sizes.
enum WindowRowForm: Sendable {
    /// Whichever form has fewer non-zeros, per rule and group.
    case automatic
    /// Each window's options listed in its row.
    case cliques
    /// Running counts of first days; a window is the difference of two counts.
    case runningCounts
}
