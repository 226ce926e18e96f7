import type { EntityManager } from 'typeorm';
import { emptyPartContent, IepPartKind, SINGLETON_PART_KINDS, type PartContentOf } from '@iep/domain/iep-content';
import { GoalMeasureKind } from '@iep/domain/progress';
import { DEMO_USERS, OTHER_DISTRICT } from './demo-district';

/** Fixed ids: `0001<iep><slot>` for parts, `0002<iep><slot>` for suggestions, so seeding twice changes nothing. */
const partId = (iep: string, slot: number) => `00000000-0000-4000-8000-0001${iep.slice(-3)}${String(slot).padStart(5, '0')}`;

/** A seeded part: slot 1–9 the sections in SINGLETON_PART_KINDS order, 100+ goals, 200+ services. */
export const demoPartId = partId;
export const DEMO_SUGGESTION_ID = '00000000-0000-4000-8000-000240200001';
const iepId = (n: string) => `00000000-0000-4000-8000-000000000${n}`;

type Content<K extends IepPartKind> = Partial<PartContentOf<K>>;
interface SeedPart {
  id: string;
  kind: IepPartKind;
  position: number;
  content: Record<string, unknown>;
  copiedFrom?: string;
  unchanged?: boolean;
  author: string;
  assignee?: string;
}

interface DemoDocument {
  iep: string;
  author: string;
  derivedFrom?: string;
  singletons: { [K in IepPartKind]?: Content<K> };
  goals?: Content<IepPartKind.Goal>[];
  /** Each service names the goals (by index) it supports. */
  services?: Array<Content<IepPartKind.Service> & { supports: number[] }>;
  /** Parts of `derivedFrom` copied unchanged (by kind), for an annual review in the making. */
  unchangedKinds?: IepPartKind[];
  /** Parts the case manager assigned to team members: by section kind, and goals and services by index. */
  assigned?: { kinds?: { [K in IepPartKind]?: string }; goals?: Record<number, string>; services?: Record<number, string> };
}

const U = DEMO_USERS;

const mayaConcerns = {
  concerns: 'Maya avoids reading aloud and gets frustrated with homework that needs a lot of reading. She is sometimes hard to understand when she is excited.',
  vision: 'We want Maya to enjoy books, read on her own for fun and speak up confidently in class.',
};
const mayaGoals: Content<IepPartKind.Goal>[] = [
  {
    area: 'Reading fluency', annualGoal: 'Maya will read grade 3 passages aloud at 80 words correct per minute.',
    baseline: '42 words correct per minute on grade 2 passages (fall benchmark).', target: '80 words correct per minute on grade 3 passages.',
    criteria: '3 consecutive weekly probes at or above target.', measurementMethod: 'Curriculum-based measurement oral reading fluency probes.',
    reportingSchedule: 'With each report card (three times a year).',
    measure: { kind: GoalMeasureKind.Rate, baseline: 42, target: 80, targetDate: '2026-12-01', unit: 'words correct per minute', trials: null },
    objectives: [{ id: 'obj-1', text: 'Reads 55 words correct per minute by the end of the first trimester.' }, { id: 'obj-2', text: 'Reads 68 words correct per minute by the end of the second trimester.' }],
  },
  {
    area: 'Articulation', annualGoal: 'Maya will produce /r/ correctly in conversation.',
    baseline: 'Produces /r/ correctly in 30% of words in structured sentences.', target: '80% accuracy in conversation.',
    criteria: '80% accuracy across 3 sessions.', measurementMethod: 'Speech sample and clinician data collection.',
    reportingSchedule: 'With each report card.', objectives: [],
    measure: { kind: GoalMeasureKind.PercentAccuracy, baseline: 30, target: 80, targetDate: '2026-12-01', unit: '', trials: null },
  },
];
const mayaServices: DemoDocument['services'] = [
  { category: 'SPECIAL_EDUCATION', description: 'Specialized reading instruction (structured literacy)', providerRole: 'Special education teacher', minutes: 30, frequency: 'DAILY', location: 'Resource room', startDate: '2025-12-09', endDate: '2026-12-01', supports: [0] },
  { category: 'RELATED_SERVICE', description: 'Speech-language therapy', providerRole: 'Speech-language pathologist', minutes: 30, frequency: 'WEEKLY', location: 'Speech room', startDate: '2025-12-09', endDate: '2026-12-01', supports: [1] },
  { category: 'SUPPLEMENTARY_AID', description: 'Audiobooks and text-to-speech for grade-level texts', providerRole: 'General education teacher', minutes: 30, frequency: 'DAILY', location: 'General education classroom', startDate: '2025-12-09', endDate: '2026-12-01', supports: [0] },
];
const mayaSingletons: DemoDocument['singletons'] = {
  [IepPartKind.ParentConcerns]: mayaConcerns,
  [IepPartKind.StudentVision]: { vision: 'I want to read chapter books by myself, like my brother.' },
  [IepPartKind.PresentLevels]: {
    academic: 'Maya reads 42 words correct per minute on grade 2 passages (grade 2 winter benchmark: 72). Decoding of multisyllable words is the main barrier; comprehension of texts read to her is at grade level.',
    functional: 'Maya participates eagerly in class discussions. Peers sometimes ask her to repeat herself because of /r/ distortions.',
  },
  [IepPartKind.Accommodations]: {
    instructional: 'Directions read aloud; extended time (1.5×) for reading-heavy assignments; preferential seating near instruction.',
    testing: 'Extended time (1.5×); test items read aloud except on reading comprehension; small-group setting.',
  },
  [IepPartKind.AssessmentParticipation]: { stateAssessments: 'GENERAL_WITH_ACCOMMODATIONS', districtAssessments: 'GENERAL_WITH_ACCOMMODATIONS', alternateJustification: '' },
  [IepPartKind.Placement]: {
    setting: 'Regular class with resource room support', percentOutsideRegularClass: 15,
    justification: 'Daily structured literacy instruction needs a small, quiet setting; Maya is with her class for all other subjects.',
  },
  [IepPartKind.Transportation]: { specialTransportation: false, details: 'Rides the regular school bus.' },
  [IepPartKind.ExtendedSchoolYear]: { decision: 'NOT_ELIGIBLE', rationale: 'No significant regression after winter break.' },
};

