extension Substring {
    /// Without white space at either end; a non-breaking space counts as white space.
    var trimmingWhitespace: Substring {
        var result = self
        while let first = result.first, first.isWhitespace { result.removeFirst() }
        while let last = result.last, last.isWhitespace { result.removeLast() }
        return result
    }

    var nonEmpty: String? { isEmpty ? nil : String(self) }
}

extension String {
    /// Without white space at either end; a non-breaking space counts as white space.
    var trimmingWhitespace: Substring { Substring(self).trimmingWhitespace }
}
