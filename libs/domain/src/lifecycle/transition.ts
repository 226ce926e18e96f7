import type { Localized } from '../localized';
import { IepKind, IepStatus } from '../roles';
import type { CanonicalJsonValue } from './canonical-json';
import { tryCanonicalJson } from './canonical-json';
import { addCalendarDays, isCalendarDate, isInstant } from './dates';
import { sha256Hex } from './digest';
import { IEP_KIND_SUBJECT_ES, IEP_STATUS_ES, lifecycleError } from './messages';
import { authorize, isLifecycleCommandType } from './permissions';
import type {
  CreateDraftResult,
  EffectiveVersion,
  IepLifecycleState,
  IepVersion,
  LifecycleActorLabel,
  LifecycleCommand,
  LifecycleCommandType,
  LifecycleContext,
  LifecycleEffect,
  LifecycleError,
  LifecycleQualityIssue,
  LifecycleRecord,
  NewIepDraft,
  TransitionResult,
} from './types';

/** Longest notice period accepted; a longer one is a misconfigured state rule profile. */
export const MAX_NOTICE_DAYS = 365;

type CommandOf<T extends LifecycleCommandType> = Extract<LifecycleCommand, { readonly type: T }>;

export function createIepDraft(input: NewIepDraft): CreateDraftResult {
  if (!isNonBlank(input.iepId) || !isNonBlank(input.studentId)) {
    return {
      ok: false,
      error: badInput({
        en: 'An IEP needs an id and a student id',
        es: 'Un IEP necesita un identificador y el del estudiante',
      }),
    };
  }
  if (!Object.values<string>(IepKind).includes(input.kind)) {
    return {
      ok: false,
      error: badInput({
        en: `Unknown IEP kind ${String(input.kind)}`,
        es: `Tipo de IEP desconocido: ${String(input.kind)}`,
      }),
    };
  }
  if (input.kind === IepKind.Initial && input.derivedFromIepId !== null) {
    return {
      ok: false,
      error: badInput({
        en: 'An INITIAL IEP is not derived from another IEP',
        es: 'Un IEP inicial no parte de otro IEP',
      }),
    };
  }
  // Without a predecessor an ANNUAL or AMENDMENT IEP could take effect after notice alone and so bypass
  // the consent that the first provision of services always needs.
  if (
    input.kind !== IepKind.Initial &&
    (!isNonBlank(input.derivedFromIepId) || input.derivedFromIepId === input.iepId)
  ) {
    return {
      ok: false,
      error: badInput({
        en: `An ${input.kind} IEP must be derived from the IEP it amends or reviews`,
        es: `${IEP_KIND_SUBJECT_ES[input.kind]} debe partir del IEP que enmienda o revisa`,
      }),
    };
  }
  return {
    ok: true,
    state: Object.freeze({
      iepId: input.iepId,
      studentId: input.studentId,
      kind: input.kind,
      status: IepStatus.Draft,
      derivedFromIepId: input.derivedFromIepId,
      versions: Object.freeze([]),
      proposal: null,
      effective: null,
      supersededByIepId: null,
      history: Object.freeze([]),
    }),
  };
}

/** Applies one command to one IEP. Never throws for a domain reason: every refusal is a typed error. */
export function transition(
  state: IepLifecycleState,
  command: LifecycleCommand,
  context: LifecycleContext,
): TransitionResult {
  const type: unknown =
    typeof command === 'object' && command !== null ? (command as { type?: unknown }).type : undefined;
  if (!isLifecycleCommandType(type)) {
    return fail(
      badInput({
        en: `Unknown lifecycle command ${String(type)}`,
        es: `Acción desconocida sobre el IEP: ${String(type)}`,
      }),
    );
  }
  const contextProblem = checkContext(context);
  if (contextProblem !== null) return fail(contextProblem);
  const denied = authorize(context.actor, command.type);
  if (denied !== null) return fail(denied);

  switch (command.type) {
    case 'FINALIZE':
      return finalize(state, command, context);
    case 'WITHDRAW':
      return withdraw(state, context);
    case 'MARK_REVIEWED':
      return markReviewed(state, context);
    case 'CONSENT':
      return consent(state, command.signedOn, [], context);
    case 'CONSENT_WITH_EXCEPTIONS':
      return consentWithExceptions(state, command, context);
    case 'DECLINE':
      return decline(state, command, context);
    case 'TAKE_EFFECT_AFTER_NOTICE':
      return takeEffectAfterNotice(state, command, context);
    case 'START_AMENDMENT':
      return startAmendment(state);
    case 'START_ANNUAL_REVIEW':
      return startAnnualReview(state);
    case 'SUPERSEDE':
      return supersede(state, command, context);
    case 'EXPIRE':
      return expire(state, command, context);
  }
}

