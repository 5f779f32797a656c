/// Lets domain errors choose the Varlink error reply they become, instead of the
/// server's generic internal error.
package protocol VarlinkErrorConvertible: Error {
    var varlinkError: VarlinkError { get }
}
