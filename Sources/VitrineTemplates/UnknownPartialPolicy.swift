/// What `{{>name}}` does when no template has that name. Vitrine's templates treat it as a
/// compile error; the Mustache spec renders nothing (its "Failed Lookup" test).
public enum UnknownPartialPolicy: Sendable {
    case error
    case renderNothing
}