function finalize(
  state: IepLifecycleState,
  command: CommandOf<'FINALIZE'>,
  context: LifecycleContext,
): TransitionResult {
  if (state.status !== IepStatus.Draft) {
    return fail(illegal(state, 'finalized', 'a DRAFT', 'Solo se puede finalizar un IEP en borrador'));
  }
  const conflict = successionConflict(state, context);
  if (conflict !== null) return fail(conflict);

  const canonical = tryCanonicalJson(command.content);
  if (!canonical.ok) {
    return fail(
      badInput({
        en: `The content cannot be frozen: ${canonical.reason}`,
        es: `No se puede congelar el contenido: ${canonical.reason}`,
      }),
    );
  }
  const check = command.qualityCheck as Partial<typeof command.qualityCheck> | undefined;
  if (
    !isIssueList(check?.errors) ||
    !isIssueList(check?.warnings) ||
    !isStringList(command.acknowledgedWarningIds)
  ) {
    return fail(
      badInput({
        en: 'FINALIZE needs the quality-check result and the list of acknowledged warnings',
        es: 'Para finalizar se necesitan el resultado de las revisiones de calidad y las advertencias confirmadas',
      }),
    );
  }
  if (check.errors.length > 0) {
    const count = check.errors.length;
    return fail(
      lifecycleError(
        'ILLEGAL_TRANSITION',
        {
          en: `The IEP cannot be finalized until ${count} quality-check error(s) are fixed`,
          es:
            count === 1
              ? 'El IEP no se puede finalizar hasta corregir un problema de las revisiones de calidad'
              : `El IEP no se puede finalizar hasta corregir ${count} problemas de las revisiones de calidad`,
        },
        check.errors,
      ),
    );
  }
  const acknowledged = new Set(command.acknowledgedWarningIds);
  const unacknowledged = check.warnings.filter((warning) => !acknowledged.has(warning.id));
  if (unacknowledged.length > 0) {
    const count = unacknowledged.length;
    return fail(
      lifecycleError(
        'BAD_INPUT',
        {
          en: `${count} quality-check warning(s) must be acknowledged before finalizing`,
          es:
            count === 1
              ? 'Antes de finalizar hay que confirmar una advertencia de las revisiones de calidad'
              : `Antes de finalizar hay que confirmar ${count} advertencias de las revisiones de calidad`,
        },
        unacknowledged,
      ),
    );
  }

  const number = (state.versions.at(-1)?.number ?? 0) + 1;
  const version: IepVersion = Object.freeze({
    number,
    digest: sha256Hex(canonical.json),
    frozenAt: context.now,
    // A private, deeply frozen copy: the caller's object may change later, the frozen version may not.
    content: deepFreeze(JSON.parse(canonical.json) as CanonicalJsonValue),
  });
  return succeed(
    {
      ...state,
      status: IepStatus.Proposed,
      versions: Object.freeze([...state.versions, version]),
      proposal: Object.freeze({ version: number, proposedOn: context.today }),
      history: append(state, { type: 'PROPOSED', version: number, at: context.now, by: actorLabel(context) }),
    },
    [
      { type: 'FREEZE_VERSION', iepId: state.iepId, version: number, digest: version.digest },
      { type: 'NOTIFY_PARENT', iepId: state.iepId, version: number, reason: 'PROPOSED' },
    ],
  );
}