const DOCUMENTS: DemoDocument[] = [
  // The plan in force: the SLP provides the speech service and works its goal (she records its progress and logs its sessions).
  { iep: iepId('401'), author: U.caseManager.id, singletons: mayaSingletons, goals: mayaGoals, services: mayaServices, assigned: { goals: { 1: U.slp.id }, services: { 1: U.slp.id } } },
  {
    // Maya's annual review in the making: copied from 401; present levels and the reading goal rewritten,
    // the ESY decision still open.
    iep: iepId('402'), author: U.caseManager.id, derivedFrom: iepId('401'),
    // The classroom parts are the general education teacher's; the speech goal and service the SLP's.
    assigned: {
      kinds: { [IepPartKind.Accommodations]: U.teacher.id, [IepPartKind.PresentLevels]: U.teacher.id },
      goals: { 1: U.slp.id }, services: { 1: U.slp.id, 2: U.teacher.id },
    },
    unchangedKinds: [IepPartKind.ParentConcerns, IepPartKind.StudentVision, IepPartKind.Accommodations, IepPartKind.AssessmentParticipation, IepPartKind.Placement, IepPartKind.Transportation],
    singletons: {
      ...mayaSingletons,
      [IepPartKind.PresentLevels]: {
        academic: 'Maya now reads 61 words correct per minute on grade 3 passages (grade 3 fall benchmark: 70). She decodes two-syllable words reliably; longer words still slow her down.',
        functional: 'Maya volunteers to read aloud in small groups. /r/ is correct in structured sentences about 70% of the time.',
      },
      [IepPartKind.ExtendedSchoolYear]: { decision: null, rationale: '' },
    },
    goals: [
      { ...mayaGoals[0], annualGoal: 'Maya will read grade 4 passages aloud at 95 words correct per minute.', baseline: '61 words correct per minute on grade 3 passages (fall benchmark).', target: '95 words correct per minute on grade 4 passages.', objectives: [] },
      { ...mayaGoals[1], baseline: 'Produces /r/ correctly in 70% of words in structured sentences.' },
    ],
    services: mayaServices.map((s) => ({ ...s, startDate: '2026-12-01', endDate: '2027-11-29' })),
  },
  {
    iep: iepId('406'), author: U.caseManager.id,
    singletons: {
      [IepPartKind.PresentLevels]: {
        academic: 'Ethan solves single-digit addition with manipulatives; multi-step word problems are not yet within reach (grade 4 benchmark: 18th percentile).',
        functional: 'Ethan needs frequent movement breaks to stay on task for more than 10 minutes.',
      },
    },
    goals: [{
      area: 'Math problem solving', annualGoal: 'Ethan will solve two-step word problems with whole numbers.', baseline: 'Solves 1 of 10 two-step problems.',
      target: '8 of 10 two-step problems.', criteria: '8 of 10 correct on 3 consecutive probes.', measurementMethod: 'Teacher-made probes',
      reportingSchedule: 'Every nine weeks.', objectives: [],
    }],
    services: [{ category: 'SPECIAL_EDUCATION', description: 'Small-group math instruction', providerRole: 'Special education teacher', minutes: 45, frequency: 'WEEKLY', location: 'Resource room', startDate: '2026-12-14', endDate: '2027-12-13', supports: [0] }],
  },
  {
    iep: iepId('407'), author: U.caseManager2.id,
    // Assignments carry into the annual review with the team (Ava's case manager drafts her writing goal).
    assigned: { goals: { 0: U.caseManager2.id } },
    singletons: {
      [IepPartKind.PresentLevels]: { academic: 'Ava writes one to two sentences on a topic; spelling is at a grade 1 level.', functional: 'Ava is independent with classroom routines.' },
      [IepPartKind.Placement]: { setting: 'Regular class with consultation', percentOutsideRegularClass: 0, justification: '' },
      [IepPartKind.ExtendedSchoolYear]: { decision: 'NOT_ELIGIBLE', rationale: 'Skills are maintained over breaks.' },
    },
    goals: [{
      area: 'Written expression', annualGoal: 'Ava will write a five-sentence paragraph with a topic sentence.', baseline: 'Writes 1–2 sentences per prompt.',
      target: 'Five sentences with a topic sentence and a conclusion.', criteria: '4 of 5 writing prompts scored 3 or higher on the rubric.',
      measurementMethod: 'Writing rubric', reportingSchedule: 'With each report card.', objectives: [],
      measure: { kind: GoalMeasureKind.Trials, baseline: 1, target: 4, targetDate: '2027-02-02', unit: '', trials: 5 },
    }],
    services: [{ category: 'SPECIAL_EDUCATION', description: 'Co-taught writing instruction', providerRole: 'Special education teacher', minutes: 90, frequency: 'WEEKLY', location: 'General education classroom', startDate: '2026-02-10', endDate: '2027-02-02', supports: [0] }],
  },
  { iep: iepId('404'), author: U.caseManager2.id, singletons: { [IepPartKind.PresentLevels]: { academic: 'Sofía reads at a grade 7 level; written work is brief.', functional: 'Sofía advocates for herself with familiar adults.' } } },
  {
    iep: iepId('405'), author: U.caseManager2.id, derivedFrom: iepId('404'),
    singletons: {
      [IepPartKind.ParentConcerns]: { concerns: 'Nos preocupa que Sofía no termine sus tareas largas.', vision: 'Queremos que Sofía vaya a la universidad comunitaria y estudie enfermería.' },
      [IepPartKind.StudentVision]: { vision: 'I want to become a nurse and live on my own.' },
      [IepPartKind.PresentLevels]: { academic: 'Sofía reads grade 9 texts with support; essays average two paragraphs.', functional: 'Sofía asks for extended time on her own in most classes.' },
      [IepPartKind.Placement]: { setting: 'Regular class with resource support', percentOutsideRegularClass: 10, justification: 'One period of academic support for writing.' },
      [IepPartKind.ExtendedSchoolYear]: { decision: 'NOT_ELIGIBLE', rationale: 'No regression.' },
      [IepPartKind.TransitionPlan]: {
        postsecondaryEducation: 'Enroll in the nursing assistant program at the community college.', employment: 'Work as a certified nursing assistant.',
        independentLiving: 'Manage her own schedule and budget.', transitionServices: 'Career center visits; job shadowing at the county clinic.',
        courseOfStudy: 'College preparatory with health sciences electives.', ageAppropriateAssessments: 'Career interest inventory (2026).',
        // She turns 17 while this IEP is in force: it states she was told of the rights that pass to her at 18 (300.320(c)).
        rightsTransferStatement: 'Sofía and her mother were told at the March 2026 meeting, with a written summary in Spanish, that the rights her mother holds pass to Sofía at 18.',
      },
    },
    goals: [{
      area: 'Written expression', annualGoal: 'Sofía will write a five-paragraph argumentative essay.', baseline: 'Writes two-paragraph essays.',
      target: 'Five paragraphs with claims and evidence.', criteria: 'Rubric score 3 of 4 on 3 consecutive essays.', measurementMethod: 'District writing rubric',
      reportingSchedule: 'Each grading period.', objectives: [],
      measure: { kind: GoalMeasureKind.PercentAccuracy, baseline: 40, target: 80, targetDate: '2027-03-01', unit: '', trials: null },
    }],
    services: [{ category: 'SPECIAL_EDUCATION', description: 'Academic support period (writing)', providerRole: 'Special education teacher', minutes: 50, frequency: 'DAILY', location: 'Learning center', startDate: '2026-03-09', endDate: '2027-03-01', supports: [0] }],
  },
  { iep: iepId('403'), author: U.caseManager2.id, singletons: { [IepPartKind.PresentLevels]: { academic: 'Leo reads at grade level; math fact fluency is below grade level.', functional: 'Leo struggles with transitions between classes.' } } },
  {
    iep: OTHER_DISTRICT.iep.id, author: OTHER_DISTRICT.users.caseManager.id,
    singletons: { [IepPartKind.PresentLevels]: { academic: 'Noah reads at grade level.', functional: 'Noah needs support with organization.' } },
  },
];

