"""The tagging rules, in order: the registry the tagger runs.

Why a list in one place: the order matters -- when two matches have the same
span the earlier (more specific) rule wins -- and it should be readable at a
glance.  The rules themselves live with their kin: each module below holds
one kind of mention with its patterns, vocabulary and resolvers (see
rulebase.py for what a rule is).
"""
from __future__ import annotations

from . import (calendar_dates, clock_times, durations, month_positions, periods, references, relative_units,
               sets, weekdays)
from .rulebase import Rule

RULES: list[Rule] = [
    calendar_dates.iso_date,        # 2024-05-17, 2024-05-17T08:30Z
    calendar_dates.slash_date,      # 5/17/2024
    calendar_dates.month_date,      # May 17, 17 May 2024, March 2024, in June, mid-November
    calendar_dates.day_range_end,   # Dec. 3-[5], April 8 to [10]
    calendar_dates.day_first_range_start,  # [3]-5 December, [28] to 30 October
    calendar_dates.ordinal_day,     # (on) the 17th
    calendar_dates.holiday,         # Christmas, New Year's Eve 2023
    month_positions.month_position,  # the first Monday in October, the last weekend of June
    weekdays.weekday,               # Friday, last Tuesday, Friday afternoon
    weekdays.week_on_day,           # a week on Saturday, a fortnight tomorrow
    sets.weekday_set,               # every Monday, Tuesday mornings
    weekdays.deictic_day,           # today, yesterday afternoon, tonight, last night
    clock_times.clock_time,         # 3 p.m., 10:30 GMT, noon Friday, 9 a.m. on March 3
    clock_times.noon_weekday,       # noon Tuesday
    clock_times.day_mark,           # at dawn on Friday, by nightfall
    clock_times.part_of_named_day,  # the morning of Jan. 12, the early hours of Sunday
    relative_units.that_day,        # that day, the next day (after the day named last)
    relative_units.day_later,       # (later in) the day (after the day named last)
    relative_units.unit_beside_day,  # the weekend before (Christmas), the day after (Nov. 2)
    relative_units.relative_unit,   # last year, this week, the quarter, the following month
    relative_units.that_year,       # that year, later the same year, that quarter, that month, that week
    relative_units.midweek,         # by midweek, until mid-week
    relative_units.day_of_event,    # (today is) the eighth day (of the strike)
    relative_units.part_of_day_told,  # (Friday ...) in the morning, by mid-afternoon
    relative_units.that_part,       # that night, the next morning (after the day named last)
    relative_units.year_adjective,  # year-end, year-earlier
    relative_units.period_a_year_back,  # last year's quarter, the quarter a year ago, the year-earlier nine months
    periods.months_of_year,         # the last three months of 2008, the first six months of the year
    durations.duration,             # three years, a 10-day trip, two weeks ago
    durations.bare_plural,          # in recent years, within weeks, for years, over the years
    durations.bare_plural_of,       # months of talks, just months ago
    durations.span_part,            # the first hours (of the war), the early years
    durations.vague_length,         # for a while, for some time
    durations.stamp_ago,            # 2h ago, 45m ago
    periods.quarter,                # the third quarter, the first half of 2024
    periods.quarter_code,           # Q3 2024, 3Q, H1 2024
    periods.season,                 # last summer, winter 2023
    periods.decade,                 # the 1990s, the '90s, the Nineties
    periods.century,                # the 20th century
    periods.week_number,            # week 32
    periods.short_year,             # in '94
    periods.year_range,             # the [2009]-10 season, [1957]-58
    periods.year_range_end,         # the 2009-[10] season, 1957-[58]
    periods.year,                   # 1998, fiscal 2024, mid-1996
    periods.year_in_words,          # nineteen ninety-six, the year two thousand
    references.reference,           # now, currently, recently, the future
    sets.frequency,                 # daily, every week, twice a year
]

__all__ = ["RULES"]
