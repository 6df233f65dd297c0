/// The language of invitation texts (`invite --lang`).
public enum InvitationLanguage: String, Sendable, CaseIterable {
    case de, en
}
