import { CreateCoreSchema1763840000000 } from './1763840000000-create-core-schema';
import { CreateAccountsAndMail1763850000000 } from './1763850000000-create-accounts-and-mail';
import { AddStudentNameIndex1763860000000 } from './1763860000000-add-student-name-index';
import { AddInvitationMembershipExpiry1763865000000 } from './1763865000000-add-invitation-membership-expiry';
import { CreateDeadlines1763870000000 } from './1763870000000-create-deadlines';
import { CreateIepDrafting1763880000000 } from './1763880000000-create-iep-drafting';
import { CreateComplianceTallies1763900000000 } from './1763900000000-create-compliance-tallies';
import { AddOneOpenIepPerStudent1763881000000 } from './1763881000000-add-one-open-iep-per-student';
import { CreateIepMeetings1763890000000 } from './1763890000000-create-iep-meetings';
import { CreateIepSignoff1763895000000 } from './1763895000000-create-iep-signoff';
import { AddCalendarVersionAndReminderKindPreferences1763910000000 } from './1763910000000-add-calendar-version-and-reminder-kind-preferences';
import { AddImmutableContentGuards1763920000000 } from './1763920000000-add-immutable-content-guards';
import { AddAppRoleSealsAndStatusGuard1763930000000 } from './1763930000000-add-app-role-seals-and-status-guard';
import { AddMailDeliveryState1763950000000 } from './1763950000000-add-mail-delivery-state';
import { AddDistrictTimeZone1763951000000 } from './1763951000000-add-district-time-zone';
import { CreateDistrictRuleProfiles1763960000000 } from './1763960000000-create-district-rule-profiles';
import { AddIepPartAssignees1763970000000 } from './1763970000000-add-iep-part-assignees';
import { AddAuditListedStudents1763971000000 } from './1763971000000-add-audit-listed-students';
import { AddNotificationTranslations1763990000000 } from './1763990000000-add-notification-translations';
import { AddNotificationArrivalSignal1764010000000 } from './1764010000000-add-notification-arrival-signal';
import { CreateCaseloads1764100000000 } from './1764100000000-create-caseloads';
import { AddRosterImport1764110000000 } from './1764110000000-add-roster-import';
import { CreateGoalProgress1764120000000 } from './1764120000000-create-goal-progress';
import { CreateServiceSessions1764130000000 } from './1764130000000-create-service-sessions';
import { CreateEvaluations1764140000000 } from './1764140000000-create-evaluations';
import { AddMeetingInvitationsAndComposition1764150000000 } from './1764150000000-add-meeting-invitations-and-composition';
import { WidenPriorWrittenNotices1764151000000 } from './1764151000000-widen-prior-written-notices';
import { CreateProceduralSafeguardsDeliveries1764152000000 } from './1764152000000-create-procedural-safeguards-deliveries';
import { CreateRecordsRequests1764170000000 } from './1764170000000-create-records-requests';
import { CreateProgressReports1764180000000 } from './1764180000000-create-progress-reports';
import { AddReportDeadlineClosuresAndPeriodDeletion1764200000000 } from './1764200000000-add-report-deadline-closures-and-period-deletion';
import { AddDeadlineAgreedDueDate1764190000000 } from './1764190000000-add-deadline-agreed-due-date';
import { CreateCompensatoryPlans1764210000000 } from './1764210000000-create-compensatory-plans';
import { AddDeadlineClosureAndConsentRevocations1764160000000 } from './1764160000000-add-deadline-closure-and-consent-revocations';
import { AddRightsTransferAtMajority1764161000000 } from './1764161000000-add-rights-transfer-at-majority';
import { AddEvaluationChildProduced1764162000000 } from './1764162000000-add-evaluation-child-produced';

/**
 * Every migration in order. Listed explicitly rather than globbed, so that the same list runs from
 * compiled code, from tests compiled on the fly and from the TypeORM CLI.
 */
export const migrations = [
  CreateCoreSchema1763840000000,
  CreateAccountsAndMail1763850000000,
  AddStudentNameIndex1763860000000,
  AddInvitationMembershipExpiry1763865000000,
  CreateDeadlines1763870000000,
  CreateIepDrafting1763880000000,
  AddOneOpenIepPerStudent1763881000000,
  CreateIepMeetings1763890000000,
  CreateIepSignoff1763895000000,
  CreateComplianceTallies1763900000000,
  AddCalendarVersionAndReminderKindPreferences1763910000000,
  AddImmutableContentGuards1763920000000,
  AddAppRoleSealsAndStatusGuard1763930000000,
  AddMailDeliveryState1763950000000,
  AddDistrictTimeZone1763951000000,
  CreateDistrictRuleProfiles1763960000000,
  AddIepPartAssignees1763970000000,
  AddAuditListedStudents1763971000000,
  AddNotificationTranslations1763990000000,
  AddNotificationArrivalSignal1764010000000,
  CreateCaseloads1764100000000,
  AddRosterImport1764110000000,
  CreateGoalProgress1764120000000,
  CreateServiceSessions1764130000000,
  CreateEvaluations1764140000000,
  AddMeetingInvitationsAndComposition1764150000000,
  WidenPriorWrittenNotices1764151000000,
  CreateProceduralSafeguardsDeliveries1764152000000,
  AddDeadlineClosureAndConsentRevocations1764160000000,
  AddRightsTransferAtMajority1764161000000,
  AddEvaluationChildProduced1764162000000,
  CreateRecordsRequests1764170000000,
  CreateProgressReports1764180000000,
  AddDeadlineAgreedDueDate1764190000000,
  AddReportDeadlineClosuresAndPeriodDeletion1764200000000,
  CreateCompensatoryPlans1764210000000,
];
