import CollectaCore
import Foundation

extension LocalDate {
    /// Today's date in the machine's time zone: the one place the command line reads the clock.
    static var today: LocalDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        guard let year = parts.year, let month = parts.month, let day = parts.day,
              let date = LocalDate(year: year, month: month, day: day)
        else { preconditionFailure("the calendar returned no date for now") }
        return date
    }
}
