// Main's Package.swift declares the CommandHandlingTests target, but main has no sources for it, and
// SwiftPM refuses a target without any. This file only keeps the package building; remove it when
// the command-handling tests arrive.