function withdraw(state: IepLifecycleState, context: LifecycleContext): TransitionResult {
  if (state.status !== IepStatus.Proposed || state.proposal === null) {
    return fail(
      illegal(state, 'withdrawn', 'a PROPOSED', 'Solo se puede retirar un IEP enviado a la familia'),
    );
  }
  const { version } = state.proposal;
  return succeed(
    {
      ...state,
      status: IepStatus.Draft,
      proposal: null,
      history: append(state, { type: 'WITHDRAWN', version, at: context.now, by: actorLabel(context) }),
    },
    [{ type: 'NOTIFY_PARENT', iepId: state.iepId, version, reason: 'WITHDRAWN' }],
  );
}

function markReviewed(state: IepLifecycleState, context: LifecycleContext): TransitionResult {
  if (state.status !== IepStatus.Proposed || state.proposal === null) {
    return fail(
      illegal(
        state,
        'marked reviewed',
        'a PROPOSED',
        'Solo se puede marcar como revisado un IEP enviado a la familia',
      ),
    );
  }
  const record: LifecycleRecord = {
    type: 'REVIEWED_BY_PARENT',
    version: state.proposal.version,
    at: context.now,
    by: actorLabel(context),
  };
  return succeed({ ...state, history: append(state, record) }, []);
}

function consentWithExceptions(
  state: IepLifecycleState,
  command: CommandOf<'CONSENT_WITH_EXCEPTIONS'>,
  context: LifecycleContext,
): TransitionResult {
  if (state.status !== IepStatus.Proposed) {
    return fail(notConsentable(state));
  }
  const ids: unknown = command.exceptedItemIds;
  if (!isStringList(ids) || ids.length === 0 || !ids.every(isNonBlank)) {
    return fail(
      badInput({
        en: 'Consent with exceptions must name at least one excepted item',
        es: 'El consentimiento con excepciones debe indicar al menos un punto sin consentimiento',
      }),
    );
  }
  if (new Set(ids).size !== ids.length) {
    return fail(
      badInput({
        en: 'An excepted item is named twice',
        es: 'Un punto sin consentimiento aparece dos veces',
      }),
    );
  }
  return consent(state, command.signedOn, ids, context);
}

function consent(
  state: IepLifecycleState,
  signedOn: string,
  exceptedItemIds: readonly string[],
  context: LifecycleContext,
): TransitionResult {
  if (state.status !== IepStatus.Proposed || state.proposal === null) {
    return fail(notConsentable(state));
  }
  const { version, proposedOn } = state.proposal;
  if (!isCalendarDate(signedOn)) {
    return fail(
      badInput({
        en: 'The signature date must be a calendar date (YYYY-MM-DD)',
        es: 'La fecha de la firma debe ser una fecha del calendario (AAAA-MM-DD)',
      }),
    );
  }
  if (signedOn < proposedOn) {
    return fail(
      badInput({
        en: `The signature date precedes the proposal of ${proposedOn}`,
        es: `La fecha de la firma es anterior a la propuesta del ${proposedOn}`,
      }),
    );
  }
  if (signedOn > context.today) {
    return fail(
      badInput({ en: 'The signature date is in the future', es: 'La fecha de la firma está en el futuro' }),
    );
  }
  const conflict = successionConflict(state, context);
  if (conflict !== null) return fail(conflict);

  const frozenIds = Object.freeze([...exceptedItemIds]);
  const effective: EffectiveVersion = {
    version,
    effectiveOn: signedOn,
    basis: 'PARENT_CONSENT',
    signedOn,
    exceptedItemIds: frozenIds,
  };
  const record: LifecycleRecord = {
    type: 'CONSENTED',
    version,
    at: context.now,
    by: actorLabel(context),
    signedOn,
    exceptedItemIds: frozenIds,
  };
  const extra: LifecycleEffect[] =
    frozenIds.length === 0
      ? []
      : [
          {
            type: 'CREATE_AMENDMENT_DRAFT',
            studentId: state.studentId,
            fromIepId: state.iepId,
            fromVersion: version,
            exceptedItemIds: frozenIds,
          },
        ];
  return activate(state, effective, record, context, extra);
}

