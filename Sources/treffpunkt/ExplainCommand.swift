import ArgumentParser
import Foundation
import MIP
import Treffpunkt

struct ExplainCommand: ParsableCommand, ChoosesLanguage {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explains a plan's cost: each objective term in its unit and what drives it; for one meeting, its share and what another host, venue or date would cost.",
        discussion: """
            The plan is a stored plan's id (`treffpunkt explain 3`) or a scenario file and a plan.json, optionally \
            followed by one meeting as TOPIC#N (`treffpunkt explain 3 monitoring#2`). For a meeting, --instead CITY, \
            VENUE or DATE re-solves the whole plan with that meeting there (a date keeps its city) and prints the \
            extra cost and the other meetings that moved; without --instead the three cheapest other host cities are \
            re-solved. Every re-solved plan is checked like a planned one. Nothing is stored.
            """
    )

    @Argument(help: "A stored plan's id or SCENARIO PLAN.json, then optionally a meeting as TOPIC#N.")
    var words: [String]

    @OptionGroup var store: StoreLocation
    @OptionGroup var language: LanguageOption

    @Option(help: "For a meeting: re-solve with it in this city, at this venue, or on this date (YYYY-MM-DD, same city).")
    var instead: String?

    @Option(help: "Seconds each re-solve may take (default 60).")
    var timeLimit: Double = 60

    @Flag(help: "Print the explanation as JSON.")
    var json = false

    /// The plan's words and the meeting, split.
    private var parts: (source: [String], meeting: String?) {
        if let last = words.last, last.contains("#"), words.count > 1 { return (Array(words.dropLast()), last) }
        return (words, nil)
    }

    func validate() throws {
        let source = parts.source
        switch source.count {
        case 1 where Int64(source[0]) == nil:
            throw ValidationError("'\(source[0])' is not a plan id; give an id or SCENARIO PLAN.json, then optionally TOPIC#N")
        case 1, 2: break
        default: throw ValidationError("give a stored plan's id or SCENARIO PLAN.json, then optionally TOPIC#N")
        }
        if let meeting = parts.meeting, MeetingArgument(meeting) == nil { throw ValidationError(MeetingArgument.notAMeeting(meeting)) }
        if instead != nil, parts.meeting == nil { throw ValidationError("--instead needs a meeting, TOPIC#N") }
        guard timeLimit.isFinite, timeLimit > 0 else { throw ValidationError("--time-limit must be a positive number of seconds") }
    }

    func run() throws {
        let resolved = try PlanSource.resolve(parts.source, store: store)
        let scenario: Scenario
        do {
            scenario = try resolved.scenario.moved(toPeriodOf: resolved.plan).scenario
        } catch {
            throw FileError(file: resolved.description, error: error)
        }
        let explanation = PlanExplanation(plan: resolved.plan, scenario: scenario)
        guard let wanted = parts.meeting.flatMap(MeetingArgument.init) else {
            print(json ? explanation.json.text() : explanation.render(description: resolved.description, messages: OutputLanguage.messages), terminator: json ? "\n" : "")
            return
        }
        guard let meeting = explanation.meeting(wanted.topic, wanted.number) else {
            let available = resolved.plan.meetings.filter { $0.topic == wanted.topic }.map { "\($0.topic)#\($0.number)" }
            throw CommandFailure.invalidInput("\(resolved.description): error: "
                + ExplainError.unknownMeeting(parts.meeting!, available: available.isEmpty ? ["no meeting of that topic"] : available).description)
        }
        let alternatives: PlanAlternatives
        let chosen: [PlanAlternatives.Alternative]
        var cheapest: (candidates: Int, resolved: Int)?
        do {
            alternatives = try PlanAlternatives(plan: resolved.plan, scenario: scenario, solveOptions: SolveOptions(timeLimit: timeLimit))
            if let instead {
                chosen = [try alternatives.alternative(try alternatives.requirement(for: meeting, instead: instead))]
            } else {
                let found = try alternatives.cheapest(for: meeting)
                chosen = found.alternatives
                cheapest = (found.candidates, found.resolved)
            }
        } catch let error as ExplainError {
            throw CommandFailure.invalidInput("\(resolved.description): error: \(error)")
        }
        let share = explanation.share(of: meeting)
        if json {
            var members: [(String, JSONValue)] = [("meeting", explanation.json(share)), ("baseline", .number(alternatives.baseline))]
            members.append(("alternatives", .array(chosen.map(explanation.json))))
            print(JSONValue.object(members).text())
            return
        }
        let messages = OutputLanguage.messages
        var text = explanation.render(share, messages: messages) + "\n"
        if alternatives.baselineResolved { text += ExplanationText.baseline(alternatives.baseline, messages) + "\n" }
        if let instead {
            text += ExplanationText.instead(instead, messages) + "\n"
        } else if let cheapest {
            text += (cheapest.candidates == 0 ? ExplanationText.noCandidates(messages)
                : ExplanationText.cheapestHeader(candidates: cheapest.candidates, resolved: cheapest.resolved, messages)) + "\n"
        }
        text += chosen.map { "  " + explanation.render($0, messages: messages).replacingOccurrences(of: "\n  ", with: "\n    ") }.joined()
        print(text, terminator: "")
    }
}
