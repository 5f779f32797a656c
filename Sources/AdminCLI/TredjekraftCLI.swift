import AdminProtocol
/// Placeholder until the CLI lands.
public enum TredjekraftCLI {}
