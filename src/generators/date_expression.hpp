#pragma once
// Date and time expressions of the Date/Time/DateTime generators
// (generators.md §8.4): "today + 1 day", "next monday", "noon",
// "tomorrow @ 3 o'clock + 40 milliseconds", applied to a base value.

#include <string_view>

#include "generators/date_time.hpp"
#include "support/result.hpp"

namespace pact::generators {

/// Applies a date expression (the whole of a Date generator's expression).
/// Empty or blank = the base unchanged. Errors are Parse errors naming what
/// was expected.
support::Result<LocalDateTime> apply_date_expression(std::string_view expression, LocalDateTime base);

/// Applies a time expression (the whole of a Time generator's expression).
support::Result<LocalDateTime> apply_time_expression(std::string_view expression, LocalDateTime base);

/// A DateTime expression: the date part before the first '@', then the time
/// part after it, applied to the date part's result.
support::Result<LocalDateTime> apply_datetime_expression(std::string_view expression, LocalDateTime base);

}  // namespace pact::generators
