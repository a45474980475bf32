/// A frame to push on the context stack. List elements are kept as (list, index) and read
/// in place; `type` is the static type the compiler gave the frame (nil: dynamic, looked
/// up by name).
enum RenderFrame {
    case object(any TemplateObject, type: ObjectIdentifier?)
    case element(any TemplateList, Int, type: ObjectIdentifier?)
    case value(TemplateValue)
}
