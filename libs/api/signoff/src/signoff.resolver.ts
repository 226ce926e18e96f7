import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CurrentUser, Permission, RequirePermission } from '@iep/api/access';
import { requestMeta, type AuthUser, type GraphQLContext } from '@iep/api/core';
import { IepEntity, IepModel, PersonSummaryModel } from '@iep/api/ieps';
import { stateRuleProfileFor, UserRole } from '@iep/domain';
import {
  AgreeToElectronicRecordsInput,
  DecideOnIepInput,
  FinalizeIepInput,
  MarkIepReviewedInput,
  SendPriorWrittenNoticeInput,
  SignIepAttendanceInput,
  UpdatePriorWrittenNoticeInput,
} from './dto/signoff.inputs';
import { ElectronicRecordsService } from './electronic-records.service';
import { electronicRecordsDisclosure, signatureIntent, signoffLocale } from './esign-texts';
import { IepVersionsService } from './iep-versions.service';
import {
  ElectronicRecordsConsentModel,
  ElectronicRecordsDisclosureModel,
  IepDecisionModel,
  IepParentDecision,
  IepSignatureModel,
  SignatureIntentModel,
  SignaturePurpose,
} from './models/iep-signature.model';
import { IepVersionDiffModel, IepVersionModel, IepVersionVerificationModel } from './models/iep-version.model';
import { PriorWrittenNoticeModel } from './models/prior-written-notice.model';
import { PriorWrittenNoticeService } from './prior-written-notice.service';
import { capabilitiesOf } from './signoff-access.service';
import { SignoffLoaderFactory } from './signoff.loader';
import { SignoffService } from './signoff.service';

type IepParent = IepModel & { supersededByIepId?: string | null };