function partsOf(doc: DemoDocument, byDoc: Map<string, SeedPart[]>): SeedPart[] {
  const source = doc.derivedFrom ? byDoc.get(doc.derivedFrom) ?? [] : [];
  const copiedFrom = (kind: IepPartKind, position = 0) => source.filter((p) => p.kind === kind)[position]?.id;
  const parts: SeedPart[] = [];
  SINGLETON_PART_KINDS.forEach((kind, index) => {
    const unchanged = doc.unchangedKinds?.includes(kind) ?? false;
    parts.push({
      id: partId(doc.iep, index + 1), kind, position: 0, author: doc.author,
      content: { ...emptyPartContent(kind), ...(doc.singletons[kind] ?? {}) },
      copiedFrom: copiedFrom(kind), unchanged: unchanged && copiedFrom(kind) !== undefined, assignee: doc.assigned?.kinds?.[kind],
    });
  });
  const goalIds = (doc.goals ?? []).map((_, i) => partId(doc.iep, 100 + i));
  (doc.goals ?? []).forEach((goal, i) => parts.push({
    id: goalIds[i], kind: IepPartKind.Goal, position: i, author: doc.author, copiedFrom: copiedFrom(IepPartKind.Goal, i), assignee: doc.assigned?.goals?.[i],
    content: { ...emptyPartContent(IepPartKind.Goal), ...goal },
  }));
  (doc.services ?? []).forEach(({ supports, ...service }, i) => parts.push({
    id: partId(doc.iep, 200 + i), kind: IepPartKind.Service, position: i, author: doc.author, copiedFrom: copiedFrom(IepPartKind.Service, i), assignee: doc.assigned?.services?.[i],
    content: { ...emptyPartContent(IepPartKind.Service), ...service, goalIds: supports.map((g) => goalIds[g]) },
  }));
  return parts;
}