function decline(
  state: IepLifecycleState,
  command: CommandOf<'DECLINE'>,
  context: LifecycleContext,
): TransitionResult {
  if (state.status !== IepStatus.Proposed || state.proposal === null) {
    return fail(
      illegal(state, 'declined', 'a PROPOSED', 'Solo se puede rechazar un IEP enviado a la familia'),
    );
  }
  const reasons: unknown = command.reasons;
  if (!isStringList(reasons) || reasons.length === 0 || !reasons.every(isNonBlank)) {
    return fail(
      badInput({
        en: 'Declining needs at least one reason, and no reason may be blank',
        es: 'Para rechazar hay que dar al menos una razón, y ninguna puede estar en blanco',
      }),
    );
  }
  const record: LifecycleRecord = {
    type: 'DECLINED',
    version: state.proposal.version,
    at: context.now,
    by: actorLabel(context),
    reasons: Object.freeze(reasons.map((reason) => reason.trim())),
  };
  return succeed({ ...state, status: IepStatus.Draft, proposal: null, history: append(state, record) }, []);
}

function takeEffectAfterNotice(
  state: IepLifecycleState,
  command: CommandOf<'TAKE_EFFECT_AFTER_NOTICE'>,
  context: LifecycleContext,
): TransitionResult {
  if (state.status !== IepStatus.Proposed || state.proposal === null) {
    return fail(
      illegal(
        state,
        'put into effect',
        'a PROPOSED',
        'Solo puede entrar en vigor un IEP enviado a la familia',
      ),
    );
  }
  if (state.kind === IepKind.Initial) {
    return fail(
      lifecycleError('ILLEGAL_TRANSITION', {
        en: 'An INITIAL IEP takes effect only with the consent of the holder of the educational rights',
        es: 'Un IEP inicial solo entra en vigor con el consentimiento de quien tiene los derechos educativos',
      }),
    );
  }
  if (context.requiresParentSignature !== false) {
    return fail(
      lifecycleError('ILLEGAL_TRANSITION', {
        en: "This state requires the parent's signature: the IEP cannot take effect after notice alone",
        es: 'Este estado exige la firma de los padres: el IEP no puede entrar en vigor solo con el aviso',
      }),
    );
  }
  const { version, proposedOn } = state.proposal;
  const { noticeGivenOn, noticeDays } = command;
  if (!isCalendarDate(noticeGivenOn)) {
    return fail(
      badInput({
        en: 'The notice date must be a calendar date (YYYY-MM-DD)',
        es: 'La fecha del aviso debe ser una fecha del calendario (AAAA-MM-DD)',
      }),
    );
  }
  if (!Number.isInteger(noticeDays) || noticeDays < 0 || noticeDays > MAX_NOTICE_DAYS) {
    return fail(
      badInput({
        en: `The notice period must be a whole number of days from 0 to ${MAX_NOTICE_DAYS}`,
        es: `El plazo del aviso debe ser un número entero de días, de 0 a ${MAX_NOTICE_DAYS}`,
      }),
    );
  }
  // A notice given before this version was proposed announced other content.
  if (noticeGivenOn < proposedOn) {
    return fail(
      badInput({
        en: `The notice precedes the proposal of ${proposedOn}`,
        es: `El aviso es anterior a la propuesta del ${proposedOn}`,
      }),
    );
  }
  if (noticeGivenOn > context.today) {
    return fail(
      badInput({ en: 'The notice date is in the future', es: 'La fecha del aviso está en el futuro' }),
    );
  }
  const effectiveOn = addCalendarDays(noticeGivenOn, noticeDays);
  if (effectiveOn > context.today) {
    return fail(
      lifecycleError('ILLEGAL_TRANSITION', {
        en: `The notice period runs until ${effectiveOn}`,
        es: `El plazo del aviso dura hasta el ${effectiveOn}`,
      }),
    );
  }
  const conflict = successionConflict(state, context);
  if (conflict !== null) return fail(conflict);

  const effective: EffectiveVersion = {
    version,
    effectiveOn,
    basis: 'NOTICE_ELAPSED',
    signedOn: null,
    exceptedItemIds: Object.freeze([]),
  };
  const record: LifecycleRecord = {
    type: 'TOOK_EFFECT_AFTER_NOTICE',
    version,
    at: context.now,
    by: actorLabel(context),
    noticeGivenOn,
    noticeDays,
    effectiveOn,
  };
  return activate(state, effective, record, context, []);
}

