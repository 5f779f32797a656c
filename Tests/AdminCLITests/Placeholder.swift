import Testing
@Test func placeholderAdminCLI() {}
