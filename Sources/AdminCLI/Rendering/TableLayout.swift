/// How wide the CLI's tables may be: the terminal's width, or no limit, and whether `--full` asked to
/// see every cell whole — as `systemctl` shortens its columns to the terminal and shows all with `--full`.
///
/// A task-local value, set once per command by ``TredjekraftMain``, so every renderer (``Table``) fits
/// the same terminal without each being handed the width.
struct TableLayout: Sendable, Equatable {
    /// The columns available; `nil` when there is no terminal to fit (piped, `COLUMNS` unset).
    var width: Int?
    /// `--full`: no cell is shortened, not even to a column's own `maxWidth`.
    var full: Bool

    init(width: Int? = nil, full: Bool = false) {
        self.width = width
        self.full = full
    }

    /// The layout of the command being run; outside one, no terminal width and cells cut to their columns' `maxWidth`.
    @TaskLocal static var current = TableLayout()

    /// The narrowest a column is made to fit the terminal, unless its header or contents are narrower.
    static let minimumColumnWidth = 10
    /// The narrowest any column is made when the text columns alone cannot make the table fit.
    static let narrowestColumn = 4
}
