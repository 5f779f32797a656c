/// Placeholder until the demo scenario lands.
public enum DemoScenario {}
