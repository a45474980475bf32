/// A list a section iterates. Elements are read in place (`field(_:ofElementAt:)`), so a
/// list of views is never copied into boxes one element at a time.
public protocol TemplateList {
    var count: Int { get }
    func element(at index: Int) -> TemplateValue
    func field(_ field: Int, ofElementAt index: Int) -> TemplateValue
    func field(named name: String, ofElementAt index: Int) -> TemplateValue
}

extension Array: TemplateList where Element: TemplateListElement {
    public func element(at index: Int) -> TemplateValue { self[index].templateElementValue }
    public func field(_ field: Int, ofElementAt index: Int) -> TemplateValue { self[index].templateValue(at: field) }
    public func field(named name: String, ofElementAt index: Int) -> TemplateValue { self[index].templateValue(named: name) }
}
