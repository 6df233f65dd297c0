/// Every text Treffpunkt shows a person, by key. Each key has an entry in every language's
/// catalogue (`Messages+German.swift`, `Messages+English.swift`); `MessagesTests` fails when one
/// lacks it. `{0}`, `{1}`, … are the arguments of `Messages.callAsFunction`.
///
/// To add a text: a case here, the German and the English entry.
public enum MessageKey: String, CaseIterable, Sendable {
    // The report's header, objective and sections.
    case title, period, status, optimal, feasible, total, bound, gap, objective, term, inUnit, weighted, whatItCounts
    case yearView, meetings, rotation, rotationNote, generatedBy
    // Objective terms: name, unit, one sentence.
    case travelTerm, travelUnit, travelExplanation
    case venueCostTerm, venueCostUnit, venueCostExplanation
    case rotationTerm, rotationUnit, rotationExplanation
    case balanceTerm, balanceUnit, balanceExplanation
    case offersTerm, offersUnit, offersExplanation
    case changesTerm, changesUnit, changesExplanation
    /// The unweighted amounts of the point terms, as the table shows them (`6 extra hostings × 200`).
    case rotationAmount, balanceAmount, offersAmount
    // Columns of the report, the CSV file and the table.
    case topic, number, dates, weekdays, firstDay, lastDay, time, startTime, endTime, venue, address, city, state
    case registrationDeadline, staff, members, travel, venueCost, fixed, yes, no, topicID, venueID, cityID
    // The year view's shading and marks.
    case weekend, holidayEverywhere, holidaySomewhere, closedForNetwork, schoolHolidays, closedInCity
    case outsidePeriod, fixedMarker
    // The map.
    case map, mapNote, mapHost, mapMember, mapAllTopics, mapTravelsTo
    // Calendar words.
    case january, february, march, april, may, june, july, august, september, october, november, december
    case mondayShort, tuesdayShort, wednesdayShort, thursdayShort, fridayShort, saturdayShort, sundayShort
    // The terminal table and summaries.
    case tableDays, fixedFootnote, statusOptimal, statusFeasible, summaryLine, summaryTerm
    case yearHeading, rotationHeading, yearsSummary, notProvenOptimal
    /// Solver progress: `[{0} s] incumbent {1}  bound {2}  gap {3}  nodes {4}`.
    case progressLine
    // Status lines of the commands.
    case storedAs, wroteFiles, wroteReport
    // `plan --years`: whether fair rotation holds.
    case fairRotationOneYear, fairRotationHolds, fairRotationDropped
    // Which history a plan rotates against.
    case historyFromFile, historyNoStore, historyStoreMissing, historyLine, historyNoneAdopted, historyAdoptedOne,
         historyAdoptedMany, historyCarried
    // `check`: the verdict around the findings.
    case checkOK, checkOKStale, checkViolationsOne, checkViolationsMany, checkMore
    // A run without a plan.
    case infeasibleHeader, noPlanInterrupted, noPlanTimeLimit, noPlanFound
    // Differences between two plans (`diff`, `replan`).
    case diffMoved, diffAdded, diffDropped, diffUnchangedOne, diffUnchangedMany, diffNoChanges, diffSummary
    case diffLaterOne, diffLaterMany, diffEarlierOne, diffEarlierMany, diffOtherCity, diffOtherVenue, changesFrom
    // Calendar files (.ics).
    case calendarMeetingSummary, calendarDeadlineSummary, calendarDeadline, calendarStaff, calendarMembers
    // `check`'s findings, rule by rule (H1 … H8, replan, objective); the English text is also the finding's stable `message`.
    case checkHistoryEntry, checkUnknownTopic, checkUnknownFormat, checkUnknownVenue, checkUnknownCity
    case checkVenueInUnknownCity, checkVenueInOtherCity, checkNoDates, checkDayCount, checkDaysApart
    case checkStartWeekday, checkMeetingWeekday, checkOutsidePeriod, checkPublicHoliday, checkLocalHoliday
    case checkNetworkBlackout, checkStateBlackout, checkReferenceNoDates, checkFrozenNotKept, checkBeforeFreeze
    case checkGapTooShort, checkGapTooLong, checkFixedMissing, checkFixedNotMarked, checkMarkedFixed
    case checkMeetingCount, checkNumber, checkStaffList, checkDeadline, checkTimeZone, checkTimestamp
    case checkDistinctHosts, checkCityLimit, checkCityGap, checkWeekLimit, checkRepeatHost, checkStaffWeekday
    case checkStaffUnavailable, checkStaffOverlap, checkStaffRest, checkStaffMonth, checkNotAHost, checkCapacity
    case checkVenueNotAvailable, checkVenueUnavailable, checkVenueClash, checkTermMismatch, checkNoChangesTerm
    case checkTotalNotSum, checkTotalMismatch, checkGapMismatch, checkBoundAboveTotal, checkOptimalWithGap
    case checkFeasibleWithoutGap
    // Infeasibility reasons, the conflict search's findings and fixes, and their words (`Reason`).
    case reasonTopicAlone, reasonUndecided, reasonFixedVenueUnavailable, reasonFixedStaffUnavailable
    case reasonFixedRecentHost, reasonFixedSameVenue, reasonFixedStaffRest, reasonFixedTooClose, reasonFixedSameCity
    case reasonTooFewHostCities, reasonGapsDoNotFit, reasonNoVenue, reasonVenuesTooSmall, reasonStaffNeverAvailable
    case reasonInYear, reasonNoOptions, removedOutsideHosts, removedTooSmall, removedRecentHosts, removedWeekdays
    case removedClosedDays, removedVenueUnavailable, removedStaffUnavailable, reasonNoOption, reasonReferenceNoDates
    case reasonFrozenTopicGone, reasonFrozenVenueGone, reasonFrozenOutsidePeriod, reasonYearsTopic
    case reasonYearsNoRepeat, reasonYearsBarred, reasonYearsTogether, conflictHeaderMinimal, conflictHeaderCut
    case relaxationFound, relaxationFoundNotOptimal, noRelaxation, relaxationsCut, conflictStaffNeed
    case conflictStaffMonthly, usableWeekdays, usableFirstDays, conflictTopicNeed, conflictVenueShared
    case conflictRuleValue, conflictFixedMeeting, conflictClosedDays, conflictTopic, conflictStaff, conflictVenue
    case fixAllowStart, fixFewerMeetings, fixRaiseMonthly, fixOtherStaff, fixSetRule, fixDropFixed, fixUnshareVenue
    case fixOpenClosedDays, monday, tuesday, wednesday, thursday, friday, saturday, sunday, wordDay, wordDays
    case wordMonth, wordMonths, wordTime, wordTimes, wordCity, wordCities, wordHostCity, wordHostCities
    case wordCalendarYear, wordCalendarYears, wordNone
    // `move`'s verdict.
    case moveCost, moveHardRule, moveHardRules, moveBreaks, moveForced, moveStored
    // `explain`'s account of the objective, term by term.
    case explainHeader, explainStale, explainLongestJourneys, explainJourney, explainFarthest, explainNoRotation
    case explainNoRepeatedHost, explainNoOffers, explainOfferedOne, explainOfferedMany, explainRepeatedHost
    case explainRotation, explainAdoptedPlan, explainHistory, explainYearBefore, explainYearsBefore, explainPoint
    case explainPoints
    // `explain`'s account of one meeting and its alternatives.
    case explainMeetingHeader, explainShareOf, explainSameCity, explainInstead, explainAlternative, explainAlternativeAtMost
    case explainNoAlternative, explainNoPlaceChanges, explainDateOnlyOne, explainDateOnlyMany, explainCheapestHeader
    case explainNoCandidates, explainBaseline
}
