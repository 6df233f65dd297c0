/// A person invitations go to: a member city's `contact`.
public struct Contact: Sendable, Equatable {
    public var name: String
    public var email: String

    public init(name: String, email: String) {
        self.name = name
        self.email = email
    }
}
