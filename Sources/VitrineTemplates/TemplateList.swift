/// A list a section iterates. Elements are read in place (`field(_:ofElementAt:)`), so a
/// list of views is never copied into boxes one element at a time.
public protocol TemplateList {
    var count: Int { get }
    func element(at index: Int) -> TemplateValue
    func field(_ field: Int, ofElementAt index: Int) -> TemplateValue
    func field(named name: String, ofElementAt index: Int) -> TemplateValue
}

extension Array: TemplateList where Element: TemplateListElement {
    public func element(at index: Int) -> TemplateValue { Element.templateElementValue(of: self, at: index) }
    public func field(_ field: Int, ofElementAt index: Int) -> TemplateValue { Element.templateValue(at: field, of: self, at: index) }
    public func field(named name: String, ofElementAt index: Int) -> TemplateValue {
        Element.templateValue(named: name, of: self, at: index)
    }
}
