/// A value of a view: what a template prints or enters.
public enum ViewValue: Sendable {
    case text(String)
    case flag(Bool)
    case list([ViewNode])
    case object(ViewNode)
    case absent
}