@Resolver()
export class SignoffResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly signoff: SignoffService,
    private readonly versions: IepVersionsService,
    private readonly records: ElectronicRecordsService,
    private readonly notices: PriorWrittenNoticeService,
  ) {}

  private iep(id: string): Promise<IepEntity> {
    return this.dataSource.getRepository(IepEntity).findOneByOrFail({ id });
  }

  @Query(() => ElectronicRecordsDisclosureModel, { description: 'The ESIGN consumer disclosure, in the given language or the reader’s.' })
  @RequirePermission(Permission.Authenticated)
  electronicRecordsDisclosure(@Args('locale', { type: () => String, nullable: true }) locale: string | null, @CurrentUser() user: AuthUser) {
    return electronicRecordsDisclosure(signoffLocale(locale ?? user.locale));
  }

  @Query(() => ElectronicRecordsConsentModel, { nullable: true, description: 'The caller’s consent to electronic records; null when none or withdrawn.' })
  @RequirePermission(Permission.Authenticated)
  myElectronicRecordsConsent(@CurrentUser() user: AuthUser) {
    return this.records.current(user.id);
  }

  @Query(() => SignatureIntentModel, { description: 'The statement of intent shown above the typed name.' })
  @RequirePermission(Permission.Authenticated)
  signatureIntent(
    @Args('purpose', { type: () => SignaturePurpose }) purpose: SignaturePurpose,
    @Args('decision', { type: () => IepParentDecision, nullable: true }) decision: IepParentDecision | null,
    @Args('locale', { type: () => String, nullable: true }) locale: string | null,
    @CurrentUser() user: AuthUser,
  ) {
    return signatureIntent(purpose, decision, signoffLocale(locale ?? user.locale));
  }

  @Query(() => IepVersionModel, { description: 'One frozen version of an IEP.' })
  @RequirePermission(Permission.ReadStudentRecords)
  iepVersion(
    @Args('iepId', { type: () => ID }) iepId: string,
    @Args('version', { type: () => Int }) version: number,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ) {
    return this.versions.view(user, iepId, version, requestMeta(req));
  }

  @Query(() => IepVersionVerificationModel, { description: 'Recomputes the digest of a frozen version and says whether the signed document is intact.' })
  @RequirePermission(Permission.ReadStudentRecords)
  verifyIepVersion(
    @Args('iepId', { type: () => ID }) iepId: string,
    @Args('version', { type: () => Int }) version: number,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ) {
    return this.versions.verify(user, iepId, version, requestMeta(req));
  }

  @Query(() => IepVersionDiffModel, { description: 'Field by field, what this IEP changes in the IEP it derives from.' })
  @RequirePermission(Permission.ReadStudentRecords)
  iepVersionDiff(
    @Args('iepId', { type: () => ID }) iepId: string,
    @Args('fromIepId', { type: () => ID, nullable: true }) fromIepId: string | null,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ) {
    return this.versions.diff(user, iepId, fromIepId, requestMeta(req));
  }

  @Query(() => PriorWrittenNoticeModel)
  @RequirePermission(Permission.ReadStudentRecords)
  priorWrittenNotice(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.notices.view(user, id, requestMeta(req));
  }

  @Mutation(() => IepModel, { description: 'Freezes the draft as the proposed IEP (quality errors block it; warnings must be acknowledged) and sends it to the family.' })
  @RequirePermission(Permission.FinalizeIep)
  async finalizeIep(@Args('input') input: FinalizeIepInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.iep(await this.signoff.finalize(user, input, requestMeta(req)));
  }

  @Mutation(() => IepModel, { description: 'Takes a proposed IEP back to draft before the parent decides; tells the family.' })
  @RequirePermission(Permission.FinalizeIep)
  async withdrawIepProposal(@Args('iepId', { type: () => ID }) iepId: string, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.iep(await this.signoff.withdraw(user, iepId, requestMeta(req)));
  }

  @Mutation(() => IepDecisionModel, { description: 'Records that the parent has read the proposed version. This is not consent.' })
  @RequirePermission(Permission.DecideOnIep)
  markIepReviewed(@Args('input') input: MarkIepReviewedInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.signoff.markReviewed(user, input, requestMeta(req));
  }

  @Mutation(() => IepDecisionModel, { description: 'The parent consents, consents with exceptions or declines, signing electronically.' })
  @RequirePermission(Permission.DecideOnIep)
  decideOnIep(@Args('input') input: DecideOnIepInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.signoff.decide(user, input, requestMeta(req));
  }

  @Mutation(() => IepSignatureModel, { description: 'A team member signs their attendance at an IEP meeting.' })
  @RequirePermission(Permission.SignIepAttendance)
  signIepAttendance(@Args('input') input: SignIepAttendanceInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.signoff.signAttendance(user, input, requestMeta(req));
  }

  @Mutation(() => ElectronicRecordsConsentModel, { description: 'Agrees to use electronic records and signatures (needed before signing).' })
  @RequirePermission(Permission.Authenticated)
  agreeToElectronicRecords(@Args('input') input: AgreeToElectronicRecordsInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.records.agree(user, input, requestMeta(req));
  }

  @Mutation(() => ElectronicRecordsConsentModel, { description: 'Withdraws the consent to electronic records; later signatures are on paper.' })
  @RequirePermission(Permission.Authenticated)
  withdrawElectronicRecordsConsent(@CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.records.withdraw(user, requestMeta(req));
  }

  @Mutation(() => PriorWrittenNoticeModel, { description: 'Completes the elements of a drafted prior written notice.' })
  @RequirePermission(Permission.ManagePriorWrittenNotice)
  updatePriorWrittenNotice(@Args('input') input: UpdatePriorWrittenNoticeInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.notices.update(user, input, requestMeta(req));
  }

  @Mutation(() => PriorWrittenNoticeModel, { description: 'Sends the notice to the family (in-app and e-mail); it cannot be changed afterwards.' })
  @RequirePermission(Permission.ManagePriorWrittenNotice)
  sendPriorWrittenNotice(@Args('input') input: SendPriorWrittenNoticeInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.notices.send(user, input, requestMeta(req));
  }
}

/** Sign-off facts of an IEP the caller already sees (the parent field resolved it). */
@Resolver(() => IepModel)
export class IepSignoffFieldsResolver {
  constructor(private readonly loaders: SignoffLoaderFactory) {}

  @ResolveField(() => [IepVersionModel], { description: 'Frozen versions, oldest first.' })
  versions(@Parent() iep: IepModel, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.loaders.forRequest(req, user).versions.load(iep.id);
  }

  @ResolveField(() => IepVersionModel, { nullable: true, description: 'The latest frozen version.' })
  async currentVersion(@Parent() iep: IepModel, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return (await this.loaders.forRequest(req, user).versions.load(iep.id)).at(-1) ?? null;
  }

  @ResolveField(() => [IepDecisionModel])
  decisions(@Parent() iep: IepModel, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.loaders.forRequest(req, user).decisions.load(iep.id);
  }

  @ResolveField(() => [IepSignatureModel])
  signatures(@Parent() iep: IepModel, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.loaders.forRequest(req, user).signatures.load(iep.id);
  }