/**
 * Every demo IEP with all its sections; the active IEPs and the drafts with goals and the services that
 * support them; Maya's annual review copied from her active IEP and shared with her parent, who has one
 * proposal waiting for the case manager. Idempotent: fixed ids, and nothing present is touched.
 */
export async function seedDemoDrafting(m: EntityManager): Promise<void> {
  const byDoc = new Map<string, SeedPart[]>();
  for (const doc of DOCUMENTS) byDoc.set(doc.iep, partsOf(doc, byDoc));
  for (const doc of DOCUMENTS) {
    if (doc.derivedFrom) {
      await m.query(`UPDATE ieps SET derived_from_iep_id = $2 WHERE id = $1 AND derived_from_iep_id IS NULL`, [doc.iep, doc.derivedFrom]);
    }
    const rows = byDoc.get(doc.iep)!.map((p) => ({
      id: p.id, kind: p.kind, position: p.position, content: p.content, copied_from: p.copiedFrom ?? null, unchanged: p.unchanged ?? false, author: p.author,
      assignee: p.assignee ?? null,
    }));
    await m.query(
      `WITH p AS (
         INSERT INTO iep_parts (id, iep_id, kind, position, content, copied_from_part_id, unchanged_since_copy, created_by_id, updated_by_id, assignee_id)
         SELECT r.id, $2, r.kind, r.position, r.content, r.copied_from, r.unchanged, r.author, r.author, r.assignee
           FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, kind text, position int, content jsonb, copied_from uuid, unchanged boolean, author uuid, assignee uuid)
         ON CONFLICT (id) DO NOTHING
         RETURNING id, iep_id, content, copied_from_part_id, created_by_id)
       INSERT INTO iep_part_revisions (part_id, iep_id, version, content, change, author_id)
       SELECT id, iep_id, 1, content, CASE WHEN copied_from_part_id IS NULL THEN 'CREATED' ELSE 'COPIED' END, created_by_id FROM p
       ON CONFLICT (part_id, version) DO NOTHING`,
      [JSON.stringify(rows), doc.iep],
    );
  }
  const concerns = byDoc.get(iepId('402'))!.find((p) => p.kind === IepPartKind.ParentConcerns)!;
  await m.query(
    `INSERT INTO iep_suggestions (id, iep_id, part_id, part_kind, base_version, proposed_content, rationale, proposer_id, created_at)
     VALUES ($1, $2, $3, 'PARENT_CONCERNS', 1, $4::jsonb, $5, $6, now() - interval '1 day')
     ON CONFLICT (id) DO NOTHING`,
    [
      DEMO_SUGGESTION_ID, iepId('402'), concerns.id,
      JSON.stringify({
        concerns: `${mayaConcerns.concerns} This year she also worries about spelling tests and says she is "bad at words".`,
        vision: 'We want Maya to enjoy books, read on her own for fun, speak up confidently in class and believe she is a good reader.',
      }),
      'Her confidence has become our biggest worry this year.',
      U.parent.id,
    ],
  );
}
