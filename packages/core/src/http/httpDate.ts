// HTTP dates (RFC 9110 §5.6.7), parsed strictly. `Date.parse` is no use here: engines read a year
// out of almost any text ("soon, maybe 2099" → 2099), which would turn garbage into a real delay.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** IMF-fixdate, the one form senders must use: `Sun, 06 Nov 1994 08:49:37 GMT`. */
const IMF_FIXDATE = /^[a-z]{3}, (\d{2}) ([a-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/i;
/** Obsolete RFC 850 form, still to be accepted: `Sunday, 06-Nov-94 08:49:37 GMT`. */
const RFC_850 = /^[a-z]{6,9}, (\d{2})-([a-z]{3})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT$/i;
/** Obsolete asctime form (always UTC), still to be accepted: `Sun Nov  6 08:49:37 1994`. */
const ASCTIME = /^[a-z]{3} ([a-z]{3}) ([ \d]\d) (\d{2}):(\d{2}):(\d{2}) (\d{4})$/i;

/** Epoch ms of an HTTP date in any of its three forms; `undefined` for anything else. */
export function parseHttpDate(text: string, now = Date.now()): number | undefined {
  const f = fields(text, now);
  if (!f) return undefined;
  const [day, monthName, year, hours, minutes, seconds] = f;
  const month = MONTHS.indexOf(monthName.toLowerCase());
  // Second 60 (a leap second) is in the grammar; Date.UTC folds it into the next minute.
  if (month < 0 || day < 1 || day > 31 || hours > 23 || minutes > 59 || seconds > 60) return undefined;
  return Date.UTC(year, month, day, hours, minutes, seconds);
}

type Fields = [day: number, month: string, year: number, hours: number, minutes: number, seconds: number];

/** The parts of whichever form matches, in one order. */
function fields(text: string, now: number): Fields | undefined {
  const n = Number;
  let m = IMF_FIXDATE.exec(text);
  if (m) return [n(m[1]), String(m[2]), n(m[3]), n(m[4]), n(m[5]), n(m[6])];
  m = RFC_850.exec(text);
  if (m) return [n(m[1]), String(m[2]), twoDigitYear(n(m[3]), now), n(m[4]), n(m[5]), n(m[6])];
  m = ASCTIME.exec(text);
  if (m) return [n(m[2]), String(m[1]), n(m[6]), n(m[3]), n(m[4]), n(m[5])];
  return undefined;
}

/** RFC 9110: a two-digit year more than 50 years ahead means the previous century. */
function twoDigitYear(yy: number, now: number): number {
  const year = 2000 + yy;
  return year > new Date(now).getUTCFullYear() + 50 ? year - 100 : year;
}
