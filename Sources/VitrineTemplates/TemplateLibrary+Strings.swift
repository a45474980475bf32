

extension TemplateLibrary {
    /// The strings of the language the library renders in. The Templates stage stops a build
    /// whose language has no strings file, so the empty fallback is never shown.
    public var interfaceStrings: InterfaceStrings {
        strings ?? InterfaceStrings(language: language, labels: [:], months: [])
    }
}
