import Testing
@Test func placeholderDemo() {}