function activate(
  state: IepLifecycleState,
  effective: EffectiveVersion,
  record: LifecycleRecord,
  context: LifecycleContext,
  extra: readonly LifecycleEffect[],
): TransitionResult {
  const effects: LifecycleEffect[] = [];
  // successionConflict has established that an IEP in effect is the one this one replaces.
  if (context.activeIepId !== null) {
    effects.push({ type: 'SUPERSEDE', iepId: context.activeIepId, byIepId: state.iepId });
  }
  effects.push(
    {
      type: 'START_SERVICE_CLOCK',
      iepId: state.iepId,
      startsOn: effective.effectiveOn,
      signedOn: effective.signedOn,
    },
    ...extra,
  );
  return succeed(
    {
      ...state,
      status: IepStatus.Active,
      proposal: null,
      effective: Object.freeze(effective),
      history: append(state, record),
    },
    effects,
  );
}

function startAmendment(state: IepLifecycleState): TransitionResult {
  if (state.status !== IepStatus.Active || state.effective === null) {
    return fail(illegal(state, 'amended', 'an ACTIVE', 'Solo se puede enmendar un IEP vigente'));
  }
  return succeed(state, [
    {
      type: 'CREATE_AMENDMENT_DRAFT',
      studentId: state.studentId,
      fromIepId: state.iepId,
      fromVersion: state.effective.version,
      exceptedItemIds: Object.freeze([]),
    },
  ]);
}

function startAnnualReview(state: IepLifecycleState): TransitionResult {
  // A late annual review still has to be held: the expired IEP is the base of the new one.
  const reviewable = state.status === IepStatus.Active || state.status === IepStatus.Expired;
  if (!reviewable || state.effective === null) {
    return fail(
      illegal(
        state,
        'reviewed',
        'an ACTIVE or EXPIRED',
        'Solo se puede revisar un IEP vigente o con la revisión anual vencida',
      ),
    );
  }
  return succeed(state, [
    {
      type: 'CREATE_ANNUAL_REVIEW_DRAFT',
      studentId: state.studentId,
      fromIepId: state.iepId,
      fromVersion: state.effective.version,
    },
  ]);
}

function supersede(
  state: IepLifecycleState,
  command: CommandOf<'SUPERSEDE'>,
  context: LifecycleContext,
): TransitionResult {
  if (state.status !== IepStatus.Active) {
    return fail(illegal(state, 'superseded', 'an ACTIVE', 'Solo se puede reemplazar un IEP vigente'));
  }
  if (!isNonBlank(command.byIepId) || command.byIepId === state.iepId) {
    return fail(
      badInput({
        en: 'SUPERSEDE must name the successor IEP',
        es: 'Para reemplazar un IEP hay que indicar el IEP que lo reemplaza',
      }),
    );
  }
  const record: LifecycleRecord = { type: 'SUPERSEDED', at: context.now, byIepId: command.byIepId };
  return succeed(
    {
      ...state,
      status: IepStatus.Superseded,
      supersededByIepId: command.byIepId,
      history: append(state, record),
    },
    [],
  );
}

function expire(
  state: IepLifecycleState,
  command: CommandOf<'EXPIRE'>,
  context: LifecycleContext,
): TransitionResult {
  if (state.status !== IepStatus.Active) {
    return fail(illegal(state, 'expired', 'an ACTIVE', 'Solo puede vencer un IEP vigente'));
  }
  const due = command.annualReviewDueOn;
  if (!isCalendarDate(due)) {
    return fail(
      badInput({
        en: 'The annual review date must be a calendar date (YYYY-MM-DD)',
        es: 'La fecha de la revisión anual debe ser una fecha del calendario (AAAA-MM-DD)',
      }),
    );
  }
  if (context.activeIepId !== null && context.activeIepId !== state.iepId) {
    return fail(
      lifecycleError('ILLEGAL_TRANSITION', {
        en: `IEP ${context.activeIepId} is in effect for this student: this one is superseded, not expired`,
        es: `El IEP ${context.activeIepId} está vigente para este estudiante: este queda reemplazado, no vencido`,
      }),
    );
  }
  // The due date itself is still in time; the IEP lapses the day after.
  if (context.today <= due) {
    return fail(
      lifecycleError('ILLEGAL_TRANSITION', {
        en: `The annual review is due on ${due} and has not passed`,
        es: `La revisión anual vence el ${due} y esa fecha no ha pasado`,
      }),
    );
  }
  const record: LifecycleRecord = { type: 'EXPIRED', at: context.now, annualReviewDueOn: due };
  return succeed({ ...state, status: IepStatus.Expired, history: append(state, record) }, [
    { type: 'REPORT_COMPLIANCE_BREACH', iepId: state.iepId, breach: 'ANNUAL_REVIEW_MISSED', dueOn: due },
  ]);
}

