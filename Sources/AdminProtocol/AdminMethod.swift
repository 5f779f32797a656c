/// The methods of `io.tredjekraft.admin`, named once for the server that registers them and the CLI
/// that calls them. The definition text (`io.tredjekraft.admin.varlink`) is the contract.
package enum AdminMethod: String, CaseIterable, Sendable {
    case status = "Status"
    case whoAmI = "WhoAmI"
    case metrics = "Metrics"

    case listUnits = "ListUnits"
    case registerUnit = "RegisterUnit"
    case renameUnit = "RenameUnit"
    case listCouncils = "ListCouncils"
    case createCouncil = "CreateCouncil"
    case recordMeeting = "RecordMeeting"

    case listProposals = "ListProposals"
    case putForwardProposal = "PutForwardProposal"
    case withdrawProposal = "WithdrawProposal"

    case listRevisions = "ListRevisions"
    case planRevision = "PlanRevision"
    case publishRevisionReport = "PublishRevisionReport"
    case recordFinding = "RecordFinding"

    case listCertifications = "ListCertifications"
    case getCertification = "GetCertification"
    case startCertification = "StartCertification"
    case assessQualityArea = "AssessQualityArea"
    case addActionItem = "AddActionItem"
    case adoptActionPlan = "AdoptActionPlan"
    case certify = "Certify"

    case listIssues = "ListIssues"
    case getIssue = "GetIssue"
    case issueHistory = "IssueHistory"
    case openIssue = "OpenIssue"
    case linkSource = "LinkSource"
    case assignOwner = "AssignOwner"
    case setDueDate = "SetDueDate"
    case startPreparation = "StartPreparation"
    case decide = "Decide"
    case startWork = "StartWork"
    case markImplemented = "MarkImplemented"
    case verify = "Verify"
    case reopen = "Reopen"
    case withdraw = "Withdraw"
    case merge = "Merge"
    case setParticipationLevel = "SetParticipationLevel"
    case giveFeedback = "GiveFeedback"
    case recordKvittens = "RecordKvittens"

    case retitleIssue = "RetitleIssue"
    case correctDecision = "CorrectDecision"
    case correctDueDate = "CorrectDueDate"
    case correctOwner = "CorrectOwner"
    case amendProposal = "AmendProposal"
    case setProposalArea = "SetProposalArea"
    case correctMeetingDate = "CorrectMeetingDate"

    case trace = "Trace"
    case due = "Due"
    case statistics = "Statistics"
    case search = "Search"
    case export = "Export"
    case importActions = "ImportActions"
    case listActionPlanItems = "ListActionPlanItems"
    case follow = "Follow"
    case loadDemo = "LoadDemo"
    case rebuildProjection = "RebuildProjection"
    case redact = "Redact"
    case previewRetention = "PreviewRetention"
    case applyRetention = "ApplyRetention"

    case setContact = "SetContact"
    case listContacts = "ListContacts"
    case removeContact = "RemoveContact"
    case listMail = "ListMail"
    case retryMail = "RetryMail"
    case sendTestMail = "SendTestMail"
    case showMail = "ShowMail"
    case receiveMail = "ReceiveMail"
    case listReceivedMail = "ListReceivedMail"

    case previewReminders = "PreviewReminders"
    case runReminders = "RunReminders"
    case listEscalations = "ListEscalations"

    case previewDigest = "PreviewDigest"
    case sendDigests = "SendDigests"
    case listDigests = "ListDigests"
    case councilAgenda = "CouncilAgenda"

    case calendar = "Calendar"

    case rotateReplyTokenKey = "RotateReplyTokenKey"

    /// The interface name, also the prefix of its errors.
    package static let interfaceName = "io.tredjekraft.admin"

    /// `io.tredjekraft.admin.<Method>`, as sent in a call.
    package var qualifiedName: String { "\(Self.interfaceName).\(rawValue)" }
}
