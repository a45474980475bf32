struct SWOTEntryView {
    var entryText: String
    var entryLink: LinkView?
}
