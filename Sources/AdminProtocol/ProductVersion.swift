/// The version of Tredje kraften: what `tredjekraft --version` and `tredjekraftd --version` print and
/// `Status` reports. One constant for both programs, which are built and shipped together.
package enum ProductVersion {
    package static let current = "0.1.0"
}
