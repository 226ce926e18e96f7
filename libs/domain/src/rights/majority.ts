// Transfer of rights at the age of majority (34 CFR 300.520): the rights the parents held pass to the student at the
// state's age of majority, unless a court has found the adult student unable to make educational decisions (a
// guardianship). Beginning at least one year before that age, the IEP must state that the student was told of the
// rights that will transfer (300.320(c)).
import { addYears, compareDates, type IsoDate } from '../deadlines/local-date';

/** The day the student reaches `age`: their birthday that year (29 February gives 28 February in a common year). */
export function birthdayAt(dateOfBirth: IsoDate, age: number): IsoDate {
  return addYears(dateOfBirth, age);
}

/** From one year before the age of majority the IEP must state that the student was told of the transfer. */
export function transferNoticeRequired(dateOfBirth: IsoDate, ageOfMajority: number, on: IsoDate): boolean {
  return compareDates(birthdayAt(dateOfBirth, ageOfMajority - 1), on) <= 0;
}

/** Who holds the educational rights of a student, as the student page says it. */
export type RightsStanding = 'PARENTS' | 'TRANSFERRED' | 'GUARDIANSHIP';

export function rightsStanding(f: { transferredOn: IsoDate | null; guardianshipOn: IsoDate | null }): RightsStanding {
  if (f.guardianshipOn !== null) return 'GUARDIANSHIP';
  return f.transferredOn !== null ? 'TRANSFERRED' : 'PARENTS';
}
