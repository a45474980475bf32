/// One frame of the context stack while rendering. List elements are kept as (list,
/// index) and read in place; `type` is the static type the compiler gave the frame (nil:
/// dynamic, looked up by name).
enum RenderFrame {
    case object(any TemplateObject, type: ObjectIdentifier?)
    case element(any TemplateList, Int, type: ObjectIdentifier?)
    case value(TemplateValue)

    var type: ObjectIdentifier? {
        switch self {
        case .object(_, let type), .element(_, _, let type): type
        case .value: nil
        }
    }

    /// The frame as a value, for `{{.}}`.
    var value: TemplateValue {
        switch self {
        case .object(let object, _): .object(object)
        case .element(let list, let index, _): list.element(at: index)
        case .value(let value): value
        }
    }

    func field(_ index: Int) -> TemplateValue {
        switch self {
        case .object(let object, _): object.templateValue(at: index)
        case .element(let list, let element, _): list.field(index, ofElementAt: element)
        case .value: .missing
        }
    }

    func field(_ index: Int, then inner: Int) -> TemplateValue {
        switch self {
        case .object(let object, _): object.templateValue(at: index, then: inner)
        case .element(let list, let element, _):
            switch list.field(index, ofElementAt: element) {
            case .object(let object): object.templateValue(at: inner)
            case .missing: .missing
            default: .null
            }
        case .value: .missing
        }
    }

    func field(named name: String) -> TemplateValue {
        switch self {
        case .object(let object, _): object.templateValue(named: name)
        case .element(let list, let element, _): list.field(named: name, ofElementAt: element)
        case .value: .missing
        }
    }
}
