import AdminProtocol

/// What `demo load` registered, counted.
enum DemoRendering {
    static func render(_ reply: LoadDemoReply) -> String {
        var fields = Fields()
        fields.add("Verksamheter", "\(reply.units)")
        fields.add("Råd", "\(reply.councils)")
        fields.add("Förslag", "\(reply.proposals)")
        fields.add("Brukarrevisioner", "\(reply.revisions)")
        fields.add("Iakttagelser", "\(reply.findings)")
        fields.add("Certifieringar", "\(reply.certifications)")
        fields.add("Åtgärder", "\(reply.actionItems)")
        fields.add("Ärenden", "\(reply.issues)")
        fields.add("Händelser", "\(reply.events)")
        return "Demodata laddades:\n" + fields.render()
    }
}
