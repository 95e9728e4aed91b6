const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const two = (n: number) => String(n).padStart(2, '0');

/**
 * An RFC 5322 §3.3 date in the runtime's time zone (`Sat, 21 Nov 2026 11:34:00 +0100`): the
 * sender's local time, as a mail client would stamp it. Names are English by the standard.
 */
export function rfc5322Date(date: Date): string {
  // Historical zones can have offsets in fractions of a minute; the header carries whole minutes.
  const offset = -Math.round(date.getTimezoneOffset());
  const sign = offset >= 0 ? '+' : '-';
  const zone = `${sign}${two(Math.floor(Math.abs(offset) / 60))}${two(Math.abs(offset) % 60)}`;
  const time = `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
  return `${days[date.getDay()]}, ${date.getDate()} ${months[date.getMonth()]} ${date.getFullYear()} ${time} ${zone}`;
}
