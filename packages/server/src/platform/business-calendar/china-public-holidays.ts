/**
 * Mainland China's public holidays and adjusted working days (调休) of 2026, as the State Council's notice on
 * the 2026 holiday arrangements sets them. Later years are added in Settings → 工作时间与节假日 once announced.
 */
const span = (name: string, first: string, days: number) =>
  Array.from({ length: days }, (_, index) => {
    const day = new Date(`${first}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() + index);
    return { date: day.toISOString().slice(0, 10), name };
  });

export const CHINA_2026_HOLIDAYS = [
  ...span('元旦', '2026-01-01', 3),
  ...span('春节', '2026-02-15', 9),
  ...span('清明节', '2026-04-04', 3),
  ...span('劳动节', '2026-05-01', 5),
  ...span('端午节', '2026-06-19', 3),
  ...span('中秋节', '2026-09-25', 3),
  ...span('国庆节', '2026-10-01', 7),
];

export const CHINA_2026_WORKDAYS = [
  { date: '2026-01-04', name: '元旦调休上班' },
  { date: '2026-02-14', name: '春节调休上班' },
  { date: '2026-02-28', name: '春节调休上班' },
  { date: '2026-05-09', name: '劳动节调休上班' },
  { date: '2026-09-20', name: '国庆节调休上班' },
  { date: '2026-10-10', name: '国庆节调休上班' },
];
