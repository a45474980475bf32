/// What only one type of item has.
public enum ItemDetails: Equatable, Sendable {
    case card(kind: String)
    case conclusion(Conclusion)
    case factsheet(Factsheet)
    case swot(SWOT)
    case publication(PublicationInfo)
    case page(PageInfo)
}