/**
 * Keeps at most one IEP in effect per student: an IEP may take effect only when nothing is in effect, or
 * when what is in effect is exactly the IEP it was started from. A sibling draft started from the same
 * predecessor is stale once the other one has taken effect, and would silently undo its changes.
 */
function successionConflict(state: IepLifecycleState, context: LifecycleContext): LifecycleError | null {
  const active = context.activeIepId;
  if (active === null || active === state.derivedFromIepId) return null;
  return lifecycleError('ILLEGAL_TRANSITION', {
    en: `IEP ${active} is in effect for this student and this IEP was not started from it; start an amendment or annual review from the IEP in effect`,
    es: `El IEP ${active} está vigente para este estudiante y este IEP no partió de él; inicie una enmienda o una revisión anual del IEP vigente`,
  });
}

function checkContext(context: LifecycleContext): LifecycleError | null {
  if (!isInstant(context.now)) {
    return badInput({
      en: 'The context needs the current instant (ISO 8601 with a zone)',
      es: 'El contexto necesita el instante actual (ISO 8601 con zona horaria)',
    });
  }
  if (!isCalendarDate(context.today)) {
    return badInput({
      en: "The context needs today's date (YYYY-MM-DD)",
      es: 'El contexto necesita la fecha de hoy (AAAA-MM-DD)',
    });
  }
  if (context.activeIepId !== null && !isNonBlank(context.activeIepId)) {
    return badInput({
      en: 'The context must name the IEP in effect, or null',
      es: 'El contexto debe indicar el IEP vigente, o null',
    });
  }
  const actor = context.actor as { kind?: unknown; role?: unknown } | undefined;
  if (actor?.kind !== 'SYSTEM' && actor?.kind !== 'USER') {
    return badInput({ en: 'The context needs an actor', es: 'El contexto necesita saber quién actúa' });
  }
  return null;
}

/** `onlyEs` is the Spanish of "Only {required} IEP can be {done}". */
/** Consent, with or without exceptions, is given to a proposed IEP only. */
function notConsentable(state: IepLifecycleState): LifecycleError {
  return illegal(
    state,
    'consented to',
    'a PROPOSED',
    'Solo se puede dar el consentimiento a un IEP enviado a la familia',
  );
}

function illegal(state: IepLifecycleState, done: string, required: string, onlyEs: string): LifecycleError {
  return lifecycleError('ILLEGAL_TRANSITION', {
    en: `Only ${required} IEP can be ${done}; this IEP is ${state.status}`,
    es: `${onlyEs}; este IEP está: ${IEP_STATUS_ES[state.status] ?? String(state.status)}`,
  });
}

function badInput(text: Localized): LifecycleError {
  return lifecycleError('BAD_INPUT', text);
}

function fail(error: LifecycleError): TransitionResult {
  return { ok: false, error };
}

function succeed(state: IepLifecycleState, effects: readonly LifecycleEffect[]): TransitionResult {
  return { ok: true, state: Object.freeze(state), effects: Object.freeze(effects) };
}

function append(state: IepLifecycleState, record: LifecycleRecord): readonly LifecycleRecord[] {
  return Object.freeze([...state.history, Object.freeze(record)]);
}

function actorLabel(context: LifecycleContext): LifecycleActorLabel {
  return context.actor.kind === 'SYSTEM' ? 'SYSTEM' : context.actor.role;
}

function isNonBlank(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

function isStringList(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isIssueList(value: unknown): value is readonly LifecycleQualityIssue[] {
  return (
    Array.isArray(value) &&
    value.every(
      (issue: unknown) =>
        typeof issue === 'object' &&
        issue !== null &&
        typeof (issue as { id?: unknown }).id === 'string' &&
        typeof (issue as { message?: unknown }).message === 'string',
    )
  );
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
