/// The release of Treffpunkt, printed by `treffpunkt --version`.
public let version = "0.9.0"