  @ResolveField(() => [PriorWrittenNoticeModel], { description: 'Staff see drafts too; the family sees sent notices.' })
  priorWrittenNotices(@Parent() iep: IepModel, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.loaders.forRequest(req, user).notices.load(iep.id);
  }

  @ResolveField(() => ID, { nullable: true })
  async supersededByIepId(@Parent() iep: IepParent, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return (await this.loaders.forRequest(req, user).facts.load(iep.id))?.supersededByIepId ?? null;
  }

  @ResolveField(() => Boolean, { description: "The state's rule: the IEP takes effect only with the parent's signature (always for an initial IEP)." })
  async requiresParentSignature(@Parent() iep: IepModel, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    const facts = await this.loaders.forRequest(req, user).facts.load(iep.id);
    return !facts || facts.kind === 'INITIAL' || stateRuleProfileFor(facts.ruleProfile).requiresParentSignature;
  }

  @ResolveField(() => Boolean)
  async canFinalize(@Parent() iep: IepModel, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.can(iep, user, req, 'canFinalize');
  }

  @ResolveField(() => Boolean)
  async canWithdrawProposal(@Parent() iep: IepModel, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.can(iep, user, req, 'canWithdrawProposal');
  }

  @ResolveField(() => Boolean, { description: 'A rights-holding parent, while the IEP is PROPOSED.' })
  async canDecide(@Parent() iep: IepModel, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.can(iep, user, req, 'canDecide');
  }

  @ResolveField(() => Boolean)
  async canManagePriorWrittenNotices(@Parent() iep: IepModel, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.can(iep, user, req, 'mayManage');
  }

  private async can(iep: IepModel, user: AuthUser, req: object, what: 'canFinalize' | 'canWithdrawProposal' | 'canDecide' | 'mayManage') {
    const facts = await this.loaders.forRequest(req, user).facts.load(iep.id);
    return facts ? capabilitiesOf(user, facts)[what] : false;
  }
}

@Resolver(() => IepVersionModel)
export class IepVersionFieldsResolver {
  constructor(private readonly loaders: SignoffLoaderFactory) {}

  @ResolveField(() => PersonSummaryModel, { nullable: true })
  frozenBy(@Parent() version: IepVersionModel, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return version.frozenById ? this.loaders.forRequest(req, user).person.load(version.frozenById) : null;
  }
}

@Resolver(() => IepDecisionModel)
export class IepDecisionFieldsResolver {
  constructor(private readonly loaders: SignoffLoaderFactory) {}

  @ResolveField(() => PersonSummaryModel, { nullable: true, description: 'Null when the rules decided (took effect after notice).' })
  decidedBy(@Parent() decision: IepDecisionModel, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return decision.decidedById ? this.loaders.forRequest(req, user).person.load(decision.decidedById) : null;
  }

  @ResolveField(() => IepSignatureModel, { nullable: true })
  signature(@Parent() decision: IepDecisionModel, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return decision.signatureId ? this.loaders.forRequest(req, user).signature.load(decision.signatureId) : null;
  }
}

const SEES_ATTRIBUTION = new Set<string>([
  UserRole.GeneralEducationTeacher, UserRole.SpecialEducationTeacher, UserRole.Specialist, UserRole.DistrictRepresentative, UserRole.DistrictAdmin,
]);

@Resolver(() => IepSignatureModel)
export class IepSignatureFieldsResolver {
  constructor(private readonly loaders: SignoffLoaderFactory) {}

  @ResolveField(() => PersonSummaryModel)
  signer(@Parent() signature: IepSignatureModel, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.loaders.forRequest(req, user).person.load(signature.signerId);
  }

  @ResolveField(() => String, { nullable: true, description: 'Shown to staff and to the signer only.' })
  ip(@Parent() signature: IepSignatureModel, @CurrentUser() user: AuthUser) {
    return SEES_ATTRIBUTION.has(user.role) || signature.signerId === user.id ? signature.ip : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Shown to staff and to the signer only.' })
  userAgent(@Parent() signature: IepSignatureModel, @CurrentUser() user: AuthUser) {
    return SEES_ATTRIBUTION.has(user.role) || signature.signerId === user.id ? signature.userAgent : null;
  }
}

@Resolver(() => PriorWrittenNoticeModel)
export class PriorWrittenNoticeFieldsResolver {
  constructor(private readonly loaders: SignoffLoaderFactory) {}

  @ResolveField(() => PersonSummaryModel, { nullable: true })
  sentBy(@Parent() notice: PriorWrittenNoticeModel, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return notice.sentById ? this.loaders.forRequest(req, user).person.load(notice.sentById) : null;
  }
}

