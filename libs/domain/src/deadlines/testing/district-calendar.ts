import type { SchoolYear } from '../school-calendar';

// A realistic district calendar used by the hand-checked tests; every expected date in the specs was
// counted on a paper calendar against these two years.
export const YEAR_2026_27: SchoolYear = {
  label: '2026–27',
  firstDay: '2026-08-26',
  lastDay: '2027-06-15',
  holidays: [
    { date: '2026-09-07', name: 'Labor Day' },
    { date: '2026-10-12', name: "Indigenous Peoples' Day" },
    { date: '2026-11-11', name: 'Veterans Day' },
    { date: '2027-01-18', name: 'Martin Luther King Jr. Day' },
    { date: '2027-02-15', name: "Presidents' Day" },
    { date: '2027-05-31', name: 'Memorial Day' },
  ],
  breaks: [
    { name: 'Thanksgiving Break', start: '2026-11-25', end: '2026-11-27' },
    { name: 'Winter Break', start: '2026-12-21', end: '2027-01-01' },
    { name: 'Spring Break', start: '2027-03-29', end: '2027-04-02' },
  ],
  nonSchoolDays: [{ date: '2026-10-09', name: 'Staff Development Day' }],
};

export const YEAR_2027_28: SchoolYear = {
  label: '2027–28',
  firstDay: '2027-08-25',
  lastDay: '2028-06-14',
  holidays: [
    { date: '2027-09-06', name: 'Labor Day' },
    { date: '2028-01-17', name: 'Martin Luther King Jr. Day' },
  ],
  breaks: [
    { name: 'Thanksgiving Break', start: '2027-11-24', end: '2027-11-26' },
    { name: 'Winter Break', start: '2027-12-20', end: '2027-12-31' },
  ],
};
