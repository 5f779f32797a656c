import AdminProtocol
import Varlink

/// Builds `io.tredjekraft.admin`: the interface definition (the contract, see
/// `io.tredjekraft.admin.varlink`) with a handler for every method it declares.
package enum AdminInterface {
    package static func make(context: AdminContext) -> VarlinkInterface {
        // The embedded definition is checked by a test; it cannot fail to parse.
        var interface = try! VarlinkInterface(definition: AdminInterfaceDefinition.text)
        StatusMethods(context: context).register(on: &interface)
        CommandMethods(context: context).register(on: &interface)
        CorrectionMethods(context: context).register(on: &interface)
        QueryMethods(context: context).register(on: &interface)
        SearchMethod(context: context).register(on: &interface)
        ExportMethod(context: context).register(on: &interface)
        ImportMethods(context: context).register(on: &interface)
        FollowMethod(context: context).register(on: &interface)
        DemoMethod(context: context).register(on: &interface)
        ProjectionMethods(context: context).register(on: &interface)
        MailMethods(context: context).register(on: &interface)
        ReminderMethods(context: context).register(on: &interface)
        DigestMethods(context: context).register(on: &interface)
        MetricsMethod(context: context).register(on: &interface)
        CalendarMethod(context: context).register(on: &interface)
        PersonalDataMethods(context: context).register(on: &interface)
        ReplyKeyMethod(context: context).register(on: &interface)
        InboundMailMethods(context: context).register(on: &interface)
        return interface
    }
}
