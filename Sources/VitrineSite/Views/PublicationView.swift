import VitrineTemplates

struct PublicationView {
    var subtitle: String?
    var authors: String?
    var publisher: String?
    var place: String?
    var commissioner: String?
    var number: String?
    var url: String?
    var rights: String?
    var reportURL: String?
    var drawnFrom: [GroupView]
    var pager: PagerView?
}
