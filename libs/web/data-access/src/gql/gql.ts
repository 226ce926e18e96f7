/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query Me {\n    me {\n      id\n      displayName\n      locale\n      role\n    }\n  }\n': typeof types.MeDocument;
  '\n  fragment AdminCalendar_calendar on SchoolCalendar {\n      id\n      schoolId\n      schoolName\n      schoolYear\n      firstDay\n      lastDay\n      version\n      closures {\n        id\n        kind\n        name\n        firstDay\n        lastDay\n      }\n  }\n': typeof types.AdminCalendar_CalendarFragmentDoc;
  '\n  fragment AdminCalendar_change on SchoolCalendarChange {\n    calendar {\n      ...AdminCalendar_calendar\n    }\n    deadlines {\n      recomputed\n      moved\n    }\n  }\n': typeof types.AdminCalendar_ChangeFragmentDoc;
  '\n  query AdminSchoolCalendars {\n    schoolCalendars {\n      ...AdminCalendar_calendar\n    }\n  }\n': typeof types.AdminSchoolCalendarsDocument;
  '\n  mutation CreateSchoolCalendar($input: CreateSchoolCalendarInput!) {\n    createSchoolCalendar(input: $input) {\n      ...AdminCalendar_change\n    }\n  }\n': typeof types.CreateSchoolCalendarDocument;
  '\n  mutation UpdateSchoolCalendar($input: UpdateSchoolCalendarInput!) {\n    updateSchoolCalendar(input: $input) {\n      ...AdminCalendar_change\n    }\n  }\n': typeof types.UpdateSchoolCalendarDocument;
  '\n  mutation AddCalendarClosure($input: AddCalendarClosureInput!) {\n    addCalendarClosure(input: $input) {\n      ...AdminCalendar_change\n    }\n  }\n': typeof types.AddCalendarClosureDocument;
  '\n  mutation UpdateCalendarClosure($input: UpdateCalendarClosureInput!) {\n    updateCalendarClosure(input: $input) {\n      ...AdminCalendar_change\n    }\n  }\n': typeof types.UpdateCalendarClosureDocument;
  '\n  mutation RemoveCalendarClosure($id: ID!, $version: Int!) {\n    removeCalendarClosure(id: $id, version: $version) {\n      ...AdminCalendar_change\n    }\n  }\n': typeof types.RemoveCalendarClosureDocument;
  '\n  query ReportingPeriods {\n    reportingPeriods {\n      id\n      name\n      firstDay\n      lastDay\n      version\n    }\n  }\n': typeof types.ReportingPeriodsDocument;
  '\n  mutation SaveReportingPeriod($input: SaveReportingPeriodInput!) {\n    saveReportingPeriod(input: $input) {\n      period {\n        id\n        name\n        firstDay\n        lastDay\n        version\n      }\n      deadlinesWritten\n    }\n  }\n': typeof types.SaveReportingPeriodDocument;
  '\n  mutation DeleteReportingPeriod($id: ID!, $version: Int!) {\n    deleteReportingPeriod(id: $id, version: $version) {\n      periodId\n      deadlinesClosed\n    }\n  }\n': typeof types.DeleteReportingPeriodDocument;
  '\n  query StateRuleProfiles {\n    stateRuleProfiles {\n      code\n      name\n      inUse\n      initialEvaluationDays\n      initialEvaluationUnit\n      serviceStartSchoolDays\n      transitionAge\n      breaksStopEvaluationClock\n      breakMinimumWeekdays\n      requiresParentSignature\n      effectAfterNoticeDays\n    }\n  }\n': typeof types.StateRuleProfilesDocument;
  '\n  mutation SetDistrictStateProfile($code: String!) {\n    setDistrictStateProfile(code: $code) {\n      profile {\n        code\n        inUse\n      }\n      deadlines {\n        recomputed\n        moved\n      }\n    }\n  }\n': typeof types.SetDistrictStateProfileDocument;
  '\n  query UndeliveredEmails {\n    undeliveredEmails {\n      id\n      to\n      recipientName\n      subject\n      reason\n      attempts\n      createdAt\n      failedAt\n    }\n  }\n': typeof types.UndeliveredEmailsDocument;
  '\n  mutation RetryEmail($id: ID!) {\n    retryEmail(id: $id)\n  }\n': typeof types.RetryEmailDocument;
  '\n  query RosterImport($id: ID!) {\n    rosterImport(id: $id) {\n      id\n      fileName\n      status\n      mode\n      progress\n      rows\n      changeCount\n      unchanged\n      skipped\n      problemCount\n      failure\n      counts {\n        entity\n        created\n        updated\n        deactivated\n      }\n      changes {\n        entity\n        action\n        sourcedId\n        name\n      }\n      problems {\n        file\n        line\n        column\n        message\n      }\n    }\n  }\n': typeof types.RosterImportDocument;
  '\n  query RosterImports {\n    rosterImports(first: 5) {\n      id\n      fileName\n      status\n      createdAt\n    }\n  }\n': typeof types.RosterImportsDocument;
  '\n  mutation ApplyRosterImport($id: ID!) {\n    applyRosterImport(id: $id) {\n      id\n      status\n    }\n  }\n': typeof types.ApplyRosterImportDocument;
  '\n  query RuleProfiles($locale: DeadlineLocale) {\n    stateRuleProfiles {\n      code\n      name\n      basedOn\n      version\n      inUse\n      rules {\n        initialEvaluation {\n          amount\n          unit\n        }\n        excludeBreaksFromCalendarDayCounts\n        breakExclusionMinimumWeekdays\n        firstIepMeetingDays\n        meetingNoticeDays\n        serviceStartSchoolDays\n        annualReview {\n          rule\n          months\n        }\n        reevaluation {\n          rule\n          months\n        }\n        recordsRequest {\n          amount\n          unit\n        }\n        transitionAge\n        requiresParentSignature\n        effectAfterNoticeDays\n        ageOfMajority\n      }\n      sources {\n        rule\n        citation\n        basis\n        note(locale: $locale)\n      }\n    }\n  }\n': typeof types.RuleProfilesDocument;
  '\n  mutation SaveDistrictRuleProfile($input: SaveDistrictRuleProfileInput!) {\n    saveDistrictRuleProfile(input: $input) {\n      profile {\n        code\n        version\n        inUse\n      }\n      deadlines {\n        recomputed\n        moved\n      }\n    }\n  }\n': typeof types.SaveDistrictRuleProfileDocument;
  '\n  query AdminSchools {\n    schools {\n      id\n      name\n    }\n  }\n': typeof types.AdminSchoolsDocument;
  '\n  mutation CreateSchool($name: String!) {\n    createSchool(name: $name) {\n      id\n      name\n    }\n  }\n': typeof types.CreateSchoolDocument;
  '\n  mutation RenameSchool($id: ID!, $name: String!) {\n    renameSchool(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n': typeof types.RenameSchoolDocument;
  '\n  fragment AdminStudent_student on DistrictStudent {\n    id\n    firstName\n    lastName\n    dateOfBirth\n    grade\n    school {\n      id\n      name\n    }\n  }\n': typeof types.AdminStudent_StudentFragmentDoc;
  '\n  query DistrictStudents($search: String, $schoolId: ID, $first: Int, $after: String) {\n    districtStudents(search: $search, schoolId: $schoolId, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      nodes {\n        ...AdminStudent_student @unmask\n        guardians {\n          userId\n          displayName\n          email\n          relationship\n          rightsHolder\n          active\n        }\n      }\n    }\n  }\n': typeof types.DistrictStudentsDocument;
  '\n  mutation AddGuardian($input: AddGuardianInput!) {\n    addGuardian(input: $input) {\n      id\n      guardians {\n        userId\n        displayName\n        email\n        relationship\n        rightsHolder\n        active\n      }\n    }\n  }\n': typeof types.AddGuardianDocument;
  '\n  mutation RemoveGuardian($studentId: ID!, $userId: ID!) {\n    removeGuardian(studentId: $studentId, userId: $userId) {\n      id\n      guardians {\n        userId\n        displayName\n        email\n        relationship\n        rightsHolder\n        active\n      }\n    }\n  }\n': typeof types.RemoveGuardianDocument;
  '\n  mutation SetGuardianRights($input: SetGuardianRightsInput!) {\n    setGuardianRights(input: $input) {\n      id\n      guardians {\n        userId\n        displayName\n        email\n        relationship\n        rightsHolder\n        active\n      }\n    }\n  }\n': typeof types.SetGuardianRightsDocument;
  '\n  mutation CreateStudent($input: CreateStudentInput!) {\n    createStudent(input: $input) {\n      id\n    }\n  }\n': typeof types.CreateStudentDocument;
  '\n  mutation UpdateStudent($input: UpdateStudentInput!) {\n    updateStudent(input: $input) {\n      ...AdminStudent_student @unmask\n    }\n  }\n': typeof types.UpdateStudentDocument;
  '\n  query DistrictUsers($filter: DistrictUsersFilter, $first: Int, $after: String) {\n    districtUsers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      nodes {\n        id\n        email\n        displayName\n        role\n        specialty\n        locale\n        active\n        passwordSet\n      }\n    }\n  }\n': typeof types.DistrictUsersDocument;
  '\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n': typeof types.DeactivateUserDocument;
  '\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n': typeof types.ReactivateUserDocument;
  '\n  mutation CreateStaffUser($input: CreateStaffUserInput!) {\n    createStaffUser(input: $input) {\n      id\n      displayName\n    }\n  }\n': typeof types.CreateStaffUserDocument;
  '\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      displayName\n      role\n      specialty\n      locale\n    }\n  }\n': typeof types.UpdateUserDocument;
  '\n  fragment CaseloadStudentCard_row on CaseloadStudent {\n    student {\n      id\n      firstName\n      lastName\n      grade\n      schoolName\n    }\n    caseManager {\n      id\n      displayName\n    }\n    managed\n    currentIepId\n    overdueCount\n    nextDeadlines {\n      id\n      kind\n      status\n      dueDate\n    }\n    waiting {\n      threadsAssigned\n      proposalsToDecide\n      noticesToSend\n      iepId\n    }\n  }\n': typeof types.CaseloadStudentCard_RowFragmentDoc;
  '\n  query CaseManagers {\n    caseManagers {\n      id\n      displayName\n    }\n    students {\n      id\n      firstName\n      lastName\n    }\n  }\n': typeof types.CaseManagersDocument;
  '\n  query DistrictCaseload($caseManagerId: ID!) {\n    caseload(caseManagerId: $caseManagerId) {\n      owner {\n        id\n        displayName\n      }\n      students {\n        student {\n          id\n          firstName\n          lastName\n          schoolName\n        }\n        overdueCount\n      }\n    }\n  }\n': typeof types.DistrictCaseloadDocument;
  '\n  mutation AssignCaseload($input: AssignCaseloadInput!) {\n    assignCaseload(input: $input) {\n      owner {\n        id\n      }\n    }\n  }\n': typeof types.AssignCaseloadDocument;
  '\n  mutation TransferCaseload($input: TransferCaseloadInput!) {\n    transferCaseload(input: $input) {\n      owner {\n        id\n      }\n    }\n  }\n': typeof types.TransferCaseloadDocument;
  '\n  query MyCaseload {\n    myCaseload {\n      owner {\n        id\n        displayName\n      }\n      students {\n        student {\n          id\n        }\n        ...CaseloadStudentCard_row\n      }\n    }\n  }\n': typeof types.MyCaseloadDocument;
  '\n  query StudentPage($studentId: ID!) {\n    student(id: $studentId) {\n      id\n      firstName\n      lastName\n      grade\n      schoolName\n      dateOfBirth\n      ieps {\n        id\n        kind\n        status\n        meetingDate\n        startDate\n        annualReviewDue\n        caseManager {\n          id\n          displayName\n        }\n        versions {\n          id\n          number\n          proposedOn\n          pdfUrl\n        }\n      }\n    }\n    studentDeadlines(studentId: $studentId) {\n      id\n      kind\n      status\n      dueDate\n      metOn\n      closedOn\n      closedReason\n    }\n    studentRights(studentId: $studentId) {\n      studentId\n      majority {\n        ...MajorityStatus_majority @unmask\n      }\n      consentRevocation {\n        id\n        ...ServicesStatus_revocation @unmask\n      }\n    }\n  }\n': typeof types.StudentPageDocument;
  '\n  query StudentPageTeam($iepId: ID!) {\n    iepTeam(iepId: $iepId) {\n      iepId\n      members {\n        userId\n        displayName\n        teamRole\n      }\n    }\n  }\n': typeof types.StudentPageTeamDocument;
  '\n  query ComplianceDashboard($filter: ComplianceFilterInput, $first: Int!, $after: String, $locale: DeadlineLocale) {\n    complianceDashboard(filter: $filter) {\n      today\n      familiesWithoutSafeguards {\n        studentId\n        studentName\n        schoolName\n        lastReceivedOn\n      }\n      totals {\n        upcoming\n        dueThisWeek\n        overdue\n        metOnTime\n        metLate\n      }\n      byKind {\n        kind\n        counts {\n          upcoming\n          dueThisWeek\n          overdue\n          metOnTime\n          metLate\n        }\n      }\n      bySchool {\n        groupId: id\n        name\n        counts {\n          upcoming\n          dueThisWeek\n          overdue\n          metOnTime\n          metLate\n        }\n      }\n      schoolCount\n      byCaseManager {\n        groupId: id\n        name\n        counts {\n          upcoming\n          dueThisWeek\n          overdue\n          metOnTime\n          metLate\n        }\n      }\n      upcomingWeeks {\n        startDate\n        endDate\n        total\n        byKind {\n          kind\n          count\n        }\n      }\n      overdue(first: $first, after: $after) {\n        hasNextPage\n        endCursor\n        nodes {\n          id\n          kind\n          studentId\n          studentName\n          iepId\n          schoolName\n          caseManagerName\n          dueDate\n          daysOverdue\n          explanation(locale: $locale)\n          estimated\n        }\n      }\n    }\n  }\n': typeof types.ComplianceDashboardDocument;
  '\n  query ComplianceFilterOptions($schoolId: ID) {\n    complianceDashboard(filter: { schoolId: $schoolId }) {\n      filterOptions {\n        schools {\n          id\n          name\n        }\n        caseManagers {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.ComplianceFilterOptionsDocument;
  '\n  query IepComments($iepId: ID!, $partId: ID!) {\n    iep(id: $iepId) {\n      id\n      mentionablePeople {\n        id\n        displayName\n      }\n      commentThreads(partId: $partId) {\n        id\n        partId\n        quote\n        createdAt\n        resolvedAt\n        createdBy {\n          id\n          displayName\n        }\n        assignee {\n          id\n          displayName\n        }\n        resolvedBy {\n          id\n          displayName\n        }\n        comments {\n          id\n          threadId\n          body\n          createdAt\n          author {\n            id\n            displayName\n          }\n          mentions {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n': typeof types.IepCommentsDocument;
  '\n  mutation StartIepCommentThread($input: StartIepCommentThreadInput!) {\n    startIepCommentThread(input: $input) {\n      id\n    }\n  }\n': typeof types.StartIepCommentThreadDocument;
  '\n  mutation ReplyToIepCommentThread($input: ReplyToIepCommentThreadInput!) {\n    replyToIepCommentThread(input: $input) {\n      id\n    }\n  }\n': typeof types.ReplyToIepCommentThreadDocument;
  '\n  mutation AssignIepCommentThread($input: AssignIepCommentThreadInput!) {\n    assignIepCommentThread(input: $input) {\n      id\n      assignee {\n        id\n        displayName\n      }\n    }\n  }\n': typeof types.AssignIepCommentThreadDocument;
  '\n  mutation ResolveIepCommentThread($threadId: ID!) {\n    resolveIepCommentThread(threadId: $threadId) {\n      id\n      resolvedAt\n      resolvedBy {\n        id\n        displayName\n      }\n    }\n  }\n': typeof types.ResolveIepCommentThreadDocument;
  '\n  mutation ReopenIepCommentThread($threadId: ID!) {\n    reopenIepCommentThread(threadId: $threadId) {\n      id\n      resolvedAt\n      resolvedBy {\n        id\n        displayName\n      }\n    }\n  }\n': typeof types.ReopenIepCommentThreadDocument;
  '\n  fragment IepPartDiffFields on IepPartDiff {\n    partId\n    kind\n    fromVersion\n    toVersion\n    fields {\n      field\n      segments {\n        kind\n        text\n      }\n    }\n  }\n': typeof types.IepPartDiffFieldsFragmentDoc;
  '\n  query IepPartRevisions($partId: ID!, $first: Int!, $after: String) {\n    iepPartRevisions(partId: $partId, first: $first, after: $after) {\n      nodes {\n        id\n        partId\n        version\n        change\n        createdAt\n        suggestionId\n        author {\n          id\n          displayName\n        }\n      }\n      hasMore\n      endCursor\n    }\n  }\n': typeof types.IepPartRevisionsDocument;
  '\n  query IepPartDiff($partId: ID!, $fromVersion: Int!, $toVersion: Int!) {\n    iepPartDiff(partId: $partId, fromVersion: $fromVersion, toVersion: $toVersion) {\n      ...IepPartDiffFields @unmask\n    }\n  }\n': typeof types.IepPartDiffDocument;
  '\n  mutation ShareIepWithFamily($iepId: ID!) {\n    shareIepWithFamily(iepId: $iepId) {\n      id\n      sharedWithFamilyAt\n    }\n  }\n': typeof types.ShareIepWithFamilyDocument;
  '\n  query IepPage($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      kind\n      status\n      studentId\n      derivedFromIepId\n      sharedWithFamilyAt\n      canEdit\n      canAddParts\n      canSuggest\n      canDecideSuggestions\n      canComment\n      canDecide\n      studentFirstName\n      caseManager {\n        id\n        displayName\n      }\n      parts {\n        id\n        iepId\n        kind\n        position\n        content\n        version\n        unchangedSinceLastYear\n        updatedAt\n        changedSinceMyLastView\n        threadCount\n        openThreadCount\n        updatedBy {\n          id\n          displayName\n        }\n        assignee {\n          id\n          displayName\n        }\n        viewerCanEdit\n      }\n      qualityChecks {\n        code\n        severity\n        partId\n        message\n      }\n      suggestions {\n        id\n        iepId\n        partId\n        partKind\n        baseVersion\n        proposedContent\n        rationale\n        status\n        createdAt\n        decidedAt\n        decisionReason\n        proposer {\n          id\n          displayName\n        }\n        decidedBy {\n          id\n          displayName\n        }\n        diff {\n          ...IepPartDiffFields @unmask\n        }\n      }\n    }\n  }\n': typeof types.IepPageDocument;
  '\n  query IepAssignableTeam($iepId: ID!) {\n    iepTeam(iepId: $iepId) {\n      iepId\n      members {\n        userId\n        displayName\n        role\n      }\n    }\n  }\n': typeof types.IepAssignableTeamDocument;
  '\n  query IepThreadCounts($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      parts {\n        id\n        threadCount\n        openThreadCount\n      }\n    }\n  }\n': typeof types.IepThreadCountsDocument;
  '\n  query IepViewers($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      viewers {\n        partId\n        editing\n        since\n        person {\n          id\n          displayName\n        }\n      }\n    }\n  }\n': typeof types.IepViewersDocument;
  '\n  query IepChangesSinceLastView($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      changesSinceMyLastView {\n        lastViewedAt\n        parts {\n          ...IepPartDiffFields @unmask\n        }\n      }\n    }\n  }\n': typeof types.IepChangesSinceLastViewDocument;
  '\n  mutation MarkIepViewed($iepId: ID!) {\n    markIepViewed(iepId: $iepId) {\n      id\n    }\n  }\n': typeof types.MarkIepViewedDocument;
  '\n  mutation AddIepPart($input: AddIepPartInput!) {\n    addIepPart(input: $input) {\n      id\n    }\n  }\n': typeof types.AddIepPartDocument;
  '\n  mutation AssignIepPart($input: AssignIepPartInput!) {\n    assignIepPart(input: $input) {\n      id\n      assignee {\n        id\n        displayName\n      }\n      viewerCanEdit\n    }\n  }\n': typeof types.AssignIepPartDocument;
  '\n  mutation SaveIepPart($input: SaveIepPartInput!) {\n    saveIepPart(input: $input) {\n      id\n      content\n      version\n      unchangedSinceLastYear\n      updatedAt\n      updatedBy {\n        id\n        displayName\n      }\n    }\n  }\n': typeof types.SaveIepPartDocument;
  '\n  mutation RemoveIepPart($input: RemoveIepPartInput!) {\n    removeIepPart(input: $input) {\n      id\n    }\n  }\n': typeof types.RemoveIepPartDocument;
  '\n  mutation ProposeIepChange($input: ProposeIepChangeInput!) {\n    proposeIepChange(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.ProposeIepChangeDocument;
  '\n  query IepConsentRevocation($studentId: ID!) {\n    studentRights(studentId: $studentId) {\n      studentId\n      consentRevocation {\n        id\n        revokedOn\n        status\n        servicesEndOn\n      }\n    }\n  }\n': typeof types.IepConsentRevocationDocument;
  '\n  mutation StartIep($input: StartIepInput!) {\n    startIep(input: $input) {\n      id\n    }\n  }\n': typeof types.StartIepDocument;
  '\n  mutation AcceptIepSuggestion($input: AcceptIepSuggestionInput!) {\n    acceptIepSuggestion(input: $input) {\n      id\n      status\n      decidedAt\n      decisionReason\n      decidedBy {\n        id\n        displayName\n      }\n    }\n  }\n': typeof types.AcceptIepSuggestionDocument;
  '\n  mutation RejectIepSuggestion($input: RejectIepSuggestionInput!) {\n    rejectIepSuggestion(input: $input) {\n      id\n      status\n      decidedAt\n      decisionReason\n      decidedBy {\n        id\n        displayName\n      }\n    }\n  }\n': typeof types.RejectIepSuggestionDocument;
  '\n  mutation WithdrawIepSuggestion($suggestionId: ID!) {\n    withdrawIepSuggestion(suggestionId: $suggestionId) {\n      id\n      status\n    }\n  }\n': typeof types.WithdrawIepSuggestionDocument;
  '\n  subscription IepActivity($iepId: ID!) {\n    iepActivity(iepId: $iepId) {\n      iepId\n      kind\n      subjectId\n      actorId\n      at\n    }\n  }\n': typeof types.IepActivityDocument;
  '\n  mutation ReportIepPresence($input: ReportIepPresenceInput!) {\n    reportIepPresence(input: $input)\n  }\n': typeof types.ReportIepPresenceDocument;
  '\n  mutation LeaveIep($iepId: ID!) {\n    leaveIep(iepId: $iepId)\n  }\n': typeof types.LeaveIepDocument;
  '\n  query StudentAccessRecord($studentId: ID!, $before: String, $actorId: ID, $event: String) {\n    student(id: $studentId) {\n      id\n      firstName\n      lastName\n    }\n    studentAccessRecord(studentId: $studentId, first: 50, before: $before, actorId: $actorId, event: $event) {\n      totalCount\n      nextCursor\n      actors {\n        id\n        name\n        role\n      }\n      events\n      entries {\n        id\n        occurredAt\n        firstOccurredAt\n        count\n        actorName\n        actorRole\n        event\n      }\n    }\n  }\n': typeof types.StudentAccessRecordDocument;
  '\n  fragment IepItem_iep on Iep {\n    id\n    kind\n    status\n    canDecide\n    meetingDate\n    startDate\n    annualReviewDue\n    caseManager {\n      id\n      displayName\n    }\n  }\n': typeof types.IepItem_IepFragmentDoc;
  '\n  fragment StudentCard_student on Student {\n    id\n    firstName\n    lastName\n    grade\n    schoolName\n    canStartIep\n    activeIepId\n    ieps {\n      id\n      ...IepItem_iep\n    }\n  }\n': typeof types.StudentCard_StudentFragmentDoc;
  '\n  query Students {\n    students {\n      id\n      ...StudentCard_student\n    }\n  }\n': typeof types.StudentsDocument;
  '\n  mutation SignConsentToEvaluate($input: SignConsentToEvaluateInput!) {\n    signConsentToEvaluate(input: $input) {\n      studentId\n    }\n  }\n': typeof types.SignConsentToEvaluateDocument;
  '\n  fragment EvaluationDeadline_deadline on EvaluationDeadline {\n    kind\n    eventDate\n    dueDate\n    metOn\n    status\n    closedOn\n    closedReason\n    explanation\n    estimated\n  }\n': typeof types.EvaluationDeadline_DeadlineFragmentDoc;
  '\n  query StudentEvaluations($studentId: ID!) {\n    studentEvaluations(studentId: $studentId) {\n      studentId\n      studentName\n      lastEvaluatedOn\n      earliestReevaluationOn\n      mayRefer\n      mayRecord\n      mayConsent\n      mayReport\n      reportableAreas\n      consentStatement\n      consentIntentVersion\n      assessorOptions {\n        id\n        displayName\n      }\n      reevaluationDeadline {\n        ...EvaluationDeadline_deadline\n      }\n      reevaluationAgreements {\n        id\n        agreedOn\n        parentName\n        note\n        recordedByName\n      }\n      evaluations {\n        id\n        kind\n        stage\n        referralSource\n        referredOn\n        referralReason\n        referredByName\n        agreedWithinYear\n        consentOn\n        consentMethod\n        consentSignedName\n        delayReason\n        delayAgreedCompletionOn\n        delayNote\n        childProducedOn\n        determinedOn\n        eligible\n        disabilityCategory\n        determinationSummary\n        initialIepId\n        plan {\n          area\n          assessorId\n          assessorName\n          report {\n            id\n            authorName\n            completedOn\n            summary\n            fileName\n            fileSize\n            fileUrl\n          }\n        }\n        deadlines {\n          ...EvaluationDeadline_deadline\n        }\n        notice {\n          id\n          action\n          sentAt\n          actionDescription\n          explanation\n          evaluationBasis\n          proceduralSafeguards\n          sourcesForAssistance\n          optionsConsidered\n          otherFactors\n        }\n      }\n    }\n  }\n': typeof types.StudentEvaluationsDocument;
  '\n  mutation AgreeReevaluationNotNeeded($input: AgreeReevaluationNotNeededInput!) {\n    agreeReevaluationNotNeeded(input: $input) {\n      studentId\n    }\n  }\n': typeof types.AgreeReevaluationNotNeededDocument;
  '\n  mutation ReferForEvaluation($input: ReferForEvaluationInput!) {\n    referForEvaluation(input: $input) {\n      studentId\n    }\n  }\n': typeof types.ReferForEvaluationDocument;
  '\n  mutation RecordPaperConsentToEvaluate($input: RecordPaperConsentInput!) {\n    recordPaperConsentToEvaluate(input: $input) {\n      studentId\n    }\n  }\n': typeof types.RecordPaperConsentToEvaluateDocument;
  '\n  mutation PlanEvaluation($input: PlanEvaluationInput!) {\n    planEvaluation(input: $input) {\n      studentId\n    }\n  }\n': typeof types.PlanEvaluationDocument;
  '\n  mutation SubmitEvaluationReport($input: SubmitEvaluationReportInput!) {\n    submitEvaluationReport(input: $input) {\n      studentId\n    }\n  }\n': typeof types.SubmitEvaluationReportDocument;
  '\n  mutation RecordEvaluationDelay($input: RecordEvaluationDelayInput!) {\n    recordEvaluationDelay(input: $input) {\n      studentId\n    }\n  }\n': typeof types.RecordEvaluationDelayDocument;
  '\n  mutation RecordChildProduced($input: RecordChildProducedInput!) {\n    recordChildProduced(input: $input) {\n      studentId\n    }\n  }\n': typeof types.RecordChildProducedDocument;
  '\n  mutation DetermineEligibility($input: DetermineEligibilityInput!) {\n    determineEligibility(input: $input) {\n      studentId\n    }\n  }\n': typeof types.DetermineEligibilityDocument;
  '\n  mutation StartInitialIepFromEvaluation($evaluationId: ID!) {\n    startInitialIepFromEvaluation(evaluationId: $evaluationId) {\n      studentId\n    }\n  }\n': typeof types.StartInitialIepFromEvaluationDocument;
  '\n  mutation RecordMeetingAttendance($input: RecordMeetingAttendanceInput!) {\n    recordMeetingAttendance(input: $input) {\n      id\n    }\n  }\n': typeof types.RecordMeetingAttendanceDocument;
  '\n  mutation MarkMeetingHeld($meetingId: ID!, $version: Int!) {\n    markMeetingHeld(meetingId: $meetingId, version: $version) {\n      id\n    }\n  }\n': typeof types.MarkMeetingHeldDocument;
  '\n  mutation CancelIepMeeting($meetingId: ID!, $reason: String!) {\n    cancelIepMeeting(meetingId: $meetingId, reason: $reason) {\n      id\n    }\n  }\n': typeof types.CancelIepMeetingDocument;
  '\n  mutation RequestMeetingExcusal($input: RequestMeetingExcusalInput!) {\n    requestMeetingExcusal(input: $input) {\n      id\n    }\n  }\n': typeof types.RequestMeetingExcusalDocument;
  '\n  fragment MeetingPage_meeting on IepMeeting {\n    id\n    purpose\n    status\n    startsAt\n    timeZone\n    localDate\n    localTime\n    durationMinutes\n    location\n    callIn\n    noticeSentAt\n    noticeDays\n    shortNoticeAgreed\n    notes\n    version\n    cancelReason\n    viewerCanManage\n    viewerIsRightsHolder\n    noticeDeadline {\n      id\n      dueDate\n      metOn\n    }\n    viewerInvitation {\n      userId\n      response\n    }\n    studentFirstName\n    viewerCanSeeIep\n    viewerCanSignAttendance\n    discussesTransition\n    calendarInvitation\n    requiredMembers {\n      member\n      state\n    }\n    attendanceSignatures {\n      userId\n      name\n      role\n      signedAt\n    }\n    invitees {\n      userId\n      displayName\n      teamRole\n      isGuardian\n      response\n      message\n      proposedTimes\n    }\n    attendance {\n      id\n      userId\n      name\n      capacity\n      status\n      writtenInputSubmitted\n      interpretsEvaluations\n      excusalRequestedAt\n      excusalReason\n      parentAgreedByName\n      parentAgreedAt\n      districtAgreedByName\n      districtAgreedAt\n    }\n  }\n': typeof types.MeetingPage_MeetingFragmentDoc;
  '\n  query IepMeetingPage($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      kind\n      status\n      meetings {\n        ...MeetingPage_meeting\n      }\n    }\n    iepTeam(iepId: $iepId) {\n      iepId\n      studentFirstName\n      viewerCanManage\n      members {\n        userId\n        displayName\n        teamRole\n        isGuardian\n      }\n    }\n  }\n': typeof types.IepMeetingPageDocument;
  '\n  query IepMeetingOne($meetingId: ID!) {\n    iepMeeting(id: $meetingId) {\n      ...MeetingPage_meeting\n    }\n  }\n': typeof types.IepMeetingOneDocument;
  '\n  mutation AgreeToMeetingExcusal($attendanceId: ID!) {\n    agreeToMeetingExcusal(attendanceId: $attendanceId) {\n      id\n    }\n  }\n': typeof types.AgreeToMeetingExcusalDocument;
  '\n  mutation SaveMeetingNotes($meetingId: ID!, $version: Int!, $notes: String!) {\n    saveMeetingNotes(meetingId: $meetingId, version: $version, notes: $notes) {\n      id\n    }\n  }\n': typeof types.SaveMeetingNotesDocument;
  '\n  mutation RescheduleIepMeeting($input: RescheduleIepMeetingInput!) {\n    rescheduleIepMeeting(input: $input) {\n      id\n    }\n  }\n': typeof types.RescheduleIepMeetingDocument;
  '\n  mutation RespondToIepMeeting($input: RespondToIepMeetingInput!) {\n    respondToIepMeeting(input: $input) {\n      id\n    }\n  }\n': typeof types.RespondToIepMeetingDocument;
  '\n  mutation ScheduleIepMeeting($input: ScheduleIepMeetingInput!) {\n    scheduleIepMeeting(input: $input) {\n      id\n    }\n  }\n': typeof types.ScheduleIepMeetingDocument;
  '\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n': typeof types.UnreadNotificationCountDocument;
  '\n  query BellNotifications($first: Int!) {\n    notifications(first: $first) {\n      id\n      kind\n      title\n      body\n      link\n      createdAt\n      readAt\n    }\n  }\n': typeof types.BellNotificationsDocument;
  '\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n': typeof types.MarkNotificationsReadDocument;
  '\n  fragment NotificationSettings_preference on NotificationPreference {\n    reminderKind\n    deadlineKind\n    email\n    inApp\n  }\n': typeof types.NotificationSettings_PreferenceFragmentDoc;
  '\n  query MyNotificationPreferences {\n    myNotificationPreferences {\n      ...NotificationSettings_preference @unmask\n    }\n  }\n': typeof types.MyNotificationPreferencesDocument;
  '\n  mutation UpdateMyNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateMyNotificationPreferences(input: $input) {\n      ...NotificationSettings_preference @unmask\n    }\n  }\n': typeof types.UpdateMyNotificationPreferencesDocument;
  '\n  mutation SetMyLanguage($language: String!) {\n    setMyLanguage(language: $language) {\n      id\n      locale\n    }\n  }\n': typeof types.SetMyLanguageDocument;
  '\n  subscription MyNotificationEvents {\n    myNotificationEvents {\n      at\n    }\n  }\n': typeof types.MyNotificationEventsDocument;
  '\n  fragment ProgressGoal_measure on GoalMeasure {\n    kind\n    baseline\n    target\n    targetDate\n    unit\n    trials\n    scaleMin\n    scaleMax\n    wholeNumbers\n  }\n': typeof types.ProgressGoal_MeasureFragmentDoc;
  '\n  fragment ProgressGoal_point on GoalDataPoint {\n    id\n    value\n    observedOn\n    setting\n    note\n    version\n    recordedBy {\n      id\n      displayName\n    }\n  }\n': typeof types.ProgressGoal_PointFragmentDoc;
  '\n  fragment ProgressGoal_chart on GoalProgress {\n    partId\n    area\n    annualGoal\n    aimStartDate\n    measure {\n      ...ProgressGoal_measure @unmask\n    }\n    points {\n      ...ProgressGoal_point @unmask\n    }\n    trend {\n      slopePerWeek\n      projectedAtTargetDate\n      fromDate\n      fromValue\n      toDate\n      toValue\n      pointsUsed\n    }\n    flags {\n      rule\n      windowStart\n      windowEnd\n      acknowledgment {\n        id\n        note\n        acknowledgedAt\n        acknowledgedBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n': typeof types.ProgressGoal_ChartFragmentDoc;
  '\n  query IepProgress($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      studentFirstName\n      status\n    }\n    iepProgress(iepId: $iepId) {\n      needsMeasure\n      viewerCanRecord\n      ...ProgressGoal_chart @unmask\n    }\n  }\n': typeof types.IepProgressDocument;
  '\n  mutation RecordGoalDataPoint($input: RecordGoalDataPointInput!) {\n    recordGoalDataPoint(input: $input) {\n      partId\n      ...ProgressGoal_point @unmask\n    }\n  }\n': typeof types.RecordGoalDataPointDocument;
  '\n  mutation AcknowledgeGoalFlag($input: AcknowledgeGoalFlagInput!) {\n    acknowledgeGoalFlag(input: $input) {\n      partId\n      flags {\n        rule\n        acknowledgment {\n          id\n          note\n        }\n      }\n    }\n  }\n': typeof types.AcknowledgeGoalFlagDocument;
  '\n  query IepProgressReports($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      studentFirstName\n    }\n    iepProgressReports(iepId: $iepId) {\n      id\n      status\n      dueDate\n      digest\n      sentAt\n      sentBy {\n        id\n        displayName\n      }\n      readAt\n      readBy {\n        id\n        displayName\n      }\n      viewerCanSend\n      viewerCanConfirmRead\n      pdfUrl\n      period {\n        id\n        name\n        firstDay\n        lastDay\n      }\n      entries {\n        partId\n        code\n        narrative\n        version\n        viewerCanWrite\n        updatedBy {\n          id\n          displayName\n        }\n        questions {\n          id\n          body\n          createdAt\n          author {\n            id\n            displayName\n          }\n        }\n        progress {\n          ...ProgressGoal_chart @unmask\n        }\n      }\n    }\n  }\n': typeof types.IepProgressReportsDocument;
  '\n  mutation SaveProgressReportEntry($input: SaveProgressReportEntryInput!) {\n    saveProgressReportEntry(input: $input) {\n      partId\n      code\n      narrative\n      version\n    }\n  }\n': typeof types.SaveProgressReportEntryDocument;
  '\n  mutation SendProgressReport($iepId: ID!, $periodId: ID!) {\n    sendProgressReport(iepId: $iepId, periodId: $periodId) {\n      id\n      status\n      digest\n    }\n  }\n': typeof types.SendProgressReportDocument;
  '\n  mutation MarkProgressReportRead($reportId: ID!) {\n    markProgressReportRead(reportId: $reportId) {\n      id\n      readAt\n      viewerCanConfirmRead\n    }\n  }\n': typeof types.MarkProgressReportReadDocument;
  '\n  mutation AskProgressReportQuestion($input: AskProgressReportQuestionInput!) {\n    askProgressReportQuestion(input: $input) {\n      id\n      body\n    }\n  }\n': typeof types.AskProgressReportQuestionDocument;
  '\n  query ProgressCaseload {\n    myProgressCaseload {\n      iepId\n      studentId\n      studentName\n      goals {\n        partId\n        area\n        viewerCanRecord\n        measure {\n          ...ProgressGoal_measure @unmask\n        }\n        flags {\n          rule\n          acknowledgment {\n            id\n          }\n        }\n      }\n    }\n  }\n': typeof types.ProgressCaseloadDocument;
  '\n  mutation RevokeConsentForServices($input: RevokeConsentForServicesInput!) {\n    revokeConsentForServices(input: $input) {\n      studentId\n    }\n  }\n': typeof types.RevokeConsentForServicesDocument;
  '\n  fragment ServicesStatus_revocation on ConsentRevocation {\n    status\n    servicesEndOn\n  }\n': typeof types.ServicesStatus_RevocationFragmentDoc;
  '\n  fragment RevocationStatus_revocation on ConsentRevocation {\n    revokedOn\n    revokedByName\n    reason\n    noticeStatus\n    noticePdfUrl\n    ...ServicesStatus_revocation @unmask\n  }\n': typeof types.RevocationStatus_RevocationFragmentDoc;
  '\n  mutation SetServicesEndAfterRevocation($input: SetServicesEndInput!) {\n    setServicesEndAfterRevocation(input: $input) {\n      studentId\n    }\n  }\n': typeof types.SetServicesEndAfterRevocationDocument;
  '\n  fragment MajorityStatus_majority on MajorityRights {\n    standing\n    ageOfMajority\n    citation\n    majorityOn\n    transferredOn\n    guardianshipOn\n    transferNoticeDue\n  }\n': typeof types.MajorityStatus_MajorityFragmentDoc;
  '\n  mutation RecordAdultGuardianship($input: RecordAdultGuardianshipInput!) {\n    recordAdultGuardianship(input: $input) {\n      studentId\n    }\n  }\n': typeof types.RecordAdultGuardianshipDocument;
  '\n  query StudentRecordsRequests($studentId: ID!) {\n    studentRecordsRequests(studentId: $studentId) {\n      ...StudentRecords_requests @unmask\n    }\n  }\n  fragment StudentRecords_requests on StudentRecordsRequests {\n    studentId\n    studentFirstName\n    viewerCanRequest\n    viewerCanPrepare\n    requests {\n      id\n      status\n      requestedOn\n      requestedByName\n      note\n      dueDate\n      dueExplanation\n      dueBeforeMeeting\n      metOn\n      preparedAt\n      preparedByName\n      exportBytes\n      exportSha256\n      fileCount\n      deliveredAt\n      deliveredToName\n      downloadUrl\n    }\n  }\n': typeof types.StudentRecordsRequestsDocument;
  '\n  mutation RequestRecords($input: RequestRecordsInput!) {\n    requestRecords(input: $input) {\n      ...StudentRecords_requests @unmask\n    }\n  }\n': typeof types.RequestRecordsDocument;
  '\n  mutation PrepareRecordsExport($input: PrepareRecordsExportInput!) {\n    prepareRecordsExport(input: $input) {\n      ...StudentRecords_requests @unmask\n    }\n  }\n': typeof types.PrepareRecordsExportDocument;
  '\n  query StudentRights($studentId: ID!) {\n    studentRights(studentId: $studentId) {\n      studentId\n      studentFirstName\n      safeguardsLastReceivedOn\n      safeguardsGivenThisYear\n      viewerCanRecord\n      viewerCanRevoke\n      revocationIntent\n      revocationIntentVersion\n      majority {\n        ...MajorityStatus_majority @unmask\n        guardianshipNote\n      }\n      consentRevocation {\n        id\n        ...RevocationStatus_revocation @unmask\n      }\n      safeguardsDeliveries {\n        id\n        recipientName\n        occasion\n        channel\n        locale\n        deliveredOn\n        recordedByName\n      }\n    }\n  }\n': typeof types.StudentRightsDocument;
  '\n  mutation RecordSafeguardsDelivery($input: RecordSafeguardsDeliveryInput!) {\n    recordSafeguardsDelivery(input: $input) {\n      studentId\n      safeguardsLastReceivedOn\n      safeguardsGivenThisYear\n    }\n  }\n': typeof types.RecordSafeguardsDeliveryDocument;
  '\n  mutation PlanCompensatoryMinutes($input: PlanCompensatoryMinutesInput!) {\n    planCompensatoryMinutes(input: $input) {\n      owed\n      planned\n      delivered\n    }\n  }\n': typeof types.PlanCompensatoryMinutesDocument;
  '\n  query GroupSessionServices {\n    myGroupSessionServices {\n      serviceId\n      iepId\n      studentName\n      category\n      description\n      minutes\n      startDate\n      endDate\n      location\n      goals {\n        id\n        area\n        scaleMin\n        scaleMax\n        wholeNumbers\n        viewerCanRecord\n      }\n    }\n  }\n': typeof types.GroupSessionServicesDocument;
  '\n  mutation RecordGroupSession($input: RecordGroupSessionInput!) {\n    recordGroupSession(input: $input) {\n      replayed\n      dataPoints\n      sessions {\n        id\n      }\n    }\n  }\n': typeof types.RecordGroupSessionDocument;
  '\n  query IepServicesPage($iepId: ID!) {\n    iepTeam(iepId: $iepId) {\n      iepId\n      studentFirstName\n    }\n    iepServiceDelivery(iepId: $iepId) {\n      serviceId\n      description\n      providerRole\n      minutes\n      frequency\n      startDate\n      endDate\n      location\n      providerName\n      viewerCanRecord\n      requiredIsEstimate\n      underDelivered\n      compensatoryBalance\n      compensatory {\n        owed\n        planned\n        delivered\n        plans {\n          id\n          date\n          minutes\n          fulfilledBySessionId\n        }\n      }\n      goals {\n        id\n        area\n      }\n      toDate {\n        required\n        delivered\n        excused\n        missedBySchool\n        madeUp\n      }\n      lastFourWeeks {\n        required\n        delivered\n      }\n      weeks {\n        weekStart\n        schoolDays\n        required\n        delivered\n        excused\n        missedBySchool\n        madeUp\n      }\n      sessions {\n        id\n        date\n        minutes\n        groupSize\n        status\n        providerName\n      }\n    }\n  }\n': typeof types.IepServicesPageDocument;
  '\n  mutation RecordServiceSession($input: RecordServiceSessionInput!) {\n    recordServiceSession(input: $input) {\n      id\n    }\n  }\n': typeof types.RecordServiceSessionDocument;
  '\n  query ServiceDeliveryDashboardPage($filter: ServiceDeliveryFilterInput) {\n    serviceDeliveryDashboard(filter: $filter) {\n      asOf\n      services\n      underDelivered\n      compensatoryOwed\n      groups {\n        dimension\n        key\n        label\n        services\n        underDelivered\n        compensatoryOwed\n      }\n      rows {\n        serviceId\n        iepId\n        studentName\n        schoolName\n        providerName\n        category\n        description\n        required\n        delivered\n        compensatoryBalance\n        compensatoryPlanned\n        underDelivered\n      }\n    }\n  }\n': typeof types.ServiceDeliveryDashboardPageDocument;
  '\n  query ChangePasswordAccount {\n    me {\n      id\n      email\n      displayName\n    }\n  }\n': typeof types.ChangePasswordAccountDocument;
  '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n': typeof types.ChangePasswordDocument;
  '\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n': typeof types.RequestPasswordResetDocument;
  '\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n': typeof types.ResetPasswordDocument;
  '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        displayName\n        locale\n        role\n      }\n    }\n  }\n': typeof types.SignInDocument;
  '\n  mutation SignOut {\n    signOut\n  }\n': typeof types.SignOutDocument;
  '\n  query SignoffAmendmentChanges($iepId: ID!) {\n    iepVersionDiff(iepId: $iepId) {\n      fromIepId\n      fromVersion\n      toIepId\n      toVersion\n      parts {\n        kind\n        change\n        fromPartId\n        toPartId\n        fields {\n          field\n          segments {\n            kind\n            text\n          }\n        }\n      }\n    }\n    iep(id: $iepId) {\n      id\n      kind\n      status\n      parts {\n        id\n        kind\n        position\n        content\n      }\n    }\n    iepTeam(iepId: $iepId) {\n      iepId\n      studentFirstName\n    }\n  }\n': typeof types.SignoffAmendmentChangesDocument;
  '\n  query SignoffAttendanceIntent($locale: String) {\n    signatureIntent(purpose: ATTENDANCE, locale: $locale) {\n      version\n      locale\n      statement\n    }\n  }\n': typeof types.SignoffAttendanceIntentDocument;
  '\n  mutation SignoffSignIepAttendance($input: SignIepAttendanceInput!) {\n    signIepAttendance(input: $input) {\n      id\n      signedAt\n      typedName\n    }\n  }\n': typeof types.SignoffSignIepAttendanceDocument;
  '\n  fragment SignoffDecision_decision on IepDecision {\n    id\n    version\n    kind\n    decidedAt\n    signedOn\n    effectiveOn\n    reasons\n    exceptedPartIds\n    amendmentIepId\n    decidedBy {\n      id\n      displayName\n    }\n  }\n': typeof types.SignoffDecision_DecisionFragmentDoc;
  '\n  query SignoffMyElectronicRecordsConsent {\n    myElectronicRecordsConsent {\n      id\n      disclosureVersion\n      locale\n      agreedAt\n      withdrawnAt\n      current\n    }\n  }\n': typeof types.SignoffMyElectronicRecordsConsentDocument;
  '\n  mutation SignoffWithdrawElectronicRecordsConsent {\n    withdrawElectronicRecordsConsent {\n      id\n      withdrawnAt\n      current\n    }\n  }\n': typeof types.SignoffWithdrawElectronicRecordsConsentDocument;
  '\n  query SignoffFinalizePage($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      kind\n      status\n      canFinalize\n      parts {\n        id\n        kind\n        position\n        content\n      }\n      qualityChecks {\n        code\n        severity\n        partId\n        message\n      }\n    }\n    iepTeam(iepId: $iepId) {\n      iepId\n      studentFirstName\n      members {\n        userId\n        isGuardian\n      }\n    }\n  }\n': typeof types.SignoffFinalizePageDocument;
  '\n  mutation SignoffFinalizeIep($input: FinalizeIepInput!) {\n    finalizeIep(input: $input) {\n      id\n      status\n      canFinalize\n      canWithdrawProposal\n      currentVersion {\n        id\n        number\n        digest\n      }\n    }\n  }\n': typeof types.SignoffFinalizeIepDocument;
  '\n  query SignoffIepStatus($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      kind\n      status\n      studentId\n      derivedFromIepId\n      supersededByIepId\n      canFinalize\n      canWithdrawProposal\n      canDecide\n      canManagePriorWrittenNotices\n      requiresParentSignature\n      currentVersion {\n        id\n        number\n      }\n      priorWrittenNotices {\n        id\n        source\n        action\n        status\n        createdAt\n        sentAt\n      }\n    }\n    iepTeam(iepId: $iepId) {\n      iepId\n      studentFirstName\n    }\n  }\n': typeof types.SignoffIepStatusDocument;
  '\n  query SignoffStudentForAmendment($studentId: ID!) {\n    student(id: $studentId) {\n      id\n      canStartIep\n      activeIepId\n    }\n  }\n': typeof types.SignoffStudentForAmendmentDocument;
  '\n  mutation SignoffStartAmendment($input: StartIepInput!) {\n    startIep(input: $input) {\n      id\n    }\n  }\n': typeof types.SignoffStartAmendmentDocument;
  '\n  mutation SignoffWithdrawProposal($iepId: ID!) {\n    withdrawIepProposal(iepId: $iepId) {\n      id\n      status\n      canFinalize\n      canWithdrawProposal\n      canDecide\n    }\n  }\n': typeof types.SignoffWithdrawProposalDocument;
  '\n  fragment SignoffVersion_version on IepVersion {\n    id\n    number\n    digest\n    frozenAt\n    pdfUrl\n    certificateUrl\n    frozenBy {\n      id\n      displayName\n    }\n  }\n': typeof types.SignoffVersion_VersionFragmentDoc;
  '\n  query SignoffIepTimeline($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      status\n      versions {\n        ...SignoffVersion_version @unmask\n      }\n      decisions {\n        ...SignoffDecision_decision\n      }\n      signatures {\n        id\n        purpose\n        version\n        meetingId\n        signerRole\n        typedName\n        signedAt\n        signer {\n          id\n          displayName\n        }\n      }\n    }\n  }\n': typeof types.SignoffIepTimelineDocument;
  '\n  query SignoffNoticePage($id: ID!, $iepId: ID!) {\n    priorWrittenNotice(id: $id) {\n      ...SignoffNoticeFields\n    }\n    iep(id: $iepId) {\n      id\n      canManagePriorWrittenNotices\n    }\n    iepTeam(iepId: $iepId) {\n      iepId\n      studentFirstName\n    }\n  }\n': typeof types.SignoffNoticePageDocument;
  '\n  fragment SignoffNoticeFields on PriorWrittenNotice {\n    id\n    iepId\n    source\n    action\n    status\n    version\n    locale\n    actionDescription\n    explanation\n    evaluationBasis\n    proceduralSafeguards\n    sourcesForAssistance\n    optionsConsidered\n    otherFactors\n    createdAt\n    sentAt\n    pdfUrl\n    sentBy {\n      id\n      displayName\n    }\n  }\n': typeof types.SignoffNoticeFieldsFragmentDoc;
  '\n  query SignoffCurrentNotice($id: ID!) {\n    priorWrittenNotice(id: $id) {\n      ...SignoffNoticeFields\n    }\n  }\n': typeof types.SignoffCurrentNoticeDocument;
  '\n  mutation SignoffUpdateNotice($input: UpdatePriorWrittenNoticeInput!) {\n    updatePriorWrittenNotice(input: $input) {\n      ...SignoffNoticeFields\n    }\n  }\n': typeof types.SignoffUpdateNoticeDocument;
  '\n  mutation SignoffSendNotice($input: SendPriorWrittenNoticeInput!) {\n    sendPriorWrittenNotice(input: $input) {\n      ...SignoffNoticeFields\n    }\n  }\n': typeof types.SignoffSendNoticeDocument;
  '\n  query SignoffElectronicRecordsDisclosure($locale: String) {\n    electronicRecordsDisclosure(locale: $locale) {\n      version\n      locale\n      title\n      paragraphs\n    }\n  }\n': typeof types.SignoffElectronicRecordsDisclosureDocument;
  '\n  mutation SignoffAgreeToElectronicRecords($input: AgreeToElectronicRecordsInput!) {\n    agreeToElectronicRecords(input: $input) {\n      id\n      disclosureVersion\n      locale\n      agreedAt\n      withdrawnAt\n      current\n    }\n  }\n': typeof types.SignoffAgreeToElectronicRecordsDocument;
  '\n  query SignoffReview($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      kind\n      status\n      canDecide\n      currentVersion {\n        id\n        number\n        digest\n        frozenAt\n        pdfUrl\n        parts {\n          id\n          kind\n          position\n          content\n          excepted\n        }\n      }\n      decisions {\n        id\n        version\n        kind\n        decidedAt\n        decidedBy {\n          id\n          displayName\n        }\n      }\n    }\n    iepTeam(iepId: $iepId) {\n      iepId\n      studentFirstName\n    }\n    myElectronicRecordsConsent {\n      id\n      current\n    }\n  }\n': typeof types.SignoffReviewDocument;
  '\n  mutation SignoffMarkIepReviewed($input: MarkIepReviewedInput!) {\n    markIepReviewed(input: $input) {\n      id\n      kind\n      version\n      decidedAt\n    }\n  }\n': typeof types.SignoffMarkIepReviewedDocument;
  '\n  query SignoffDecisionIntent($decision: IepParentDecision!, $locale: String) {\n    signatureIntent(purpose: PARENT_DECISION, decision: $decision, locale: $locale) {\n      version\n      locale\n      statement\n    }\n  }\n': typeof types.SignoffDecisionIntentDocument;
  '\n  mutation SignoffDecideOnIep($input: DecideOnIepInput!) {\n    decideOnIep(input: $input) {\n      id\n      version\n      kind\n      amendmentIepId\n    }\n  }\n': typeof types.SignoffDecideOnIepDocument;
  '\n  query SignoffVersion($iepId: ID!, $version: Int!) {\n    iepVersion(iepId: $iepId, version: $version) {\n      ...SignoffVersion_version @unmask\n      acknowledgedWarnings\n      parts {\n        id\n        kind\n        position\n        content\n        excepted\n      }\n    }\n    iep(id: $iepId) {\n      id\n      kind\n      status\n      decisions {\n        ...SignoffDecision_decision\n      }\n      signatures {\n        id\n        purpose\n        version\n        digest\n        signerRole\n        typedName\n        intentStatement\n        intentStatementVersion\n        electronicRecordsDisclosureVersion\n        signedAt\n        ip\n        userAgent\n        signer {\n          id\n          displayName\n        }\n      }\n    }\n    iepTeam(iepId: $iepId) {\n      iepId\n      studentFirstName\n    }\n  }\n': typeof types.SignoffVersionDocument;
  '\n  query SignoffVerifyVersion($iepId: ID!, $version: Int!) {\n    verifyIepVersion(iepId: $iepId, version: $version) {\n      iepId\n      version\n      storedDigest\n      computedDigest\n      intact\n      checkedAt\n      signatures {\n        signatureId\n        digest\n        matches\n      }\n    }\n  }\n': typeof types.SignoffVerifyVersionDocument;
  '\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      iepId\n      user {\n        id\n        displayName\n        locale\n        role\n      }\n    }\n  }\n': typeof types.AcceptInvitationDocument;
  '\n  query IepTeam($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      kind\n      status\n    }\n    iepTeam(iepId: $iepId) {\n      iepId\n      studentFirstName\n      viewerCanManage\n      invitableRoles\n      members {\n        userId\n        ...TeamMemberItem_member\n      }\n      pendingInvitations {\n        id\n        ...PendingInvitationItem_invitation\n      }\n    }\n  }\n': typeof types.IepTeamDocument;
  '\n  mutation RemoveTeamMember($iepId: ID!, $userId: ID!) {\n    removeTeamMember(iepId: $iepId, userId: $userId)\n  }\n': typeof types.RemoveTeamMemberDocument;
  '\n  mutation RevokeInvitation($invitationId: ID!) {\n    revokeInvitation(invitationId: $invitationId)\n  }\n': typeof types.RevokeInvitationDocument;
  '\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      studentFirstName\n      inviterName\n      teamRole\n      role\n      email\n      displayName\n      needsPassword\n      expiresAt\n    }\n  }\n': typeof types.InvitationDocument;
  '\n  mutation InviteToTeam($input: InviteToTeamInput!) {\n    inviteToTeam(input: $input) {\n      id\n      email\n    }\n  }\n': typeof types.InviteToTeamDocument;
  '\n  fragment PendingInvitationItem_invitation on TeamInvitation {\n    id\n    email\n    displayName\n    role\n    teamRole\n    invitedByName\n    sentAt\n    expiresAt\n  }\n': typeof types.PendingInvitationItem_InvitationFragmentDoc;
  '\n  fragment TeamMemberItem_member on TeamMember {\n    userId\n    displayName\n    role\n    teamRole\n    invitedByName\n    expiresAt\n    isCaseManager\n    isGuardian\n  }\n': typeof types.TeamMemberItem_MemberFragmentDoc;
};
const documents: Documents = {
  '\n  query Me {\n    me {\n      id\n      displayName\n      locale\n      role\n    }\n  }\n':
    types.MeDocument,
  '\n  fragment AdminCalendar_calendar on SchoolCalendar {\n      id\n      schoolId\n      schoolName\n      schoolYear\n      firstDay\n      lastDay\n      version\n      closures {\n        id\n        kind\n        name\n        firstDay\n        lastDay\n      }\n  }\n':
    types.AdminCalendar_CalendarFragmentDoc,
  '\n  fragment AdminCalendar_change on SchoolCalendarChange {\n    calendar {\n      ...AdminCalendar_calendar\n    }\n    deadlines {\n      recomputed\n      moved\n    }\n  }\n':
    types.AdminCalendar_ChangeFragmentDoc,
  '\n  query AdminSchoolCalendars {\n    schoolCalendars {\n      ...AdminCalendar_calendar\n    }\n  }\n':
    types.AdminSchoolCalendarsDocument,
  '\n  mutation CreateSchoolCalendar($input: CreateSchoolCalendarInput!) {\n    createSchoolCalendar(input: $input) {\n      ...AdminCalendar_change\n    }\n  }\n':
    types.CreateSchoolCalendarDocument,
  '\n  mutation UpdateSchoolCalendar($input: UpdateSchoolCalendarInput!) {\n    updateSchoolCalendar(input: $input) {\n      ...AdminCalendar_change\n    }\n  }\n':
    types.UpdateSchoolCalendarDocument,
  '\n  mutation AddCalendarClosure($input: AddCalendarClosureInput!) {\n    addCalendarClosure(input: $input) {\n      ...AdminCalendar_change\n    }\n  }\n':
    types.AddCalendarClosureDocument,
  '\n  mutation UpdateCalendarClosure($input: UpdateCalendarClosureInput!) {\n    updateCalendarClosure(input: $input) {\n      ...AdminCalendar_change\n    }\n  }\n':
    types.UpdateCalendarClosureDocument,
  '\n  mutation RemoveCalendarClosure($id: ID!, $version: Int!) {\n    removeCalendarClosure(id: $id, version: $version) {\n      ...AdminCalendar_change\n    }\n  }\n':
    types.RemoveCalendarClosureDocument,
  '\n  query ReportingPeriods {\n    reportingPeriods {\n      id\n      name\n      firstDay\n      lastDay\n      version\n    }\n  }\n':
    types.ReportingPeriodsDocument,
  '\n  mutation SaveReportingPeriod($input: SaveReportingPeriodInput!) {\n    saveReportingPeriod(input: $input) {\n      period {\n        id\n        name\n        firstDay\n        lastDay\n        version\n      }\n      deadlinesWritten\n    }\n  }\n':
    types.SaveReportingPeriodDocument,
  '\n  mutation DeleteReportingPeriod($id: ID!, $version: Int!) {\n    deleteReportingPeriod(id: $id, version: $version) {\n      periodId\n      deadlinesClosed\n    }\n  }\n':
    types.DeleteReportingPeriodDocument,
  '\n  query StateRuleProfiles {\n    stateRuleProfiles {\n      code\n      name\n      inUse\n      initialEvaluationDays\n      initialEvaluationUnit\n      serviceStartSchoolDays\n      transitionAge\n      breaksStopEvaluationClock\n      breakMinimumWeekdays\n      requiresParentSignature\n      effectAfterNoticeDays\n    }\n  }\n':
    types.StateRuleProfilesDocument,
  '\n  mutation SetDistrictStateProfile($code: String!) {\n    setDistrictStateProfile(code: $code) {\n      profile {\n        code\n        inUse\n      }\n      deadlines {\n        recomputed\n        moved\n      }\n    }\n  }\n':
    types.SetDistrictStateProfileDocument,
  '\n  query UndeliveredEmails {\n    undeliveredEmails {\n      id\n      to\n      recipientName\n      subject\n      reason\n      attempts\n      createdAt\n      failedAt\n    }\n  }\n':
    types.UndeliveredEmailsDocument,
  '\n  mutation RetryEmail($id: ID!) {\n    retryEmail(id: $id)\n  }\n': types.RetryEmailDocument,
  '\n  query RosterImport($id: ID!) {\n    rosterImport(id: $id) {\n      id\n      fileName\n      status\n      mode\n      progress\n      rows\n      changeCount\n      unchanged\n      skipped\n      problemCount\n      failure\n      counts {\n        entity\n        created\n        updated\n        deactivated\n      }\n      changes {\n        entity\n        action\n        sourcedId\n        name\n      }\n      problems {\n        file\n        line\n        column\n        message\n      }\n    }\n  }\n':
    types.RosterImportDocument,
  '\n  query RosterImports {\n    rosterImports(first: 5) {\n      id\n      fileName\n      status\n      createdAt\n    }\n  }\n':
    types.RosterImportsDocument,
  '\n  mutation ApplyRosterImport($id: ID!) {\n    applyRosterImport(id: $id) {\n      id\n      status\n    }\n  }\n':
    types.ApplyRosterImportDocument,
  '\n  query RuleProfiles($locale: DeadlineLocale) {\n    stateRuleProfiles {\n      code\n      name\n      basedOn\n      version\n      inUse\n      rules {\n        initialEvaluation {\n          amount\n          unit\n        }\n        excludeBreaksFromCalendarDayCounts\n        breakExclusionMinimumWeekdays\n        firstIepMeetingDays\n        meetingNoticeDays\n        serviceStartSchoolDays\n        annualReview {\n          rule\n          months\n        }\n        reevaluation {\n          rule\n          months\n        }\n        recordsRequest {\n          amount\n          unit\n        }\n        transitionAge\n        requiresParentSignature\n        effectAfterNoticeDays\n        ageOfMajority\n      }\n      sources {\n        rule\n        citation\n        basis\n        note(locale: $locale)\n      }\n    }\n  }\n':
    types.RuleProfilesDocument,
  '\n  mutation SaveDistrictRuleProfile($input: SaveDistrictRuleProfileInput!) {\n    saveDistrictRuleProfile(input: $input) {\n      profile {\n        code\n        version\n        inUse\n      }\n      deadlines {\n        recomputed\n        moved\n      }\n    }\n  }\n':
    types.SaveDistrictRuleProfileDocument,
  '\n  query AdminSchools {\n    schools {\n      id\n      name\n    }\n  }\n': types.AdminSchoolsDocument,
  '\n  mutation CreateSchool($name: String!) {\n    createSchool(name: $name) {\n      id\n      name\n    }\n  }\n':
    types.CreateSchoolDocument,
  '\n  mutation RenameSchool($id: ID!, $name: String!) {\n    renameSchool(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n':
    types.RenameSchoolDocument,
  '\n  fragment AdminStudent_student on DistrictStudent {\n    id\n    firstName\n    lastName\n    dateOfBirth\n    grade\n    school {\n      id\n      name\n    }\n  }\n':
    types.AdminStudent_StudentFragmentDoc,
  '\n  query DistrictStudents($search: String, $schoolId: ID, $first: Int, $after: String) {\n    districtStudents(search: $search, schoolId: $schoolId, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      nodes {\n        ...AdminStudent_student @unmask\n        guardians {\n          userId\n          displayName\n          email\n          relationship\n          rightsHolder\n          active\n        }\n      }\n    }\n  }\n':
    types.DistrictStudentsDocument,
  '\n  mutation AddGuardian($input: AddGuardianInput!) {\n    addGuardian(input: $input) {\n      id\n      guardians {\n        userId\n        displayName\n        email\n        relationship\n        rightsHolder\n        active\n      }\n    }\n  }\n':
    types.AddGuardianDocument,
  '\n  mutation RemoveGuardian($studentId: ID!, $userId: ID!) {\n    removeGuardian(studentId: $studentId, userId: $userId) {\n      id\n      guardians {\n        userId\n        displayName\n        email\n        relationship\n        rightsHolder\n        active\n      }\n    }\n  }\n':
    types.RemoveGuardianDocument,
  '\n  mutation SetGuardianRights($input: SetGuardianRightsInput!) {\n    setGuardianRights(input: $input) {\n      id\n      guardians {\n        userId\n        displayName\n        email\n        relationship\n        rightsHolder\n        active\n      }\n    }\n  }\n':
    types.SetGuardianRightsDocument,
  '\n  mutation CreateStudent($input: CreateStudentInput!) {\n    createStudent(input: $input) {\n      id\n    }\n  }\n':
    types.CreateStudentDocument,
  '\n  mutation UpdateStudent($input: UpdateStudentInput!) {\n    updateStudent(input: $input) {\n      ...AdminStudent_student @unmask\n    }\n  }\n':
    types.UpdateStudentDocument,
  '\n  query DistrictUsers($filter: DistrictUsersFilter, $first: Int, $after: String) {\n    districtUsers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      nodes {\n        id\n        email\n        displayName\n        role\n        specialty\n        locale\n        active\n        passwordSet\n      }\n    }\n  }\n':
    types.DistrictUsersDocument,
  '\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n':
    types.DeactivateUserDocument,
  '\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n':
    types.ReactivateUserDocument,
  '\n  mutation CreateStaffUser($input: CreateStaffUserInput!) {\n    createStaffUser(input: $input) {\n      id\n      displayName\n    }\n  }\n':
    types.CreateStaffUserDocument,
  '\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      displayName\n      role\n      specialty\n      locale\n    }\n  }\n':
    types.UpdateUserDocument,
  '\n  fragment CaseloadStudentCard_row on CaseloadStudent {\n    student {\n      id\n      firstName\n      lastName\n      grade\n      schoolName\n    }\n    caseManager {\n      id\n      displayName\n    }\n    managed\n    currentIepId\n    overdueCount\n    nextDeadlines {\n      id\n      kind\n      status\n      dueDate\n    }\n    waiting {\n      threadsAssigned\n      proposalsToDecide\n      noticesToSend\n      iepId\n    }\n  }\n':
    types.CaseloadStudentCard_RowFragmentDoc,
  '\n  query CaseManagers {\n    caseManagers {\n      id\n      displayName\n    }\n    students {\n      id\n      firstName\n      lastName\n    }\n  }\n':
    types.CaseManagersDocument,
  '\n  query DistrictCaseload($caseManagerId: ID!) {\n    caseload(caseManagerId: $caseManagerId) {\n      owner {\n        id\n        displayName\n      }\n      students {\n        student {\n          id\n          firstName\n          lastName\n          schoolName\n        }\n        overdueCount\n      }\n    }\n  }\n':
    types.DistrictCaseloadDocument,
  '\n  mutation AssignCaseload($input: AssignCaseloadInput!) {\n    assignCaseload(input: $input) {\n      owner {\n        id\n      }\n    }\n  }\n':
    types.AssignCaseloadDocument,
  '\n  mutation TransferCaseload($input: TransferCaseloadInput!) {\n    transferCaseload(input: $input) {\n      owner {\n        id\n      }\n    }\n  }\n':
    types.TransferCaseloadDocument,
  '\n  query MyCaseload {\n    myCaseload {\n      owner {\n        id\n        displayName\n      }\n      students {\n        student {\n          id\n        }\n        ...CaseloadStudentCard_row\n      }\n    }\n  }\n':
    types.MyCaseloadDocument,
  '\n  query StudentPage($studentId: ID!) {\n    student(id: $studentId) {\n      id\n      firstName\n      lastName\n      grade\n      schoolName\n      dateOfBirth\n      ieps {\n        id\n        kind\n        status\n        meetingDate\n        startDate\n        annualReviewDue\n        caseManager {\n          id\n          displayName\n        }\n        versions {\n          id\n          number\n          proposedOn\n          pdfUrl\n        }\n      }\n    }\n    studentDeadlines(studentId: $studentId) {\n      id\n      kind\n      status\n      dueDate\n      metOn\n      closedOn\n      closedReason\n    }\n    studentRights(studentId: $studentId) {\n      studentId\n      majority {\n        ...MajorityStatus_majority @unmask\n      }\n      consentRevocation {\n        id\n        ...ServicesStatus_revocation @unmask\n      }\n    }\n  }\n':
    types.StudentPageDocument,
  '\n  query StudentPageTeam($iepId: ID!) {\n    iepTeam(iepId: $iepId) {\n      iepId\n      members {\n        userId\n        displayName\n        teamRole\n      }\n    }\n  }\n':
    types.StudentPageTeamDocument,
  '\n  query ComplianceDashboard($filter: ComplianceFilterInput, $first: Int!, $after: String, $locale: DeadlineLocale) {\n    complianceDashboard(filter: $filter) {\n      today\n      familiesWithoutSafeguards {\n        studentId\n        studentName\n        schoolName\n        lastReceivedOn\n      }\n      totals {\n        upcoming\n        dueThisWeek\n        overdue\n        metOnTime\n        metLate\n      }\n      byKind {\n        kind\n        counts {\n          upcoming\n          dueThisWeek\n          overdue\n          metOnTime\n          metLate\n        }\n      }\n      bySchool {\n        groupId: id\n        name\n        counts {\n          upcoming\n          dueThisWeek\n          overdue\n          metOnTime\n          metLate\n        }\n      }\n      schoolCount\n      byCaseManager {\n        groupId: id\n        name\n        counts {\n          upcoming\n          dueThisWeek\n          overdue\n          metOnTime\n          metLate\n        }\n      }\n      upcomingWeeks {\n        startDate\n        endDate\n        total\n        byKind {\n          kind\n          count\n        }\n      }\n      overdue(first: $first, after: $after) {\n        hasNextPage\n        endCursor\n        nodes {\n          id\n          kind\n          studentId\n          studentName\n          iepId\n          schoolName\n          caseManagerName\n          dueDate\n          daysOverdue\n          explanation(locale: $locale)\n          estimated\n        }\n      }\n    }\n  }\n':
    types.ComplianceDashboardDocument,
  '\n  query ComplianceFilterOptions($schoolId: ID) {\n    complianceDashboard(filter: { schoolId: $schoolId }) {\n      filterOptions {\n        schools {\n          id\n          name\n        }\n        caseManagers {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.ComplianceFilterOptionsDocument,
  '\n  query IepComments($iepId: ID!, $partId: ID!) {\n    iep(id: $iepId) {\n      id\n      mentionablePeople {\n        id\n        displayName\n      }\n      commentThreads(partId: $partId) {\n        id\n        partId\n        quote\n        createdAt\n        resolvedAt\n        createdBy {\n          id\n          displayName\n        }\n        assignee {\n          id\n          displayName\n        }\n        resolvedBy {\n          id\n          displayName\n        }\n        comments {\n          id\n          threadId\n          body\n          createdAt\n          author {\n            id\n            displayName\n          }\n          mentions {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n':
    types.IepCommentsDocument,
  '\n  mutation StartIepCommentThread($input: StartIepCommentThreadInput!) {\n    startIepCommentThread(input: $input) {\n      id\n    }\n  }\n':
    types.StartIepCommentThreadDocument,
  '\n  mutation ReplyToIepCommentThread($input: ReplyToIepCommentThreadInput!) {\n    replyToIepCommentThread(input: $input) {\n      id\n    }\n  }\n':
    types.ReplyToIepCommentThreadDocument,
  '\n  mutation AssignIepCommentThread($input: AssignIepCommentThreadInput!) {\n    assignIepCommentThread(input: $input) {\n      id\n      assignee {\n        id\n        displayName\n      }\n    }\n  }\n':
    types.AssignIepCommentThreadDocument,
  '\n  mutation ResolveIepCommentThread($threadId: ID!) {\n    resolveIepCommentThread(threadId: $threadId) {\n      id\n      resolvedAt\n      resolvedBy {\n        id\n        displayName\n      }\n    }\n  }\n':
    types.ResolveIepCommentThreadDocument,
  '\n  mutation ReopenIepCommentThread($threadId: ID!) {\n    reopenIepCommentThread(threadId: $threadId) {\n      id\n      resolvedAt\n      resolvedBy {\n        id\n        displayName\n      }\n    }\n  }\n':
    types.ReopenIepCommentThreadDocument,
  '\n  fragment IepPartDiffFields on IepPartDiff {\n    partId\n    kind\n    fromVersion\n    toVersion\n    fields {\n      field\n      segments {\n        kind\n        text\n      }\n    }\n  }\n':
    types.IepPartDiffFieldsFragmentDoc,
  '\n  query IepPartRevisions($partId: ID!, $first: Int!, $after: String) {\n    iepPartRevisions(partId: $partId, first: $first, after: $after) {\n      nodes {\n        id\n        partId\n        version\n        change\n        createdAt\n        suggestionId\n        author {\n          id\n          displayName\n        }\n      }\n      hasMore\n      endCursor\n    }\n  }\n':
    types.IepPartRevisionsDocument,
  '\n  query IepPartDiff($partId: ID!, $fromVersion: Int!, $toVersion: Int!) {\n    iepPartDiff(partId: $partId, fromVersion: $fromVersion, toVersion: $toVersion) {\n      ...IepPartDiffFields @unmask\n    }\n  }\n':
    types.IepPartDiffDocument,
  '\n  mutation ShareIepWithFamily($iepId: ID!) {\n    shareIepWithFamily(iepId: $iepId) {\n      id\n      sharedWithFamilyAt\n    }\n  }\n':
    types.ShareIepWithFamilyDocument,
  '\n  query IepPage($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      kind\n      status\n      studentId\n      derivedFromIepId\n      sharedWithFamilyAt\n      canEdit\n      canAddParts\n      canSuggest\n      canDecideSuggestions\n      canComment\n      canDecide\n      studentFirstName\n      caseManager {\n        id\n        displayName\n      }\n      parts {\n        id\n        iepId\n        kind\n        position\n        content\n        version\n        unchangedSinceLastYear\n        updatedAt\n        changedSinceMyLastView\n        threadCount\n        openThreadCount\n        updatedBy {\n          id\n          displayName\n        }\n        assignee {\n          id\n          displayName\n        }\n        viewerCanEdit\n      }\n      qualityChecks {\n        code\n        severity\n        partId\n        message\n      }\n      suggestions {\n        id\n        iepId\n        partId\n        partKind\n        baseVersion\n        proposedContent\n        rationale\n        status\n        createdAt\n        decidedAt\n        decisionReason\n        proposer {\n          id\n          displayName\n        }\n        decidedBy {\n          id\n          displayName\n        }\n        diff {\n          ...IepPartDiffFields @unmask\n        }\n      }\n    }\n  }\n':
    types.IepPageDocument,
  '\n  query IepAssignableTeam($iepId: ID!) {\n    iepTeam(iepId: $iepId) {\n      iepId\n      members {\n        userId\n        displayName\n        role\n      }\n    }\n  }\n':
    types.IepAssignableTeamDocument,
  '\n  query IepThreadCounts($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      parts {\n        id\n        threadCount\n        openThreadCount\n      }\n    }\n  }\n':
    types.IepThreadCountsDocument,
  '\n  query IepViewers($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      viewers {\n        partId\n        editing\n        since\n        person {\n          id\n          displayName\n        }\n      }\n    }\n  }\n':
    types.IepViewersDocument,
  '\n  query IepChangesSinceLastView($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      changesSinceMyLastView {\n        lastViewedAt\n        parts {\n          ...IepPartDiffFields @unmask\n        }\n      }\n    }\n  }\n':
    types.IepChangesSinceLastViewDocument,
  '\n  mutation MarkIepViewed($iepId: ID!) {\n    markIepViewed(iepId: $iepId) {\n      id\n    }\n  }\n':
    types.MarkIepViewedDocument,
  '\n  mutation AddIepPart($input: AddIepPartInput!) {\n    addIepPart(input: $input) {\n      id\n    }\n  }\n':
    types.AddIepPartDocument,
  '\n  mutation AssignIepPart($input: AssignIepPartInput!) {\n    assignIepPart(input: $input) {\n      id\n      assignee {\n        id\n        displayName\n      }\n      viewerCanEdit\n    }\n  }\n':
    types.AssignIepPartDocument,
  '\n  mutation SaveIepPart($input: SaveIepPartInput!) {\n    saveIepPart(input: $input) {\n      id\n      content\n      version\n      unchangedSinceLastYear\n      updatedAt\n      updatedBy {\n        id\n        displayName\n      }\n    }\n  }\n':
    types.SaveIepPartDocument,
  '\n  mutation RemoveIepPart($input: RemoveIepPartInput!) {\n    removeIepPart(input: $input) {\n      id\n    }\n  }\n':
    types.RemoveIepPartDocument,
  '\n  mutation ProposeIepChange($input: ProposeIepChangeInput!) {\n    proposeIepChange(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.ProposeIepChangeDocument,
  '\n  query IepConsentRevocation($studentId: ID!) {\n    studentRights(studentId: $studentId) {\n      studentId\n      consentRevocation {\n        id\n        revokedOn\n        status\n        servicesEndOn\n      }\n    }\n  }\n':
    types.IepConsentRevocationDocument,
  '\n  mutation StartIep($input: StartIepInput!) {\n    startIep(input: $input) {\n      id\n    }\n  }\n':
    types.StartIepDocument,
  '\n  mutation AcceptIepSuggestion($input: AcceptIepSuggestionInput!) {\n    acceptIepSuggestion(input: $input) {\n      id\n      status\n      decidedAt\n      decisionReason\n      decidedBy {\n        id\n        displayName\n      }\n    }\n  }\n':
    types.AcceptIepSuggestionDocument,
  '\n  mutation RejectIepSuggestion($input: RejectIepSuggestionInput!) {\n    rejectIepSuggestion(input: $input) {\n      id\n      status\n      decidedAt\n      decisionReason\n      decidedBy {\n        id\n        displayName\n      }\n    }\n  }\n':
    types.RejectIepSuggestionDocument,
  '\n  mutation WithdrawIepSuggestion($suggestionId: ID!) {\n    withdrawIepSuggestion(suggestionId: $suggestionId) {\n      id\n      status\n    }\n  }\n':
    types.WithdrawIepSuggestionDocument,
  '\n  subscription IepActivity($iepId: ID!) {\n    iepActivity(iepId: $iepId) {\n      iepId\n      kind\n      subjectId\n      actorId\n      at\n    }\n  }\n':
    types.IepActivityDocument,
  '\n  mutation ReportIepPresence($input: ReportIepPresenceInput!) {\n    reportIepPresence(input: $input)\n  }\n':
    types.ReportIepPresenceDocument,
  '\n  mutation LeaveIep($iepId: ID!) {\n    leaveIep(iepId: $iepId)\n  }\n': types.LeaveIepDocument,
  '\n  query StudentAccessRecord($studentId: ID!, $before: String, $actorId: ID, $event: String) {\n    student(id: $studentId) {\n      id\n      firstName\n      lastName\n    }\n    studentAccessRecord(studentId: $studentId, first: 50, before: $before, actorId: $actorId, event: $event) {\n      totalCount\n      nextCursor\n      actors {\n        id\n        name\n        role\n      }\n      events\n      entries {\n        id\n        occurredAt\n        firstOccurredAt\n        count\n        actorName\n        actorRole\n        event\n      }\n    }\n  }\n':
    types.StudentAccessRecordDocument,
  '\n  fragment IepItem_iep on Iep {\n    id\n    kind\n    status\n    canDecide\n    meetingDate\n    startDate\n    annualReviewDue\n    caseManager {\n      id\n      displayName\n    }\n  }\n':
    types.IepItem_IepFragmentDoc,
  '\n  fragment StudentCard_student on Student {\n    id\n    firstName\n    lastName\n    grade\n    schoolName\n    canStartIep\n    activeIepId\n    ieps {\n      id\n      ...IepItem_iep\n    }\n  }\n':
    types.StudentCard_StudentFragmentDoc,
  '\n  query Students {\n    students {\n      id\n      ...StudentCard_student\n    }\n  }\n':
    types.StudentsDocument,
  '\n  mutation SignConsentToEvaluate($input: SignConsentToEvaluateInput!) {\n    signConsentToEvaluate(input: $input) {\n      studentId\n    }\n  }\n':
    types.SignConsentToEvaluateDocument,
  '\n  fragment EvaluationDeadline_deadline on EvaluationDeadline {\n    kind\n    eventDate\n    dueDate\n    metOn\n    status\n    closedOn\n    closedReason\n    explanation\n    estimated\n  }\n':
    types.EvaluationDeadline_DeadlineFragmentDoc,
  '\n  query StudentEvaluations($studentId: ID!) {\n    studentEvaluations(studentId: $studentId) {\n      studentId\n      studentName\n      lastEvaluatedOn\n      earliestReevaluationOn\n      mayRefer\n      mayRecord\n      mayConsent\n      mayReport\n      reportableAreas\n      consentStatement\n      consentIntentVersion\n      assessorOptions {\n        id\n        displayName\n      }\n      reevaluationDeadline {\n        ...EvaluationDeadline_deadline\n      }\n      reevaluationAgreements {\n        id\n        agreedOn\n        parentName\n        note\n        recordedByName\n      }\n      evaluations {\n        id\n        kind\n        stage\n        referralSource\n        referredOn\n        referralReason\n        referredByName\n        agreedWithinYear\n        consentOn\n        consentMethod\n        consentSignedName\n        delayReason\n        delayAgreedCompletionOn\n        delayNote\n        childProducedOn\n        determinedOn\n        eligible\n        disabilityCategory\n        determinationSummary\n        initialIepId\n        plan {\n          area\n          assessorId\n          assessorName\n          report {\n            id\n            authorName\n            completedOn\n            summary\n            fileName\n            fileSize\n            fileUrl\n          }\n        }\n        deadlines {\n          ...EvaluationDeadline_deadline\n        }\n        notice {\n          id\n          action\n          sentAt\n          actionDescription\n          explanation\n          evaluationBasis\n          proceduralSafeguards\n          sourcesForAssistance\n          optionsConsidered\n          otherFactors\n        }\n      }\n    }\n  }\n':
    types.StudentEvaluationsDocument,
  '\n  mutation AgreeReevaluationNotNeeded($input: AgreeReevaluationNotNeededInput!) {\n    agreeReevaluationNotNeeded(input: $input) {\n      studentId\n    }\n  }\n':
    types.AgreeReevaluationNotNeededDocument,
  '\n  mutation ReferForEvaluation($input: ReferForEvaluationInput!) {\n    referForEvaluation(input: $input) {\n      studentId\n    }\n  }\n':
    types.ReferForEvaluationDocument,
  '\n  mutation RecordPaperConsentToEvaluate($input: RecordPaperConsentInput!) {\n    recordPaperConsentToEvaluate(input: $input) {\n      studentId\n    }\n  }\n':
    types.RecordPaperConsentToEvaluateDocument,
  '\n  mutation PlanEvaluation($input: PlanEvaluationInput!) {\n    planEvaluation(input: $input) {\n      studentId\n    }\n  }\n':
    types.PlanEvaluationDocument,
  '\n  mutation SubmitEvaluationReport($input: SubmitEvaluationReportInput!) {\n    submitEvaluationReport(input: $input) {\n      studentId\n    }\n  }\n':
    types.SubmitEvaluationReportDocument,
  '\n  mutation RecordEvaluationDelay($input: RecordEvaluationDelayInput!) {\n    recordEvaluationDelay(input: $input) {\n      studentId\n    }\n  }\n':
    types.RecordEvaluationDelayDocument,
  '\n  mutation RecordChildProduced($input: RecordChildProducedInput!) {\n    recordChildProduced(input: $input) {\n      studentId\n    }\n  }\n':
    types.RecordChildProducedDocument,
  '\n  mutation DetermineEligibility($input: DetermineEligibilityInput!) {\n    determineEligibility(input: $input) {\n      studentId\n    }\n  }\n':
    types.DetermineEligibilityDocument,
  '\n  mutation StartInitialIepFromEvaluation($evaluationId: ID!) {\n    startInitialIepFromEvaluation(evaluationId: $evaluationId) {\n      studentId\n    }\n  }\n':
    types.StartInitialIepFromEvaluationDocument,
  '\n  mutation RecordMeetingAttendance($input: RecordMeetingAttendanceInput!) {\n    recordMeetingAttendance(input: $input) {\n      id\n    }\n  }\n':
    types.RecordMeetingAttendanceDocument,
  '\n  mutation MarkMeetingHeld($meetingId: ID!, $version: Int!) {\n    markMeetingHeld(meetingId: $meetingId, version: $version) {\n      id\n    }\n  }\n':
    types.MarkMeetingHeldDocument,
  '\n  mutation CancelIepMeeting($meetingId: ID!, $reason: String!) {\n    cancelIepMeeting(meetingId: $meetingId, reason: $reason) {\n      id\n    }\n  }\n':
    types.CancelIepMeetingDocument,
  '\n  mutation RequestMeetingExcusal($input: RequestMeetingExcusalInput!) {\n    requestMeetingExcusal(input: $input) {\n      id\n    }\n  }\n':
    types.RequestMeetingExcusalDocument,
  '\n  fragment MeetingPage_meeting on IepMeeting {\n    id\n    purpose\n    status\n    startsAt\n    timeZone\n    localDate\n    localTime\n    durationMinutes\n    location\n    callIn\n    noticeSentAt\n    noticeDays\n    shortNoticeAgreed\n    notes\n    version\n    cancelReason\n    viewerCanManage\n    viewerIsRightsHolder\n    noticeDeadline {\n      id\n      dueDate\n      metOn\n    }\n    viewerInvitation {\n      userId\n      response\n    }\n    studentFirstName\n    viewerCanSeeIep\n    viewerCanSignAttendance\n    discussesTransition\n    calendarInvitation\n    requiredMembers {\n      member\n      state\n    }\n    attendanceSignatures {\n      userId\n      name\n      role\n      signedAt\n    }\n    invitees {\n      userId\n      displayName\n      teamRole\n      isGuardian\n      response\n      message\n      proposedTimes\n    }\n    attendance {\n      id\n      userId\n      name\n      capacity\n      status\n      writtenInputSubmitted\n      interpretsEvaluations\n      excusalRequestedAt\n      excusalReason\n      parentAgreedByName\n      parentAgreedAt\n      districtAgreedByName\n      districtAgreedAt\n    }\n  }\n':
    types.MeetingPage_MeetingFragmentDoc,
  '\n  query IepMeetingPage($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      kind\n      status\n      meetings {\n        ...MeetingPage_meeting\n      }\n    }\n    iepTeam(iepId: $iepId) {\n      iepId\n      studentFirstName\n      viewerCanManage\n      members {\n        userId\n        displayName\n        teamRole\n        isGuardian\n      }\n    }\n  }\n':
    types.IepMeetingPageDocument,
  '\n  query IepMeetingOne($meetingId: ID!) {\n    iepMeeting(id: $meetingId) {\n      ...MeetingPage_meeting\n    }\n  }\n':
    types.IepMeetingOneDocument,
  '\n  mutation AgreeToMeetingExcusal($attendanceId: ID!) {\n    agreeToMeetingExcusal(attendanceId: $attendanceId) {\n      id\n    }\n  }\n':
    types.AgreeToMeetingExcusalDocument,
  '\n  mutation SaveMeetingNotes($meetingId: ID!, $version: Int!, $notes: String!) {\n    saveMeetingNotes(meetingId: $meetingId, version: $version, notes: $notes) {\n      id\n    }\n  }\n':
    types.SaveMeetingNotesDocument,
  '\n  mutation RescheduleIepMeeting($input: RescheduleIepMeetingInput!) {\n    rescheduleIepMeeting(input: $input) {\n      id\n    }\n  }\n':
    types.RescheduleIepMeetingDocument,
  '\n  mutation RespondToIepMeeting($input: RespondToIepMeetingInput!) {\n    respondToIepMeeting(input: $input) {\n      id\n    }\n  }\n':
    types.RespondToIepMeetingDocument,
  '\n  mutation ScheduleIepMeeting($input: ScheduleIepMeetingInput!) {\n    scheduleIepMeeting(input: $input) {\n      id\n    }\n  }\n':
    types.ScheduleIepMeetingDocument,
  '\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n':
    types.UnreadNotificationCountDocument,
  '\n  query BellNotifications($first: Int!) {\n    notifications(first: $first) {\n      id\n      kind\n      title\n      body\n      link\n      createdAt\n      readAt\n    }\n  }\n':
    types.BellNotificationsDocument,
  '\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n':
    types.MarkNotificationsReadDocument,
  '\n  fragment NotificationSettings_preference on NotificationPreference {\n    reminderKind\n    deadlineKind\n    email\n    inApp\n  }\n':
    types.NotificationSettings_PreferenceFragmentDoc,
  '\n  query MyNotificationPreferences {\n    myNotificationPreferences {\n      ...NotificationSettings_preference @unmask\n    }\n  }\n':
    types.MyNotificationPreferencesDocument,
  '\n  mutation UpdateMyNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateMyNotificationPreferences(input: $input) {\n      ...NotificationSettings_preference @unmask\n    }\n  }\n':
    types.UpdateMyNotificationPreferencesDocument,
  '\n  mutation SetMyLanguage($language: String!) {\n    setMyLanguage(language: $language) {\n      id\n      locale\n    }\n  }\n':
    types.SetMyLanguageDocument,
  '\n  subscription MyNotificationEvents {\n    myNotificationEvents {\n      at\n    }\n  }\n':
    types.MyNotificationEventsDocument,
  '\n  fragment ProgressGoal_measure on GoalMeasure {\n    kind\n    baseline\n    target\n    targetDate\n    unit\n    trials\n    scaleMin\n    scaleMax\n    wholeNumbers\n  }\n':
    types.ProgressGoal_MeasureFragmentDoc,
  '\n  fragment ProgressGoal_point on GoalDataPoint {\n    id\n    value\n    observedOn\n    setting\n    note\n    version\n    recordedBy {\n      id\n      displayName\n    }\n  }\n':
    types.ProgressGoal_PointFragmentDoc,
  '\n  fragment ProgressGoal_chart on GoalProgress {\n    partId\n    area\n    annualGoal\n    aimStartDate\n    measure {\n      ...ProgressGoal_measure @unmask\n    }\n    points {\n      ...ProgressGoal_point @unmask\n    }\n    trend {\n      slopePerWeek\n      projectedAtTargetDate\n      fromDate\n      fromValue\n      toDate\n      toValue\n      pointsUsed\n    }\n    flags {\n      rule\n      windowStart\n      windowEnd\n      acknowledgment {\n        id\n        note\n        acknowledgedAt\n        acknowledgedBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n':
    types.ProgressGoal_ChartFragmentDoc,
  '\n  query IepProgress($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      studentFirstName\n      status\n    }\n    iepProgress(iepId: $iepId) {\n      needsMeasure\n      viewerCanRecord\n      ...ProgressGoal_chart @unmask\n    }\n  }\n':
    types.IepProgressDocument,
  '\n  mutation RecordGoalDataPoint($input: RecordGoalDataPointInput!) {\n    recordGoalDataPoint(input: $input) {\n      partId\n      ...ProgressGoal_point @unmask\n    }\n  }\n':
    types.RecordGoalDataPointDocument,
  '\n  mutation AcknowledgeGoalFlag($input: AcknowledgeGoalFlagInput!) {\n    acknowledgeGoalFlag(input: $input) {\n      partId\n      flags {\n        rule\n        acknowledgment {\n          id\n          note\n        }\n      }\n    }\n  }\n':
    types.AcknowledgeGoalFlagDocument,
  '\n  query IepProgressReports($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      studentFirstName\n    }\n    iepProgressReports(iepId: $iepId) {\n      id\n      status\n      dueDate\n      digest\n      sentAt\n      sentBy {\n        id\n        displayName\n      }\n      readAt\n      readBy {\n        id\n        displayName\n      }\n      viewerCanSend\n      viewerCanConfirmRead\n      pdfUrl\n      period {\n        id\n        name\n        firstDay\n        lastDay\n      }\n      entries {\n        partId\n        code\n        narrative\n        version\n        viewerCanWrite\n        updatedBy {\n          id\n          displayName\n        }\n        questions {\n          id\n          body\n          createdAt\n          author {\n            id\n            displayName\n          }\n        }\n        progress {\n          ...ProgressGoal_chart @unmask\n        }\n      }\n    }\n  }\n':
    types.IepProgressReportsDocument,
  '\n  mutation SaveProgressReportEntry($input: SaveProgressReportEntryInput!) {\n    saveProgressReportEntry(input: $input) {\n      partId\n      code\n      narrative\n      version\n    }\n  }\n':
    types.SaveProgressReportEntryDocument,
  '\n  mutation SendProgressReport($iepId: ID!, $periodId: ID!) {\n    sendProgressReport(iepId: $iepId, periodId: $periodId) {\n      id\n      status\n      digest\n    }\n  }\n':
    types.SendProgressReportDocument,
  '\n  mutation MarkProgressReportRead($reportId: ID!) {\n    markProgressReportRead(reportId: $reportId) {\n      id\n      readAt\n      viewerCanConfirmRead\n    }\n  }\n':
    types.MarkProgressReportReadDocument,
  '\n  mutation AskProgressReportQuestion($input: AskProgressReportQuestionInput!) {\n    askProgressReportQuestion(input: $input) {\n      id\n      body\n    }\n  }\n':
    types.AskProgressReportQuestionDocument,
  '\n  query ProgressCaseload {\n    myProgressCaseload {\n      iepId\n      studentId\n      studentName\n      goals {\n        partId\n        area\n        viewerCanRecord\n        measure {\n          ...ProgressGoal_measure @unmask\n        }\n        flags {\n          rule\n          acknowledgment {\n            id\n          }\n        }\n      }\n    }\n  }\n':
    types.ProgressCaseloadDocument,
  '\n  mutation RevokeConsentForServices($input: RevokeConsentForServicesInput!) {\n    revokeConsentForServices(input: $input) {\n      studentId\n    }\n  }\n':
    types.RevokeConsentForServicesDocument,
  '\n  fragment ServicesStatus_revocation on ConsentRevocation {\n    status\n    servicesEndOn\n  }\n':
    types.ServicesStatus_RevocationFragmentDoc,
  '\n  fragment RevocationStatus_revocation on ConsentRevocation {\n    revokedOn\n    revokedByName\n    reason\n    noticeStatus\n    noticePdfUrl\n    ...ServicesStatus_revocation @unmask\n  }\n':
    types.RevocationStatus_RevocationFragmentDoc,
  '\n  mutation SetServicesEndAfterRevocation($input: SetServicesEndInput!) {\n    setServicesEndAfterRevocation(input: $input) {\n      studentId\n    }\n  }\n':
    types.SetServicesEndAfterRevocationDocument,
  '\n  fragment MajorityStatus_majority on MajorityRights {\n    standing\n    ageOfMajority\n    citation\n    majorityOn\n    transferredOn\n    guardianshipOn\n    transferNoticeDue\n  }\n':
    types.MajorityStatus_MajorityFragmentDoc,
  '\n  mutation RecordAdultGuardianship($input: RecordAdultGuardianshipInput!) {\n    recordAdultGuardianship(input: $input) {\n      studentId\n    }\n  }\n':
    types.RecordAdultGuardianshipDocument,
  '\n  query StudentRecordsRequests($studentId: ID!) {\n    studentRecordsRequests(studentId: $studentId) {\n      ...StudentRecords_requests @unmask\n    }\n  }\n  fragment StudentRecords_requests on StudentRecordsRequests {\n    studentId\n    studentFirstName\n    viewerCanRequest\n    viewerCanPrepare\n    requests {\n      id\n      status\n      requestedOn\n      requestedByName\n      note\n      dueDate\n      dueExplanation\n      dueBeforeMeeting\n      metOn\n      preparedAt\n      preparedByName\n      exportBytes\n      exportSha256\n      fileCount\n      deliveredAt\n      deliveredToName\n      downloadUrl\n    }\n  }\n':
    types.StudentRecordsRequestsDocument,
  '\n  mutation RequestRecords($input: RequestRecordsInput!) {\n    requestRecords(input: $input) {\n      ...StudentRecords_requests @unmask\n    }\n  }\n':
    types.RequestRecordsDocument,
  '\n  mutation PrepareRecordsExport($input: PrepareRecordsExportInput!) {\n    prepareRecordsExport(input: $input) {\n      ...StudentRecords_requests @unmask\n    }\n  }\n':
    types.PrepareRecordsExportDocument,
  '\n  query StudentRights($studentId: ID!) {\n    studentRights(studentId: $studentId) {\n      studentId\n      studentFirstName\n      safeguardsLastReceivedOn\n      safeguardsGivenThisYear\n      viewerCanRecord\n      viewerCanRevoke\n      revocationIntent\n      revocationIntentVersion\n      majority {\n        ...MajorityStatus_majority @unmask\n        guardianshipNote\n      }\n      consentRevocation {\n        id\n        ...RevocationStatus_revocation @unmask\n      }\n      safeguardsDeliveries {\n        id\n        recipientName\n        occasion\n        channel\n        locale\n        deliveredOn\n        recordedByName\n      }\n    }\n  }\n':
    types.StudentRightsDocument,
  '\n  mutation RecordSafeguardsDelivery($input: RecordSafeguardsDeliveryInput!) {\n    recordSafeguardsDelivery(input: $input) {\n      studentId\n      safeguardsLastReceivedOn\n      safeguardsGivenThisYear\n    }\n  }\n':
    types.RecordSafeguardsDeliveryDocument,
  '\n  mutation PlanCompensatoryMinutes($input: PlanCompensatoryMinutesInput!) {\n    planCompensatoryMinutes(input: $input) {\n      owed\n      planned\n      delivered\n    }\n  }\n':
    types.PlanCompensatoryMinutesDocument,
  '\n  query GroupSessionServices {\n    myGroupSessionServices {\n      serviceId\n      iepId\n      studentName\n      category\n      description\n      minutes\n      startDate\n      endDate\n      location\n      goals {\n        id\n        area\n        scaleMin\n        scaleMax\n        wholeNumbers\n        viewerCanRecord\n      }\n    }\n  }\n':
    types.GroupSessionServicesDocument,
  '\n  mutation RecordGroupSession($input: RecordGroupSessionInput!) {\n    recordGroupSession(input: $input) {\n      replayed\n      dataPoints\n      sessions {\n        id\n      }\n    }\n  }\n':
    types.RecordGroupSessionDocument,
  '\n  query IepServicesPage($iepId: ID!) {\n    iepTeam(iepId: $iepId) {\n      iepId\n      studentFirstName\n    }\n    iepServiceDelivery(iepId: $iepId) {\n      serviceId\n      description\n      providerRole\n      minutes\n      frequency\n      startDate\n      endDate\n      location\n      providerName\n      viewerCanRecord\n      requiredIsEstimate\n      underDelivered\n      compensatoryBalance\n      compensatory {\n        owed\n        planned\n        delivered\n        plans {\n          id\n          date\n          minutes\n          fulfilledBySessionId\n        }\n      }\n      goals {\n        id\n        area\n      }\n      toDate {\n        required\n        delivered\n        excused\n        missedBySchool\n        madeUp\n      }\n      lastFourWeeks {\n        required\n        delivered\n      }\n      weeks {\n        weekStart\n        schoolDays\n        required\n        delivered\n        excused\n        missedBySchool\n        madeUp\n      }\n      sessions {\n        id\n        date\n        minutes\n        groupSize\n        status\n        providerName\n      }\n    }\n  }\n':
    types.IepServicesPageDocument,
  '\n  mutation RecordServiceSession($input: RecordServiceSessionInput!) {\n    recordServiceSession(input: $input) {\n      id\n    }\n  }\n':
    types.RecordServiceSessionDocument,
  '\n  query ServiceDeliveryDashboardPage($filter: ServiceDeliveryFilterInput) {\n    serviceDeliveryDashboard(filter: $filter) {\n      asOf\n      services\n      underDelivered\n      compensatoryOwed\n      groups {\n        dimension\n        key\n        label\n        services\n        underDelivered\n        compensatoryOwed\n      }\n      rows {\n        serviceId\n        iepId\n        studentName\n        schoolName\n        providerName\n        category\n        description\n        required\n        delivered\n        compensatoryBalance\n        compensatoryPlanned\n        underDelivered\n      }\n    }\n  }\n':
    types.ServiceDeliveryDashboardPageDocument,
  '\n  query ChangePasswordAccount {\n    me {\n      id\n      email\n      displayName\n    }\n  }\n':
    types.ChangePasswordAccountDocument,
  '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n':
    types.ChangePasswordDocument,
  '\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n':
    types.RequestPasswordResetDocument,
  '\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n':
    types.ResetPasswordDocument,
  '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        displayName\n        locale\n        role\n      }\n    }\n  }\n':
    types.SignInDocument,
  '\n  mutation SignOut {\n    signOut\n  }\n': types.SignOutDocument,
  '\n  query SignoffAmendmentChanges($iepId: ID!) {\n    iepVersionDiff(iepId: $iepId) {\n      fromIepId\n      fromVersion\n      toIepId\n      toVersion\n      parts {\n        kind\n        change\n        fromPartId\n        toPartId\n        fields {\n          field\n          segments {\n            kind\n            text\n          }\n        }\n      }\n    }\n    iep(id: $iepId) {\n      id\n      kind\n      status\n      parts {\n        id\n        kind\n        position\n        content\n      }\n    }\n    iepTeam(iepId: $iepId) {\n      iepId\n      studentFirstName\n    }\n  }\n':
    types.SignoffAmendmentChangesDocument,
  '\n  query SignoffAttendanceIntent($locale: String) {\n    signatureIntent(purpose: ATTENDANCE, locale: $locale) {\n      version\n      locale\n      statement\n    }\n  }\n':
    types.SignoffAttendanceIntentDocument,
  '\n  mutation SignoffSignIepAttendance($input: SignIepAttendanceInput!) {\n    signIepAttendance(input: $input) {\n      id\n      signedAt\n      typedName\n    }\n  }\n':
    types.SignoffSignIepAttendanceDocument,
  '\n  fragment SignoffDecision_decision on IepDecision {\n    id\n    version\n    kind\n    decidedAt\n    signedOn\n    effectiveOn\n    reasons\n    exceptedPartIds\n    amendmentIepId\n    decidedBy {\n      id\n      displayName\n    }\n  }\n':
    types.SignoffDecision_DecisionFragmentDoc,
  '\n  query SignoffMyElectronicRecordsConsent {\n    myElectronicRecordsConsent {\n      id\n      disclosureVersion\n      locale\n      agreedAt\n      withdrawnAt\n      current\n    }\n  }\n':
    types.SignoffMyElectronicRecordsConsentDocument,
  '\n  mutation SignoffWithdrawElectronicRecordsConsent {\n    withdrawElectronicRecordsConsent {\n      id\n      withdrawnAt\n      current\n    }\n  }\n':
    types.SignoffWithdrawElectronicRecordsConsentDocument,
  '\n  query SignoffFinalizePage($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      kind\n      status\n      canFinalize\n      parts {\n        id\n        kind\n        position\n        content\n      }\n      qualityChecks {\n        code\n        severity\n        partId\n        message\n      }\n    }\n    iepTeam(iepId: $iepId) {\n      iepId\n      studentFirstName\n      members {\n        userId\n        isGuardian\n      }\n    }\n  }\n':
    types.SignoffFinalizePageDocument,
  '\n  mutation SignoffFinalizeIep($input: FinalizeIepInput!) {\n    finalizeIep(input: $input) {\n      id\n      status\n      canFinalize\n      canWithdrawProposal\n      currentVersion {\n        id\n        number\n        digest\n      }\n    }\n  }\n':
    types.SignoffFinalizeIepDocument,
  '\n  query SignoffIepStatus($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      kind\n      status\n      studentId\n      derivedFromIepId\n      supersededByIepId\n      canFinalize\n      canWithdrawProposal\n      canDecide\n      canManagePriorWrittenNotices\n      requiresParentSignature\n      currentVersion {\n        id\n        number\n      }\n      priorWrittenNotices {\n        id\n        source\n        action\n        status\n        createdAt\n        sentAt\n      }\n    }\n    iepTeam(iepId: $iepId) {\n      iepId\n      studentFirstName\n    }\n  }\n':
    types.SignoffIepStatusDocument,
  '\n  query SignoffStudentForAmendment($studentId: ID!) {\n    student(id: $studentId) {\n      id\n      canStartIep\n      activeIepId\n    }\n  }\n':
    types.SignoffStudentForAmendmentDocument,
  '\n  mutation SignoffStartAmendment($input: StartIepInput!) {\n    startIep(input: $input) {\n      id\n    }\n  }\n':
    types.SignoffStartAmendmentDocument,
  '\n  mutation SignoffWithdrawProposal($iepId: ID!) {\n    withdrawIepProposal(iepId: $iepId) {\n      id\n      status\n      canFinalize\n      canWithdrawProposal\n      canDecide\n    }\n  }\n':
    types.SignoffWithdrawProposalDocument,
  '\n  fragment SignoffVersion_version on IepVersion {\n    id\n    number\n    digest\n    frozenAt\n    pdfUrl\n    certificateUrl\n    frozenBy {\n      id\n      displayName\n    }\n  }\n':
    types.SignoffVersion_VersionFragmentDoc,
  '\n  query SignoffIepTimeline($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      status\n      versions {\n        ...SignoffVersion_version @unmask\n      }\n      decisions {\n        ...SignoffDecision_decision\n      }\n      signatures {\n        id\n        purpose\n        version\n        meetingId\n        signerRole\n        typedName\n        signedAt\n        signer {\n          id\n          displayName\n        }\n      }\n    }\n  }\n':
    types.SignoffIepTimelineDocument,
  '\n  query SignoffNoticePage($id: ID!, $iepId: ID!) {\n    priorWrittenNotice(id: $id) {\n      ...SignoffNoticeFields\n    }\n    iep(id: $iepId) {\n      id\n      canManagePriorWrittenNotices\n    }\n    iepTeam(iepId: $iepId) {\n      iepId\n      studentFirstName\n    }\n  }\n':
    types.SignoffNoticePageDocument,
  '\n  fragment SignoffNoticeFields on PriorWrittenNotice {\n    id\n    iepId\n    source\n    action\n    status\n    version\n    locale\n    actionDescription\n    explanation\n    evaluationBasis\n    proceduralSafeguards\n    sourcesForAssistance\n    optionsConsidered\n    otherFactors\n    createdAt\n    sentAt\n    pdfUrl\n    sentBy {\n      id\n      displayName\n    }\n  }\n':
    types.SignoffNoticeFieldsFragmentDoc,
  '\n  query SignoffCurrentNotice($id: ID!) {\n    priorWrittenNotice(id: $id) {\n      ...SignoffNoticeFields\n    }\n  }\n':
    types.SignoffCurrentNoticeDocument,
  '\n  mutation SignoffUpdateNotice($input: UpdatePriorWrittenNoticeInput!) {\n    updatePriorWrittenNotice(input: $input) {\n      ...SignoffNoticeFields\n    }\n  }\n':
    types.SignoffUpdateNoticeDocument,
  '\n  mutation SignoffSendNotice($input: SendPriorWrittenNoticeInput!) {\n    sendPriorWrittenNotice(input: $input) {\n      ...SignoffNoticeFields\n    }\n  }\n':
    types.SignoffSendNoticeDocument,
  '\n  query SignoffElectronicRecordsDisclosure($locale: String) {\n    electronicRecordsDisclosure(locale: $locale) {\n      version\n      locale\n      title\n      paragraphs\n    }\n  }\n':
    types.SignoffElectronicRecordsDisclosureDocument,
  '\n  mutation SignoffAgreeToElectronicRecords($input: AgreeToElectronicRecordsInput!) {\n    agreeToElectronicRecords(input: $input) {\n      id\n      disclosureVersion\n      locale\n      agreedAt\n      withdrawnAt\n      current\n    }\n  }\n':
    types.SignoffAgreeToElectronicRecordsDocument,
  '\n  query SignoffReview($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      kind\n      status\n      canDecide\n      currentVersion {\n        id\n        number\n        digest\n        frozenAt\n        pdfUrl\n        parts {\n          id\n          kind\n          position\n          content\n          excepted\n        }\n      }\n      decisions {\n        id\n        version\n        kind\n        decidedAt\n        decidedBy {\n          id\n          displayName\n        }\n      }\n    }\n    iepTeam(iepId: $iepId) {\n      iepId\n      studentFirstName\n    }\n    myElectronicRecordsConsent {\n      id\n      current\n    }\n  }\n':
    types.SignoffReviewDocument,
  '\n  mutation SignoffMarkIepReviewed($input: MarkIepReviewedInput!) {\n    markIepReviewed(input: $input) {\n      id\n      kind\n      version\n      decidedAt\n    }\n  }\n':
    types.SignoffMarkIepReviewedDocument,
  '\n  query SignoffDecisionIntent($decision: IepParentDecision!, $locale: String) {\n    signatureIntent(purpose: PARENT_DECISION, decision: $decision, locale: $locale) {\n      version\n      locale\n      statement\n    }\n  }\n':
    types.SignoffDecisionIntentDocument,
  '\n  mutation SignoffDecideOnIep($input: DecideOnIepInput!) {\n    decideOnIep(input: $input) {\n      id\n      version\n      kind\n      amendmentIepId\n    }\n  }\n':
    types.SignoffDecideOnIepDocument,
  '\n  query SignoffVersion($iepId: ID!, $version: Int!) {\n    iepVersion(iepId: $iepId, version: $version) {\n      ...SignoffVersion_version @unmask\n      acknowledgedWarnings\n      parts {\n        id\n        kind\n        position\n        content\n        excepted\n      }\n    }\n    iep(id: $iepId) {\n      id\n      kind\n      status\n      decisions {\n        ...SignoffDecision_decision\n      }\n      signatures {\n        id\n        purpose\n        version\n        digest\n        signerRole\n        typedName\n        intentStatement\n        intentStatementVersion\n        electronicRecordsDisclosureVersion\n        signedAt\n        ip\n        userAgent\n        signer {\n          id\n          displayName\n        }\n      }\n    }\n    iepTeam(iepId: $iepId) {\n      iepId\n      studentFirstName\n    }\n  }\n':
    types.SignoffVersionDocument,
  '\n  query SignoffVerifyVersion($iepId: ID!, $version: Int!) {\n    verifyIepVersion(iepId: $iepId, version: $version) {\n      iepId\n      version\n      storedDigest\n      computedDigest\n      intact\n      checkedAt\n      signatures {\n        signatureId\n        digest\n        matches\n      }\n    }\n  }\n':
    types.SignoffVerifyVersionDocument,
  '\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      iepId\n      user {\n        id\n        displayName\n        locale\n        role\n      }\n    }\n  }\n':
    types.AcceptInvitationDocument,
  '\n  query IepTeam($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      kind\n      status\n    }\n    iepTeam(iepId: $iepId) {\n      iepId\n      studentFirstName\n      viewerCanManage\n      invitableRoles\n      members {\n        userId\n        ...TeamMemberItem_member\n      }\n      pendingInvitations {\n        id\n        ...PendingInvitationItem_invitation\n      }\n    }\n  }\n':
    types.IepTeamDocument,
  '\n  mutation RemoveTeamMember($iepId: ID!, $userId: ID!) {\n    removeTeamMember(iepId: $iepId, userId: $userId)\n  }\n':
    types.RemoveTeamMemberDocument,
  '\n  mutation RevokeInvitation($invitationId: ID!) {\n    revokeInvitation(invitationId: $invitationId)\n  }\n':
    types.RevokeInvitationDocument,
  '\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      studentFirstName\n      inviterName\n      teamRole\n      role\n      email\n      displayName\n      needsPassword\n      expiresAt\n    }\n  }\n':
    types.InvitationDocument,
  '\n  mutation InviteToTeam($input: InviteToTeamInput!) {\n    inviteToTeam(input: $input) {\n      id\n      email\n    }\n  }\n':
    types.InviteToTeamDocument,
  '\n  fragment PendingInvitationItem_invitation on TeamInvitation {\n    id\n    email\n    displayName\n    role\n    teamRole\n    invitedByName\n    sentAt\n    expiresAt\n  }\n':
    types.PendingInvitationItem_InvitationFragmentDoc,
  '\n  fragment TeamMemberItem_member on TeamMember {\n    userId\n    displayName\n    role\n    teamRole\n    invitedByName\n    expiresAt\n    isCaseManager\n    isGuardian\n  }\n':
    types.TeamMemberItem_MemberFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      id\n      displayName\n      locale\n      role\n    }\n  }\n',
): (typeof documents)['\n  query Me {\n    me {\n      id\n      displayName\n      locale\n      role\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AdminCalendar_calendar on SchoolCalendar {\n      id\n      schoolId\n      schoolName\n      schoolYear\n      firstDay\n      lastDay\n      version\n      closures {\n        id\n        kind\n        name\n        firstDay\n        lastDay\n      }\n  }\n',
): (typeof documents)['\n  fragment AdminCalendar_calendar on SchoolCalendar {\n      id\n      schoolId\n      schoolName\n      schoolYear\n      firstDay\n      lastDay\n      version\n      closures {\n        id\n        kind\n        name\n        firstDay\n        lastDay\n      }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AdminCalendar_change on SchoolCalendarChange {\n    calendar {\n      ...AdminCalendar_calendar\n    }\n    deadlines {\n      recomputed\n      moved\n    }\n  }\n',
): (typeof documents)['\n  fragment AdminCalendar_change on SchoolCalendarChange {\n    calendar {\n      ...AdminCalendar_calendar\n    }\n    deadlines {\n      recomputed\n      moved\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminSchoolCalendars {\n    schoolCalendars {\n      ...AdminCalendar_calendar\n    }\n  }\n',
): (typeof documents)['\n  query AdminSchoolCalendars {\n    schoolCalendars {\n      ...AdminCalendar_calendar\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateSchoolCalendar($input: CreateSchoolCalendarInput!) {\n    createSchoolCalendar(input: $input) {\n      ...AdminCalendar_change\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateSchoolCalendar($input: CreateSchoolCalendarInput!) {\n    createSchoolCalendar(input: $input) {\n      ...AdminCalendar_change\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateSchoolCalendar($input: UpdateSchoolCalendarInput!) {\n    updateSchoolCalendar(input: $input) {\n      ...AdminCalendar_change\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateSchoolCalendar($input: UpdateSchoolCalendarInput!) {\n    updateSchoolCalendar(input: $input) {\n      ...AdminCalendar_change\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddCalendarClosure($input: AddCalendarClosureInput!) {\n    addCalendarClosure(input: $input) {\n      ...AdminCalendar_change\n    }\n  }\n',
): (typeof documents)['\n  mutation AddCalendarClosure($input: AddCalendarClosureInput!) {\n    addCalendarClosure(input: $input) {\n      ...AdminCalendar_change\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateCalendarClosure($input: UpdateCalendarClosureInput!) {\n    updateCalendarClosure(input: $input) {\n      ...AdminCalendar_change\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateCalendarClosure($input: UpdateCalendarClosureInput!) {\n    updateCalendarClosure(input: $input) {\n      ...AdminCalendar_change\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveCalendarClosure($id: ID!, $version: Int!) {\n    removeCalendarClosure(id: $id, version: $version) {\n      ...AdminCalendar_change\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveCalendarClosure($id: ID!, $version: Int!) {\n    removeCalendarClosure(id: $id, version: $version) {\n      ...AdminCalendar_change\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportingPeriods {\n    reportingPeriods {\n      id\n      name\n      firstDay\n      lastDay\n      version\n    }\n  }\n',
): (typeof documents)['\n  query ReportingPeriods {\n    reportingPeriods {\n      id\n      name\n      firstDay\n      lastDay\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveReportingPeriod($input: SaveReportingPeriodInput!) {\n    saveReportingPeriod(input: $input) {\n      period {\n        id\n        name\n        firstDay\n        lastDay\n        version\n      }\n      deadlinesWritten\n    }\n  }\n',
): (typeof documents)['\n  mutation SaveReportingPeriod($input: SaveReportingPeriodInput!) {\n    saveReportingPeriod(input: $input) {\n      period {\n        id\n        name\n        firstDay\n        lastDay\n        version\n      }\n      deadlinesWritten\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteReportingPeriod($id: ID!, $version: Int!) {\n    deleteReportingPeriod(id: $id, version: $version) {\n      periodId\n      deadlinesClosed\n    }\n  }\n',
): (typeof documents)['\n  mutation DeleteReportingPeriod($id: ID!, $version: Int!) {\n    deleteReportingPeriod(id: $id, version: $version) {\n      periodId\n      deadlinesClosed\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StateRuleProfiles {\n    stateRuleProfiles {\n      code\n      name\n      inUse\n      initialEvaluationDays\n      initialEvaluationUnit\n      serviceStartSchoolDays\n      transitionAge\n      breaksStopEvaluationClock\n      breakMinimumWeekdays\n      requiresParentSignature\n      effectAfterNoticeDays\n    }\n  }\n',
): (typeof documents)['\n  query StateRuleProfiles {\n    stateRuleProfiles {\n      code\n      name\n      inUse\n      initialEvaluationDays\n      initialEvaluationUnit\n      serviceStartSchoolDays\n      transitionAge\n      breaksStopEvaluationClock\n      breakMinimumWeekdays\n      requiresParentSignature\n      effectAfterNoticeDays\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetDistrictStateProfile($code: String!) {\n    setDistrictStateProfile(code: $code) {\n      profile {\n        code\n        inUse\n      }\n      deadlines {\n        recomputed\n        moved\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetDistrictStateProfile($code: String!) {\n    setDistrictStateProfile(code: $code) {\n      profile {\n        code\n        inUse\n      }\n      deadlines {\n        recomputed\n        moved\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UndeliveredEmails {\n    undeliveredEmails {\n      id\n      to\n      recipientName\n      subject\n      reason\n      attempts\n      createdAt\n      failedAt\n    }\n  }\n',
): (typeof documents)['\n  query UndeliveredEmails {\n    undeliveredEmails {\n      id\n      to\n      recipientName\n      subject\n      reason\n      attempts\n      createdAt\n      failedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RetryEmail($id: ID!) {\n    retryEmail(id: $id)\n  }\n',
): (typeof documents)['\n  mutation RetryEmail($id: ID!) {\n    retryEmail(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RosterImport($id: ID!) {\n    rosterImport(id: $id) {\n      id\n      fileName\n      status\n      mode\n      progress\n      rows\n      changeCount\n      unchanged\n      skipped\n      problemCount\n      failure\n      counts {\n        entity\n        created\n        updated\n        deactivated\n      }\n      changes {\n        entity\n        action\n        sourcedId\n        name\n      }\n      problems {\n        file\n        line\n        column\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RosterImport($id: ID!) {\n    rosterImport(id: $id) {\n      id\n      fileName\n      status\n      mode\n      progress\n      rows\n      changeCount\n      unchanged\n      skipped\n      problemCount\n      failure\n      counts {\n        entity\n        created\n        updated\n        deactivated\n      }\n      changes {\n        entity\n        action\n        sourcedId\n        name\n      }\n      problems {\n        file\n        line\n        column\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RosterImports {\n    rosterImports(first: 5) {\n      id\n      fileName\n      status\n      createdAt\n    }\n  }\n',
): (typeof documents)['\n  query RosterImports {\n    rosterImports(first: 5) {\n      id\n      fileName\n      status\n      createdAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApplyRosterImport($id: ID!) {\n    applyRosterImport(id: $id) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation ApplyRosterImport($id: ID!) {\n    applyRosterImport(id: $id) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RuleProfiles($locale: DeadlineLocale) {\n    stateRuleProfiles {\n      code\n      name\n      basedOn\n      version\n      inUse\n      rules {\n        initialEvaluation {\n          amount\n          unit\n        }\n        excludeBreaksFromCalendarDayCounts\n        breakExclusionMinimumWeekdays\n        firstIepMeetingDays\n        meetingNoticeDays\n        serviceStartSchoolDays\n        annualReview {\n          rule\n          months\n        }\n        reevaluation {\n          rule\n          months\n        }\n        recordsRequest {\n          amount\n          unit\n        }\n        transitionAge\n        requiresParentSignature\n        effectAfterNoticeDays\n        ageOfMajority\n      }\n      sources {\n        rule\n        citation\n        basis\n        note(locale: $locale)\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RuleProfiles($locale: DeadlineLocale) {\n    stateRuleProfiles {\n      code\n      name\n      basedOn\n      version\n      inUse\n      rules {\n        initialEvaluation {\n          amount\n          unit\n        }\n        excludeBreaksFromCalendarDayCounts\n        breakExclusionMinimumWeekdays\n        firstIepMeetingDays\n        meetingNoticeDays\n        serviceStartSchoolDays\n        annualReview {\n          rule\n          months\n        }\n        reevaluation {\n          rule\n          months\n        }\n        recordsRequest {\n          amount\n          unit\n        }\n        transitionAge\n        requiresParentSignature\n        effectAfterNoticeDays\n        ageOfMajority\n      }\n      sources {\n        rule\n        citation\n        basis\n        note(locale: $locale)\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveDistrictRuleProfile($input: SaveDistrictRuleProfileInput!) {\n    saveDistrictRuleProfile(input: $input) {\n      profile {\n        code\n        version\n        inUse\n      }\n      deadlines {\n        recomputed\n        moved\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SaveDistrictRuleProfile($input: SaveDistrictRuleProfileInput!) {\n    saveDistrictRuleProfile(input: $input) {\n      profile {\n        code\n        version\n        inUse\n      }\n      deadlines {\n        recomputed\n        moved\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminSchools {\n    schools {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query AdminSchools {\n    schools {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateSchool($name: String!) {\n    createSchool(name: $name) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateSchool($name: String!) {\n    createSchool(name: $name) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RenameSchool($id: ID!, $name: String!) {\n    renameSchool(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  mutation RenameSchool($id: ID!, $name: String!) {\n    renameSchool(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AdminStudent_student on DistrictStudent {\n    id\n    firstName\n    lastName\n    dateOfBirth\n    grade\n    school {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment AdminStudent_student on DistrictStudent {\n    id\n    firstName\n    lastName\n    dateOfBirth\n    grade\n    school {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DistrictStudents($search: String, $schoolId: ID, $first: Int, $after: String) {\n    districtStudents(search: $search, schoolId: $schoolId, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      nodes {\n        ...AdminStudent_student @unmask\n        guardians {\n          userId\n          displayName\n          email\n          relationship\n          rightsHolder\n          active\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DistrictStudents($search: String, $schoolId: ID, $first: Int, $after: String) {\n    districtStudents(search: $search, schoolId: $schoolId, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      nodes {\n        ...AdminStudent_student @unmask\n        guardians {\n          userId\n          displayName\n          email\n          relationship\n          rightsHolder\n          active\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddGuardian($input: AddGuardianInput!) {\n    addGuardian(input: $input) {\n      id\n      guardians {\n        userId\n        displayName\n        email\n        relationship\n        rightsHolder\n        active\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AddGuardian($input: AddGuardianInput!) {\n    addGuardian(input: $input) {\n      id\n      guardians {\n        userId\n        displayName\n        email\n        relationship\n        rightsHolder\n        active\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveGuardian($studentId: ID!, $userId: ID!) {\n    removeGuardian(studentId: $studentId, userId: $userId) {\n      id\n      guardians {\n        userId\n        displayName\n        email\n        relationship\n        rightsHolder\n        active\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveGuardian($studentId: ID!, $userId: ID!) {\n    removeGuardian(studentId: $studentId, userId: $userId) {\n      id\n      guardians {\n        userId\n        displayName\n        email\n        relationship\n        rightsHolder\n        active\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetGuardianRights($input: SetGuardianRightsInput!) {\n    setGuardianRights(input: $input) {\n      id\n      guardians {\n        userId\n        displayName\n        email\n        relationship\n        rightsHolder\n        active\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetGuardianRights($input: SetGuardianRightsInput!) {\n    setGuardianRights(input: $input) {\n      id\n      guardians {\n        userId\n        displayName\n        email\n        relationship\n        rightsHolder\n        active\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateStudent($input: CreateStudentInput!) {\n    createStudent(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateStudent($input: CreateStudentInput!) {\n    createStudent(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateStudent($input: UpdateStudentInput!) {\n    updateStudent(input: $input) {\n      ...AdminStudent_student @unmask\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateStudent($input: UpdateStudentInput!) {\n    updateStudent(input: $input) {\n      ...AdminStudent_student @unmask\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DistrictUsers($filter: DistrictUsersFilter, $first: Int, $after: String) {\n    districtUsers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      nodes {\n        id\n        email\n        displayName\n        role\n        specialty\n        locale\n        active\n        passwordSet\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DistrictUsers($filter: DistrictUsersFilter, $first: Int, $after: String) {\n    districtUsers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      nodes {\n        id\n        email\n        displayName\n        role\n        specialty\n        locale\n        active\n        passwordSet\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n',
): (typeof documents)['\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n',
): (typeof documents)['\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateStaffUser($input: CreateStaffUserInput!) {\n    createStaffUser(input: $input) {\n      id\n      displayName\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateStaffUser($input: CreateStaffUserInput!) {\n    createStaffUser(input: $input) {\n      id\n      displayName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      displayName\n      role\n      specialty\n      locale\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      displayName\n      role\n      specialty\n      locale\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CaseloadStudentCard_row on CaseloadStudent {\n    student {\n      id\n      firstName\n      lastName\n      grade\n      schoolName\n    }\n    caseManager {\n      id\n      displayName\n    }\n    managed\n    currentIepId\n    overdueCount\n    nextDeadlines {\n      id\n      kind\n      status\n      dueDate\n    }\n    waiting {\n      threadsAssigned\n      proposalsToDecide\n      noticesToSend\n      iepId\n    }\n  }\n',
): (typeof documents)['\n  fragment CaseloadStudentCard_row on CaseloadStudent {\n    student {\n      id\n      firstName\n      lastName\n      grade\n      schoolName\n    }\n    caseManager {\n      id\n      displayName\n    }\n    managed\n    currentIepId\n    overdueCount\n    nextDeadlines {\n      id\n      kind\n      status\n      dueDate\n    }\n    waiting {\n      threadsAssigned\n      proposalsToDecide\n      noticesToSend\n      iepId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CaseManagers {\n    caseManagers {\n      id\n      displayName\n    }\n    students {\n      id\n      firstName\n      lastName\n    }\n  }\n',
): (typeof documents)['\n  query CaseManagers {\n    caseManagers {\n      id\n      displayName\n    }\n    students {\n      id\n      firstName\n      lastName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DistrictCaseload($caseManagerId: ID!) {\n    caseload(caseManagerId: $caseManagerId) {\n      owner {\n        id\n        displayName\n      }\n      students {\n        student {\n          id\n          firstName\n          lastName\n          schoolName\n        }\n        overdueCount\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DistrictCaseload($caseManagerId: ID!) {\n    caseload(caseManagerId: $caseManagerId) {\n      owner {\n        id\n        displayName\n      }\n      students {\n        student {\n          id\n          firstName\n          lastName\n          schoolName\n        }\n        overdueCount\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AssignCaseload($input: AssignCaseloadInput!) {\n    assignCaseload(input: $input) {\n      owner {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AssignCaseload($input: AssignCaseloadInput!) {\n    assignCaseload(input: $input) {\n      owner {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TransferCaseload($input: TransferCaseloadInput!) {\n    transferCaseload(input: $input) {\n      owner {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation TransferCaseload($input: TransferCaseloadInput!) {\n    transferCaseload(input: $input) {\n      owner {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyCaseload {\n    myCaseload {\n      owner {\n        id\n        displayName\n      }\n      students {\n        student {\n          id\n        }\n        ...CaseloadStudentCard_row\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyCaseload {\n    myCaseload {\n      owner {\n        id\n        displayName\n      }\n      students {\n        student {\n          id\n        }\n        ...CaseloadStudentCard_row\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StudentPage($studentId: ID!) {\n    student(id: $studentId) {\n      id\n      firstName\n      lastName\n      grade\n      schoolName\n      dateOfBirth\n      ieps {\n        id\n        kind\n        status\n        meetingDate\n        startDate\n        annualReviewDue\n        caseManager {\n          id\n          displayName\n        }\n        versions {\n          id\n          number\n          proposedOn\n          pdfUrl\n        }\n      }\n    }\n    studentDeadlines(studentId: $studentId) {\n      id\n      kind\n      status\n      dueDate\n      metOn\n      closedOn\n      closedReason\n    }\n    studentRights(studentId: $studentId) {\n      studentId\n      majority {\n        ...MajorityStatus_majority @unmask\n      }\n      consentRevocation {\n        id\n        ...ServicesStatus_revocation @unmask\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StudentPage($studentId: ID!) {\n    student(id: $studentId) {\n      id\n      firstName\n      lastName\n      grade\n      schoolName\n      dateOfBirth\n      ieps {\n        id\n        kind\n        status\n        meetingDate\n        startDate\n        annualReviewDue\n        caseManager {\n          id\n          displayName\n        }\n        versions {\n          id\n          number\n          proposedOn\n          pdfUrl\n        }\n      }\n    }\n    studentDeadlines(studentId: $studentId) {\n      id\n      kind\n      status\n      dueDate\n      metOn\n      closedOn\n      closedReason\n    }\n    studentRights(studentId: $studentId) {\n      studentId\n      majority {\n        ...MajorityStatus_majority @unmask\n      }\n      consentRevocation {\n        id\n        ...ServicesStatus_revocation @unmask\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StudentPageTeam($iepId: ID!) {\n    iepTeam(iepId: $iepId) {\n      iepId\n      members {\n        userId\n        displayName\n        teamRole\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StudentPageTeam($iepId: ID!) {\n    iepTeam(iepId: $iepId) {\n      iepId\n      members {\n        userId\n        displayName\n        teamRole\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ComplianceDashboard($filter: ComplianceFilterInput, $first: Int!, $after: String, $locale: DeadlineLocale) {\n    complianceDashboard(filter: $filter) {\n      today\n      familiesWithoutSafeguards {\n        studentId\n        studentName\n        schoolName\n        lastReceivedOn\n      }\n      totals {\n        upcoming\n        dueThisWeek\n        overdue\n        metOnTime\n        metLate\n      }\n      byKind {\n        kind\n        counts {\n          upcoming\n          dueThisWeek\n          overdue\n          metOnTime\n          metLate\n        }\n      }\n      bySchool {\n        groupId: id\n        name\n        counts {\n          upcoming\n          dueThisWeek\n          overdue\n          metOnTime\n          metLate\n        }\n      }\n      schoolCount\n      byCaseManager {\n        groupId: id\n        name\n        counts {\n          upcoming\n          dueThisWeek\n          overdue\n          metOnTime\n          metLate\n        }\n      }\n      upcomingWeeks {\n        startDate\n        endDate\n        total\n        byKind {\n          kind\n          count\n        }\n      }\n      overdue(first: $first, after: $after) {\n        hasNextPage\n        endCursor\n        nodes {\n          id\n          kind\n          studentId\n          studentName\n          iepId\n          schoolName\n          caseManagerName\n          dueDate\n          daysOverdue\n          explanation(locale: $locale)\n          estimated\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ComplianceDashboard($filter: ComplianceFilterInput, $first: Int!, $after: String, $locale: DeadlineLocale) {\n    complianceDashboard(filter: $filter) {\n      today\n      familiesWithoutSafeguards {\n        studentId\n        studentName\n        schoolName\n        lastReceivedOn\n      }\n      totals {\n        upcoming\n        dueThisWeek\n        overdue\n        metOnTime\n        metLate\n      }\n      byKind {\n        kind\n        counts {\n          upcoming\n          dueThisWeek\n          overdue\n          metOnTime\n          metLate\n        }\n      }\n      bySchool {\n        groupId: id\n        name\n        counts {\n          upcoming\n          dueThisWeek\n          overdue\n          metOnTime\n          metLate\n        }\n      }\n      schoolCount\n      byCaseManager {\n        groupId: id\n        name\n        counts {\n          upcoming\n          dueThisWeek\n          overdue\n          metOnTime\n          metLate\n        }\n      }\n      upcomingWeeks {\n        startDate\n        endDate\n        total\n        byKind {\n          kind\n          count\n        }\n      }\n      overdue(first: $first, after: $after) {\n        hasNextPage\n        endCursor\n        nodes {\n          id\n          kind\n          studentId\n          studentName\n          iepId\n          schoolName\n          caseManagerName\n          dueDate\n          daysOverdue\n          explanation(locale: $locale)\n          estimated\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ComplianceFilterOptions($schoolId: ID) {\n    complianceDashboard(filter: { schoolId: $schoolId }) {\n      filterOptions {\n        schools {\n          id\n          name\n        }\n        caseManagers {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ComplianceFilterOptions($schoolId: ID) {\n    complianceDashboard(filter: { schoolId: $schoolId }) {\n      filterOptions {\n        schools {\n          id\n          name\n        }\n        caseManagers {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IepComments($iepId: ID!, $partId: ID!) {\n    iep(id: $iepId) {\n      id\n      mentionablePeople {\n        id\n        displayName\n      }\n      commentThreads(partId: $partId) {\n        id\n        partId\n        quote\n        createdAt\n        resolvedAt\n        createdBy {\n          id\n          displayName\n        }\n        assignee {\n          id\n          displayName\n        }\n        resolvedBy {\n          id\n          displayName\n        }\n        comments {\n          id\n          threadId\n          body\n          createdAt\n          author {\n            id\n            displayName\n          }\n          mentions {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query IepComments($iepId: ID!, $partId: ID!) {\n    iep(id: $iepId) {\n      id\n      mentionablePeople {\n        id\n        displayName\n      }\n      commentThreads(partId: $partId) {\n        id\n        partId\n        quote\n        createdAt\n        resolvedAt\n        createdBy {\n          id\n          displayName\n        }\n        assignee {\n          id\n          displayName\n        }\n        resolvedBy {\n          id\n          displayName\n        }\n        comments {\n          id\n          threadId\n          body\n          createdAt\n          author {\n            id\n            displayName\n          }\n          mentions {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartIepCommentThread($input: StartIepCommentThreadInput!) {\n    startIepCommentThread(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation StartIepCommentThread($input: StartIepCommentThreadInput!) {\n    startIepCommentThread(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReplyToIepCommentThread($input: ReplyToIepCommentThreadInput!) {\n    replyToIepCommentThread(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation ReplyToIepCommentThread($input: ReplyToIepCommentThreadInput!) {\n    replyToIepCommentThread(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AssignIepCommentThread($input: AssignIepCommentThreadInput!) {\n    assignIepCommentThread(input: $input) {\n      id\n      assignee {\n        id\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AssignIepCommentThread($input: AssignIepCommentThreadInput!) {\n    assignIepCommentThread(input: $input) {\n      id\n      assignee {\n        id\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResolveIepCommentThread($threadId: ID!) {\n    resolveIepCommentThread(threadId: $threadId) {\n      id\n      resolvedAt\n      resolvedBy {\n        id\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ResolveIepCommentThread($threadId: ID!) {\n    resolveIepCommentThread(threadId: $threadId) {\n      id\n      resolvedAt\n      resolvedBy {\n        id\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReopenIepCommentThread($threadId: ID!) {\n    reopenIepCommentThread(threadId: $threadId) {\n      id\n      resolvedAt\n      resolvedBy {\n        id\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ReopenIepCommentThread($threadId: ID!) {\n    reopenIepCommentThread(threadId: $threadId) {\n      id\n      resolvedAt\n      resolvedBy {\n        id\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment IepPartDiffFields on IepPartDiff {\n    partId\n    kind\n    fromVersion\n    toVersion\n    fields {\n      field\n      segments {\n        kind\n        text\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment IepPartDiffFields on IepPartDiff {\n    partId\n    kind\n    fromVersion\n    toVersion\n    fields {\n      field\n      segments {\n        kind\n        text\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IepPartRevisions($partId: ID!, $first: Int!, $after: String) {\n    iepPartRevisions(partId: $partId, first: $first, after: $after) {\n      nodes {\n        id\n        partId\n        version\n        change\n        createdAt\n        suggestionId\n        author {\n          id\n          displayName\n        }\n      }\n      hasMore\n      endCursor\n    }\n  }\n',
): (typeof documents)['\n  query IepPartRevisions($partId: ID!, $first: Int!, $after: String) {\n    iepPartRevisions(partId: $partId, first: $first, after: $after) {\n      nodes {\n        id\n        partId\n        version\n        change\n        createdAt\n        suggestionId\n        author {\n          id\n          displayName\n        }\n      }\n      hasMore\n      endCursor\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IepPartDiff($partId: ID!, $fromVersion: Int!, $toVersion: Int!) {\n    iepPartDiff(partId: $partId, fromVersion: $fromVersion, toVersion: $toVersion) {\n      ...IepPartDiffFields @unmask\n    }\n  }\n',
): (typeof documents)['\n  query IepPartDiff($partId: ID!, $fromVersion: Int!, $toVersion: Int!) {\n    iepPartDiff(partId: $partId, fromVersion: $fromVersion, toVersion: $toVersion) {\n      ...IepPartDiffFields @unmask\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ShareIepWithFamily($iepId: ID!) {\n    shareIepWithFamily(iepId: $iepId) {\n      id\n      sharedWithFamilyAt\n    }\n  }\n',
): (typeof documents)['\n  mutation ShareIepWithFamily($iepId: ID!) {\n    shareIepWithFamily(iepId: $iepId) {\n      id\n      sharedWithFamilyAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IepPage($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      kind\n      status\n      studentId\n      derivedFromIepId\n      sharedWithFamilyAt\n      canEdit\n      canAddParts\n      canSuggest\n      canDecideSuggestions\n      canComment\n      canDecide\n      studentFirstName\n      caseManager {\n        id\n        displayName\n      }\n      parts {\n        id\n        iepId\n        kind\n        position\n        content\n        version\n        unchangedSinceLastYear\n        updatedAt\n        changedSinceMyLastView\n        threadCount\n        openThreadCount\n        updatedBy {\n          id\n          displayName\n        }\n        assignee {\n          id\n          displayName\n        }\n        viewerCanEdit\n      }\n      qualityChecks {\n        code\n        severity\n        partId\n        message\n      }\n      suggestions {\n        id\n        iepId\n        partId\n        partKind\n        baseVersion\n        proposedContent\n        rationale\n        status\n        createdAt\n        decidedAt\n        decisionReason\n        proposer {\n          id\n          displayName\n        }\n        decidedBy {\n          id\n          displayName\n        }\n        diff {\n          ...IepPartDiffFields @unmask\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query IepPage($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      kind\n      status\n      studentId\n      derivedFromIepId\n      sharedWithFamilyAt\n      canEdit\n      canAddParts\n      canSuggest\n      canDecideSuggestions\n      canComment\n      canDecide\n      studentFirstName\n      caseManager {\n        id\n        displayName\n      }\n      parts {\n        id\n        iepId\n        kind\n        position\n        content\n        version\n        unchangedSinceLastYear\n        updatedAt\n        changedSinceMyLastView\n        threadCount\n        openThreadCount\n        updatedBy {\n          id\n          displayName\n        }\n        assignee {\n          id\n          displayName\n        }\n        viewerCanEdit\n      }\n      qualityChecks {\n        code\n        severity\n        partId\n        message\n      }\n      suggestions {\n        id\n        iepId\n        partId\n        partKind\n        baseVersion\n        proposedContent\n        rationale\n        status\n        createdAt\n        decidedAt\n        decisionReason\n        proposer {\n          id\n          displayName\n        }\n        decidedBy {\n          id\n          displayName\n        }\n        diff {\n          ...IepPartDiffFields @unmask\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IepAssignableTeam($iepId: ID!) {\n    iepTeam(iepId: $iepId) {\n      iepId\n      members {\n        userId\n        displayName\n        role\n      }\n    }\n  }\n',
): (typeof documents)['\n  query IepAssignableTeam($iepId: ID!) {\n    iepTeam(iepId: $iepId) {\n      iepId\n      members {\n        userId\n        displayName\n        role\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IepThreadCounts($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      parts {\n        id\n        threadCount\n        openThreadCount\n      }\n    }\n  }\n',
): (typeof documents)['\n  query IepThreadCounts($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      parts {\n        id\n        threadCount\n        openThreadCount\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IepViewers($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      viewers {\n        partId\n        editing\n        since\n        person {\n          id\n          displayName\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query IepViewers($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      viewers {\n        partId\n        editing\n        since\n        person {\n          id\n          displayName\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IepChangesSinceLastView($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      changesSinceMyLastView {\n        lastViewedAt\n        parts {\n          ...IepPartDiffFields @unmask\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query IepChangesSinceLastView($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      changesSinceMyLastView {\n        lastViewedAt\n        parts {\n          ...IepPartDiffFields @unmask\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkIepViewed($iepId: ID!) {\n    markIepViewed(iepId: $iepId) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation MarkIepViewed($iepId: ID!) {\n    markIepViewed(iepId: $iepId) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddIepPart($input: AddIepPartInput!) {\n    addIepPart(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation AddIepPart($input: AddIepPartInput!) {\n    addIepPart(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AssignIepPart($input: AssignIepPartInput!) {\n    assignIepPart(input: $input) {\n      id\n      assignee {\n        id\n        displayName\n      }\n      viewerCanEdit\n    }\n  }\n',
): (typeof documents)['\n  mutation AssignIepPart($input: AssignIepPartInput!) {\n    assignIepPart(input: $input) {\n      id\n      assignee {\n        id\n        displayName\n      }\n      viewerCanEdit\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveIepPart($input: SaveIepPartInput!) {\n    saveIepPart(input: $input) {\n      id\n      content\n      version\n      unchangedSinceLastYear\n      updatedAt\n      updatedBy {\n        id\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SaveIepPart($input: SaveIepPartInput!) {\n    saveIepPart(input: $input) {\n      id\n      content\n      version\n      unchangedSinceLastYear\n      updatedAt\n      updatedBy {\n        id\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveIepPart($input: RemoveIepPartInput!) {\n    removeIepPart(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveIepPart($input: RemoveIepPartInput!) {\n    removeIepPart(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProposeIepChange($input: ProposeIepChangeInput!) {\n    proposeIepChange(input: $input) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation ProposeIepChange($input: ProposeIepChangeInput!) {\n    proposeIepChange(input: $input) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IepConsentRevocation($studentId: ID!) {\n    studentRights(studentId: $studentId) {\n      studentId\n      consentRevocation {\n        id\n        revokedOn\n        status\n        servicesEndOn\n      }\n    }\n  }\n',
): (typeof documents)['\n  query IepConsentRevocation($studentId: ID!) {\n    studentRights(studentId: $studentId) {\n      studentId\n      consentRevocation {\n        id\n        revokedOn\n        status\n        servicesEndOn\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartIep($input: StartIepInput!) {\n    startIep(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation StartIep($input: StartIepInput!) {\n    startIep(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptIepSuggestion($input: AcceptIepSuggestionInput!) {\n    acceptIepSuggestion(input: $input) {\n      id\n      status\n      decidedAt\n      decisionReason\n      decidedBy {\n        id\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptIepSuggestion($input: AcceptIepSuggestionInput!) {\n    acceptIepSuggestion(input: $input) {\n      id\n      status\n      decidedAt\n      decisionReason\n      decidedBy {\n        id\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RejectIepSuggestion($input: RejectIepSuggestionInput!) {\n    rejectIepSuggestion(input: $input) {\n      id\n      status\n      decidedAt\n      decisionReason\n      decidedBy {\n        id\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RejectIepSuggestion($input: RejectIepSuggestionInput!) {\n    rejectIepSuggestion(input: $input) {\n      id\n      status\n      decidedAt\n      decisionReason\n      decidedBy {\n        id\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WithdrawIepSuggestion($suggestionId: ID!) {\n    withdrawIepSuggestion(suggestionId: $suggestionId) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation WithdrawIepSuggestion($suggestionId: ID!) {\n    withdrawIepSuggestion(suggestionId: $suggestionId) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription IepActivity($iepId: ID!) {\n    iepActivity(iepId: $iepId) {\n      iepId\n      kind\n      subjectId\n      actorId\n      at\n    }\n  }\n',
): (typeof documents)['\n  subscription IepActivity($iepId: ID!) {\n    iepActivity(iepId: $iepId) {\n      iepId\n      kind\n      subjectId\n      actorId\n      at\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReportIepPresence($input: ReportIepPresenceInput!) {\n    reportIepPresence(input: $input)\n  }\n',
): (typeof documents)['\n  mutation ReportIepPresence($input: ReportIepPresenceInput!) {\n    reportIepPresence(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LeaveIep($iepId: ID!) {\n    leaveIep(iepId: $iepId)\n  }\n',
): (typeof documents)['\n  mutation LeaveIep($iepId: ID!) {\n    leaveIep(iepId: $iepId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StudentAccessRecord($studentId: ID!, $before: String, $actorId: ID, $event: String) {\n    student(id: $studentId) {\n      id\n      firstName\n      lastName\n    }\n    studentAccessRecord(studentId: $studentId, first: 50, before: $before, actorId: $actorId, event: $event) {\n      totalCount\n      nextCursor\n      actors {\n        id\n        name\n        role\n      }\n      events\n      entries {\n        id\n        occurredAt\n        firstOccurredAt\n        count\n        actorName\n        actorRole\n        event\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StudentAccessRecord($studentId: ID!, $before: String, $actorId: ID, $event: String) {\n    student(id: $studentId) {\n      id\n      firstName\n      lastName\n    }\n    studentAccessRecord(studentId: $studentId, first: 50, before: $before, actorId: $actorId, event: $event) {\n      totalCount\n      nextCursor\n      actors {\n        id\n        name\n        role\n      }\n      events\n      entries {\n        id\n        occurredAt\n        firstOccurredAt\n        count\n        actorName\n        actorRole\n        event\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment IepItem_iep on Iep {\n    id\n    kind\n    status\n    canDecide\n    meetingDate\n    startDate\n    annualReviewDue\n    caseManager {\n      id\n      displayName\n    }\n  }\n',
): (typeof documents)['\n  fragment IepItem_iep on Iep {\n    id\n    kind\n    status\n    canDecide\n    meetingDate\n    startDate\n    annualReviewDue\n    caseManager {\n      id\n      displayName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment StudentCard_student on Student {\n    id\n    firstName\n    lastName\n    grade\n    schoolName\n    canStartIep\n    activeIepId\n    ieps {\n      id\n      ...IepItem_iep\n    }\n  }\n',
): (typeof documents)['\n  fragment StudentCard_student on Student {\n    id\n    firstName\n    lastName\n    grade\n    schoolName\n    canStartIep\n    activeIepId\n    ieps {\n      id\n      ...IepItem_iep\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Students {\n    students {\n      id\n      ...StudentCard_student\n    }\n  }\n',
): (typeof documents)['\n  query Students {\n    students {\n      id\n      ...StudentCard_student\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignConsentToEvaluate($input: SignConsentToEvaluateInput!) {\n    signConsentToEvaluate(input: $input) {\n      studentId\n    }\n  }\n',
): (typeof documents)['\n  mutation SignConsentToEvaluate($input: SignConsentToEvaluateInput!) {\n    signConsentToEvaluate(input: $input) {\n      studentId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EvaluationDeadline_deadline on EvaluationDeadline {\n    kind\n    eventDate\n    dueDate\n    metOn\n    status\n    closedOn\n    closedReason\n    explanation\n    estimated\n  }\n',
): (typeof documents)['\n  fragment EvaluationDeadline_deadline on EvaluationDeadline {\n    kind\n    eventDate\n    dueDate\n    metOn\n    status\n    closedOn\n    closedReason\n    explanation\n    estimated\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StudentEvaluations($studentId: ID!) {\n    studentEvaluations(studentId: $studentId) {\n      studentId\n      studentName\n      lastEvaluatedOn\n      earliestReevaluationOn\n      mayRefer\n      mayRecord\n      mayConsent\n      mayReport\n      reportableAreas\n      consentStatement\n      consentIntentVersion\n      assessorOptions {\n        id\n        displayName\n      }\n      reevaluationDeadline {\n        ...EvaluationDeadline_deadline\n      }\n      reevaluationAgreements {\n        id\n        agreedOn\n        parentName\n        note\n        recordedByName\n      }\n      evaluations {\n        id\n        kind\n        stage\n        referralSource\n        referredOn\n        referralReason\n        referredByName\n        agreedWithinYear\n        consentOn\n        consentMethod\n        consentSignedName\n        delayReason\n        delayAgreedCompletionOn\n        delayNote\n        childProducedOn\n        determinedOn\n        eligible\n        disabilityCategory\n        determinationSummary\n        initialIepId\n        plan {\n          area\n          assessorId\n          assessorName\n          report {\n            id\n            authorName\n            completedOn\n            summary\n            fileName\n            fileSize\n            fileUrl\n          }\n        }\n        deadlines {\n          ...EvaluationDeadline_deadline\n        }\n        notice {\n          id\n          action\n          sentAt\n          actionDescription\n          explanation\n          evaluationBasis\n          proceduralSafeguards\n          sourcesForAssistance\n          optionsConsidered\n          otherFactors\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StudentEvaluations($studentId: ID!) {\n    studentEvaluations(studentId: $studentId) {\n      studentId\n      studentName\n      lastEvaluatedOn\n      earliestReevaluationOn\n      mayRefer\n      mayRecord\n      mayConsent\n      mayReport\n      reportableAreas\n      consentStatement\n      consentIntentVersion\n      assessorOptions {\n        id\n        displayName\n      }\n      reevaluationDeadline {\n        ...EvaluationDeadline_deadline\n      }\n      reevaluationAgreements {\n        id\n        agreedOn\n        parentName\n        note\n        recordedByName\n      }\n      evaluations {\n        id\n        kind\n        stage\n        referralSource\n        referredOn\n        referralReason\n        referredByName\n        agreedWithinYear\n        consentOn\n        consentMethod\n        consentSignedName\n        delayReason\n        delayAgreedCompletionOn\n        delayNote\n        childProducedOn\n        determinedOn\n        eligible\n        disabilityCategory\n        determinationSummary\n        initialIepId\n        plan {\n          area\n          assessorId\n          assessorName\n          report {\n            id\n            authorName\n            completedOn\n            summary\n            fileName\n            fileSize\n            fileUrl\n          }\n        }\n        deadlines {\n          ...EvaluationDeadline_deadline\n        }\n        notice {\n          id\n          action\n          sentAt\n          actionDescription\n          explanation\n          evaluationBasis\n          proceduralSafeguards\n          sourcesForAssistance\n          optionsConsidered\n          otherFactors\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AgreeReevaluationNotNeeded($input: AgreeReevaluationNotNeededInput!) {\n    agreeReevaluationNotNeeded(input: $input) {\n      studentId\n    }\n  }\n',
): (typeof documents)['\n  mutation AgreeReevaluationNotNeeded($input: AgreeReevaluationNotNeededInput!) {\n    agreeReevaluationNotNeeded(input: $input) {\n      studentId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReferForEvaluation($input: ReferForEvaluationInput!) {\n    referForEvaluation(input: $input) {\n      studentId\n    }\n  }\n',
): (typeof documents)['\n  mutation ReferForEvaluation($input: ReferForEvaluationInput!) {\n    referForEvaluation(input: $input) {\n      studentId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordPaperConsentToEvaluate($input: RecordPaperConsentInput!) {\n    recordPaperConsentToEvaluate(input: $input) {\n      studentId\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordPaperConsentToEvaluate($input: RecordPaperConsentInput!) {\n    recordPaperConsentToEvaluate(input: $input) {\n      studentId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PlanEvaluation($input: PlanEvaluationInput!) {\n    planEvaluation(input: $input) {\n      studentId\n    }\n  }\n',
): (typeof documents)['\n  mutation PlanEvaluation($input: PlanEvaluationInput!) {\n    planEvaluation(input: $input) {\n      studentId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitEvaluationReport($input: SubmitEvaluationReportInput!) {\n    submitEvaluationReport(input: $input) {\n      studentId\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitEvaluationReport($input: SubmitEvaluationReportInput!) {\n    submitEvaluationReport(input: $input) {\n      studentId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordEvaluationDelay($input: RecordEvaluationDelayInput!) {\n    recordEvaluationDelay(input: $input) {\n      studentId\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordEvaluationDelay($input: RecordEvaluationDelayInput!) {\n    recordEvaluationDelay(input: $input) {\n      studentId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordChildProduced($input: RecordChildProducedInput!) {\n    recordChildProduced(input: $input) {\n      studentId\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordChildProduced($input: RecordChildProducedInput!) {\n    recordChildProduced(input: $input) {\n      studentId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DetermineEligibility($input: DetermineEligibilityInput!) {\n    determineEligibility(input: $input) {\n      studentId\n    }\n  }\n',
): (typeof documents)['\n  mutation DetermineEligibility($input: DetermineEligibilityInput!) {\n    determineEligibility(input: $input) {\n      studentId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartInitialIepFromEvaluation($evaluationId: ID!) {\n    startInitialIepFromEvaluation(evaluationId: $evaluationId) {\n      studentId\n    }\n  }\n',
): (typeof documents)['\n  mutation StartInitialIepFromEvaluation($evaluationId: ID!) {\n    startInitialIepFromEvaluation(evaluationId: $evaluationId) {\n      studentId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordMeetingAttendance($input: RecordMeetingAttendanceInput!) {\n    recordMeetingAttendance(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordMeetingAttendance($input: RecordMeetingAttendanceInput!) {\n    recordMeetingAttendance(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkMeetingHeld($meetingId: ID!, $version: Int!) {\n    markMeetingHeld(meetingId: $meetingId, version: $version) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation MarkMeetingHeld($meetingId: ID!, $version: Int!) {\n    markMeetingHeld(meetingId: $meetingId, version: $version) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelIepMeeting($meetingId: ID!, $reason: String!) {\n    cancelIepMeeting(meetingId: $meetingId, reason: $reason) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelIepMeeting($meetingId: ID!, $reason: String!) {\n    cancelIepMeeting(meetingId: $meetingId, reason: $reason) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestMeetingExcusal($input: RequestMeetingExcusalInput!) {\n    requestMeetingExcusal(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation RequestMeetingExcusal($input: RequestMeetingExcusalInput!) {\n    requestMeetingExcusal(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MeetingPage_meeting on IepMeeting {\n    id\n    purpose\n    status\n    startsAt\n    timeZone\n    localDate\n    localTime\n    durationMinutes\n    location\n    callIn\n    noticeSentAt\n    noticeDays\n    shortNoticeAgreed\n    notes\n    version\n    cancelReason\n    viewerCanManage\n    viewerIsRightsHolder\n    noticeDeadline {\n      id\n      dueDate\n      metOn\n    }\n    viewerInvitation {\n      userId\n      response\n    }\n    studentFirstName\n    viewerCanSeeIep\n    viewerCanSignAttendance\n    discussesTransition\n    calendarInvitation\n    requiredMembers {\n      member\n      state\n    }\n    attendanceSignatures {\n      userId\n      name\n      role\n      signedAt\n    }\n    invitees {\n      userId\n      displayName\n      teamRole\n      isGuardian\n      response\n      message\n      proposedTimes\n    }\n    attendance {\n      id\n      userId\n      name\n      capacity\n      status\n      writtenInputSubmitted\n      interpretsEvaluations\n      excusalRequestedAt\n      excusalReason\n      parentAgreedByName\n      parentAgreedAt\n      districtAgreedByName\n      districtAgreedAt\n    }\n  }\n',
): (typeof documents)['\n  fragment MeetingPage_meeting on IepMeeting {\n    id\n    purpose\n    status\n    startsAt\n    timeZone\n    localDate\n    localTime\n    durationMinutes\n    location\n    callIn\n    noticeSentAt\n    noticeDays\n    shortNoticeAgreed\n    notes\n    version\n    cancelReason\n    viewerCanManage\n    viewerIsRightsHolder\n    noticeDeadline {\n      id\n      dueDate\n      metOn\n    }\n    viewerInvitation {\n      userId\n      response\n    }\n    studentFirstName\n    viewerCanSeeIep\n    viewerCanSignAttendance\n    discussesTransition\n    calendarInvitation\n    requiredMembers {\n      member\n      state\n    }\n    attendanceSignatures {\n      userId\n      name\n      role\n      signedAt\n    }\n    invitees {\n      userId\n      displayName\n      teamRole\n      isGuardian\n      response\n      message\n      proposedTimes\n    }\n    attendance {\n      id\n      userId\n      name\n      capacity\n      status\n      writtenInputSubmitted\n      interpretsEvaluations\n      excusalRequestedAt\n      excusalReason\n      parentAgreedByName\n      parentAgreedAt\n      districtAgreedByName\n      districtAgreedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IepMeetingPage($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      kind\n      status\n      meetings {\n        ...MeetingPage_meeting\n      }\n    }\n    iepTeam(iepId: $iepId) {\n      iepId\n      studentFirstName\n      viewerCanManage\n      members {\n        userId\n        displayName\n        teamRole\n        isGuardian\n      }\n    }\n  }\n',
): (typeof documents)['\n  query IepMeetingPage($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      kind\n      status\n      meetings {\n        ...MeetingPage_meeting\n      }\n    }\n    iepTeam(iepId: $iepId) {\n      iepId\n      studentFirstName\n      viewerCanManage\n      members {\n        userId\n        displayName\n        teamRole\n        isGuardian\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IepMeetingOne($meetingId: ID!) {\n    iepMeeting(id: $meetingId) {\n      ...MeetingPage_meeting\n    }\n  }\n',
): (typeof documents)['\n  query IepMeetingOne($meetingId: ID!) {\n    iepMeeting(id: $meetingId) {\n      ...MeetingPage_meeting\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AgreeToMeetingExcusal($attendanceId: ID!) {\n    agreeToMeetingExcusal(attendanceId: $attendanceId) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation AgreeToMeetingExcusal($attendanceId: ID!) {\n    agreeToMeetingExcusal(attendanceId: $attendanceId) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveMeetingNotes($meetingId: ID!, $version: Int!, $notes: String!) {\n    saveMeetingNotes(meetingId: $meetingId, version: $version, notes: $notes) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation SaveMeetingNotes($meetingId: ID!, $version: Int!, $notes: String!) {\n    saveMeetingNotes(meetingId: $meetingId, version: $version, notes: $notes) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RescheduleIepMeeting($input: RescheduleIepMeetingInput!) {\n    rescheduleIepMeeting(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation RescheduleIepMeeting($input: RescheduleIepMeetingInput!) {\n    rescheduleIepMeeting(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RespondToIepMeeting($input: RespondToIepMeetingInput!) {\n    respondToIepMeeting(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation RespondToIepMeeting($input: RespondToIepMeetingInput!) {\n    respondToIepMeeting(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ScheduleIepMeeting($input: ScheduleIepMeetingInput!) {\n    scheduleIepMeeting(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation ScheduleIepMeeting($input: ScheduleIepMeetingInput!) {\n    scheduleIepMeeting(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n',
): (typeof documents)['\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BellNotifications($first: Int!) {\n    notifications(first: $first) {\n      id\n      kind\n      title\n      body\n      link\n      createdAt\n      readAt\n    }\n  }\n',
): (typeof documents)['\n  query BellNotifications($first: Int!) {\n    notifications(first: $first) {\n      id\n      kind\n      title\n      body\n      link\n      createdAt\n      readAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n',
): (typeof documents)['\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment NotificationSettings_preference on NotificationPreference {\n    reminderKind\n    deadlineKind\n    email\n    inApp\n  }\n',
): (typeof documents)['\n  fragment NotificationSettings_preference on NotificationPreference {\n    reminderKind\n    deadlineKind\n    email\n    inApp\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyNotificationPreferences {\n    myNotificationPreferences {\n      ...NotificationSettings_preference @unmask\n    }\n  }\n',
): (typeof documents)['\n  query MyNotificationPreferences {\n    myNotificationPreferences {\n      ...NotificationSettings_preference @unmask\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateMyNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateMyNotificationPreferences(input: $input) {\n      ...NotificationSettings_preference @unmask\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateMyNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateMyNotificationPreferences(input: $input) {\n      ...NotificationSettings_preference @unmask\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetMyLanguage($language: String!) {\n    setMyLanguage(language: $language) {\n      id\n      locale\n    }\n  }\n',
): (typeof documents)['\n  mutation SetMyLanguage($language: String!) {\n    setMyLanguage(language: $language) {\n      id\n      locale\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription MyNotificationEvents {\n    myNotificationEvents {\n      at\n    }\n  }\n',
): (typeof documents)['\n  subscription MyNotificationEvents {\n    myNotificationEvents {\n      at\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProgressGoal_measure on GoalMeasure {\n    kind\n    baseline\n    target\n    targetDate\n    unit\n    trials\n    scaleMin\n    scaleMax\n    wholeNumbers\n  }\n',
): (typeof documents)['\n  fragment ProgressGoal_measure on GoalMeasure {\n    kind\n    baseline\n    target\n    targetDate\n    unit\n    trials\n    scaleMin\n    scaleMax\n    wholeNumbers\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProgressGoal_point on GoalDataPoint {\n    id\n    value\n    observedOn\n    setting\n    note\n    version\n    recordedBy {\n      id\n      displayName\n    }\n  }\n',
): (typeof documents)['\n  fragment ProgressGoal_point on GoalDataPoint {\n    id\n    value\n    observedOn\n    setting\n    note\n    version\n    recordedBy {\n      id\n      displayName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProgressGoal_chart on GoalProgress {\n    partId\n    area\n    annualGoal\n    aimStartDate\n    measure {\n      ...ProgressGoal_measure @unmask\n    }\n    points {\n      ...ProgressGoal_point @unmask\n    }\n    trend {\n      slopePerWeek\n      projectedAtTargetDate\n      fromDate\n      fromValue\n      toDate\n      toValue\n      pointsUsed\n    }\n    flags {\n      rule\n      windowStart\n      windowEnd\n      acknowledgment {\n        id\n        note\n        acknowledgedAt\n        acknowledgedBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment ProgressGoal_chart on GoalProgress {\n    partId\n    area\n    annualGoal\n    aimStartDate\n    measure {\n      ...ProgressGoal_measure @unmask\n    }\n    points {\n      ...ProgressGoal_point @unmask\n    }\n    trend {\n      slopePerWeek\n      projectedAtTargetDate\n      fromDate\n      fromValue\n      toDate\n      toValue\n      pointsUsed\n    }\n    flags {\n      rule\n      windowStart\n      windowEnd\n      acknowledgment {\n        id\n        note\n        acknowledgedAt\n        acknowledgedBy {\n          id\n          displayName\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IepProgress($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      studentFirstName\n      status\n    }\n    iepProgress(iepId: $iepId) {\n      needsMeasure\n      viewerCanRecord\n      ...ProgressGoal_chart @unmask\n    }\n  }\n',
): (typeof documents)['\n  query IepProgress($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      studentFirstName\n      status\n    }\n    iepProgress(iepId: $iepId) {\n      needsMeasure\n      viewerCanRecord\n      ...ProgressGoal_chart @unmask\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordGoalDataPoint($input: RecordGoalDataPointInput!) {\n    recordGoalDataPoint(input: $input) {\n      partId\n      ...ProgressGoal_point @unmask\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordGoalDataPoint($input: RecordGoalDataPointInput!) {\n    recordGoalDataPoint(input: $input) {\n      partId\n      ...ProgressGoal_point @unmask\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcknowledgeGoalFlag($input: AcknowledgeGoalFlagInput!) {\n    acknowledgeGoalFlag(input: $input) {\n      partId\n      flags {\n        rule\n        acknowledgment {\n          id\n          note\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AcknowledgeGoalFlag($input: AcknowledgeGoalFlagInput!) {\n    acknowledgeGoalFlag(input: $input) {\n      partId\n      flags {\n        rule\n        acknowledgment {\n          id\n          note\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IepProgressReports($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      studentFirstName\n    }\n    iepProgressReports(iepId: $iepId) {\n      id\n      status\n      dueDate\n      digest\n      sentAt\n      sentBy {\n        id\n        displayName\n      }\n      readAt\n      readBy {\n        id\n        displayName\n      }\n      viewerCanSend\n      viewerCanConfirmRead\n      pdfUrl\n      period {\n        id\n        name\n        firstDay\n        lastDay\n      }\n      entries {\n        partId\n        code\n        narrative\n        version\n        viewerCanWrite\n        updatedBy {\n          id\n          displayName\n        }\n        questions {\n          id\n          body\n          createdAt\n          author {\n            id\n            displayName\n          }\n        }\n        progress {\n          ...ProgressGoal_chart @unmask\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query IepProgressReports($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      studentFirstName\n    }\n    iepProgressReports(iepId: $iepId) {\n      id\n      status\n      dueDate\n      digest\n      sentAt\n      sentBy {\n        id\n        displayName\n      }\n      readAt\n      readBy {\n        id\n        displayName\n      }\n      viewerCanSend\n      viewerCanConfirmRead\n      pdfUrl\n      period {\n        id\n        name\n        firstDay\n        lastDay\n      }\n      entries {\n        partId\n        code\n        narrative\n        version\n        viewerCanWrite\n        updatedBy {\n          id\n          displayName\n        }\n        questions {\n          id\n          body\n          createdAt\n          author {\n            id\n            displayName\n          }\n        }\n        progress {\n          ...ProgressGoal_chart @unmask\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveProgressReportEntry($input: SaveProgressReportEntryInput!) {\n    saveProgressReportEntry(input: $input) {\n      partId\n      code\n      narrative\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation SaveProgressReportEntry($input: SaveProgressReportEntryInput!) {\n    saveProgressReportEntry(input: $input) {\n      partId\n      code\n      narrative\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SendProgressReport($iepId: ID!, $periodId: ID!) {\n    sendProgressReport(iepId: $iepId, periodId: $periodId) {\n      id\n      status\n      digest\n    }\n  }\n',
): (typeof documents)['\n  mutation SendProgressReport($iepId: ID!, $periodId: ID!) {\n    sendProgressReport(iepId: $iepId, periodId: $periodId) {\n      id\n      status\n      digest\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkProgressReportRead($reportId: ID!) {\n    markProgressReportRead(reportId: $reportId) {\n      id\n      readAt\n      viewerCanConfirmRead\n    }\n  }\n',
): (typeof documents)['\n  mutation MarkProgressReportRead($reportId: ID!) {\n    markProgressReportRead(reportId: $reportId) {\n      id\n      readAt\n      viewerCanConfirmRead\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AskProgressReportQuestion($input: AskProgressReportQuestionInput!) {\n    askProgressReportQuestion(input: $input) {\n      id\n      body\n    }\n  }\n',
): (typeof documents)['\n  mutation AskProgressReportQuestion($input: AskProgressReportQuestionInput!) {\n    askProgressReportQuestion(input: $input) {\n      id\n      body\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProgressCaseload {\n    myProgressCaseload {\n      iepId\n      studentId\n      studentName\n      goals {\n        partId\n        area\n        viewerCanRecord\n        measure {\n          ...ProgressGoal_measure @unmask\n        }\n        flags {\n          rule\n          acknowledgment {\n            id\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProgressCaseload {\n    myProgressCaseload {\n      iepId\n      studentId\n      studentName\n      goals {\n        partId\n        area\n        viewerCanRecord\n        measure {\n          ...ProgressGoal_measure @unmask\n        }\n        flags {\n          rule\n          acknowledgment {\n            id\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeConsentForServices($input: RevokeConsentForServicesInput!) {\n    revokeConsentForServices(input: $input) {\n      studentId\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeConsentForServices($input: RevokeConsentForServicesInput!) {\n    revokeConsentForServices(input: $input) {\n      studentId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ServicesStatus_revocation on ConsentRevocation {\n    status\n    servicesEndOn\n  }\n',
): (typeof documents)['\n  fragment ServicesStatus_revocation on ConsentRevocation {\n    status\n    servicesEndOn\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RevocationStatus_revocation on ConsentRevocation {\n    revokedOn\n    revokedByName\n    reason\n    noticeStatus\n    noticePdfUrl\n    ...ServicesStatus_revocation @unmask\n  }\n',
): (typeof documents)['\n  fragment RevocationStatus_revocation on ConsentRevocation {\n    revokedOn\n    revokedByName\n    reason\n    noticeStatus\n    noticePdfUrl\n    ...ServicesStatus_revocation @unmask\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetServicesEndAfterRevocation($input: SetServicesEndInput!) {\n    setServicesEndAfterRevocation(input: $input) {\n      studentId\n    }\n  }\n',
): (typeof documents)['\n  mutation SetServicesEndAfterRevocation($input: SetServicesEndInput!) {\n    setServicesEndAfterRevocation(input: $input) {\n      studentId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MajorityStatus_majority on MajorityRights {\n    standing\n    ageOfMajority\n    citation\n    majorityOn\n    transferredOn\n    guardianshipOn\n    transferNoticeDue\n  }\n',
): (typeof documents)['\n  fragment MajorityStatus_majority on MajorityRights {\n    standing\n    ageOfMajority\n    citation\n    majorityOn\n    transferredOn\n    guardianshipOn\n    transferNoticeDue\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordAdultGuardianship($input: RecordAdultGuardianshipInput!) {\n    recordAdultGuardianship(input: $input) {\n      studentId\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordAdultGuardianship($input: RecordAdultGuardianshipInput!) {\n    recordAdultGuardianship(input: $input) {\n      studentId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StudentRecordsRequests($studentId: ID!) {\n    studentRecordsRequests(studentId: $studentId) {\n      ...StudentRecords_requests @unmask\n    }\n  }\n  fragment StudentRecords_requests on StudentRecordsRequests {\n    studentId\n    studentFirstName\n    viewerCanRequest\n    viewerCanPrepare\n    requests {\n      id\n      status\n      requestedOn\n      requestedByName\n      note\n      dueDate\n      dueExplanation\n      dueBeforeMeeting\n      metOn\n      preparedAt\n      preparedByName\n      exportBytes\n      exportSha256\n      fileCount\n      deliveredAt\n      deliveredToName\n      downloadUrl\n    }\n  }\n',
): (typeof documents)['\n  query StudentRecordsRequests($studentId: ID!) {\n    studentRecordsRequests(studentId: $studentId) {\n      ...StudentRecords_requests @unmask\n    }\n  }\n  fragment StudentRecords_requests on StudentRecordsRequests {\n    studentId\n    studentFirstName\n    viewerCanRequest\n    viewerCanPrepare\n    requests {\n      id\n      status\n      requestedOn\n      requestedByName\n      note\n      dueDate\n      dueExplanation\n      dueBeforeMeeting\n      metOn\n      preparedAt\n      preparedByName\n      exportBytes\n      exportSha256\n      fileCount\n      deliveredAt\n      deliveredToName\n      downloadUrl\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestRecords($input: RequestRecordsInput!) {\n    requestRecords(input: $input) {\n      ...StudentRecords_requests @unmask\n    }\n  }\n',
): (typeof documents)['\n  mutation RequestRecords($input: RequestRecordsInput!) {\n    requestRecords(input: $input) {\n      ...StudentRecords_requests @unmask\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PrepareRecordsExport($input: PrepareRecordsExportInput!) {\n    prepareRecordsExport(input: $input) {\n      ...StudentRecords_requests @unmask\n    }\n  }\n',
): (typeof documents)['\n  mutation PrepareRecordsExport($input: PrepareRecordsExportInput!) {\n    prepareRecordsExport(input: $input) {\n      ...StudentRecords_requests @unmask\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StudentRights($studentId: ID!) {\n    studentRights(studentId: $studentId) {\n      studentId\n      studentFirstName\n      safeguardsLastReceivedOn\n      safeguardsGivenThisYear\n      viewerCanRecord\n      viewerCanRevoke\n      revocationIntent\n      revocationIntentVersion\n      majority {\n        ...MajorityStatus_majority @unmask\n        guardianshipNote\n      }\n      consentRevocation {\n        id\n        ...RevocationStatus_revocation @unmask\n      }\n      safeguardsDeliveries {\n        id\n        recipientName\n        occasion\n        channel\n        locale\n        deliveredOn\n        recordedByName\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StudentRights($studentId: ID!) {\n    studentRights(studentId: $studentId) {\n      studentId\n      studentFirstName\n      safeguardsLastReceivedOn\n      safeguardsGivenThisYear\n      viewerCanRecord\n      viewerCanRevoke\n      revocationIntent\n      revocationIntentVersion\n      majority {\n        ...MajorityStatus_majority @unmask\n        guardianshipNote\n      }\n      consentRevocation {\n        id\n        ...RevocationStatus_revocation @unmask\n      }\n      safeguardsDeliveries {\n        id\n        recipientName\n        occasion\n        channel\n        locale\n        deliveredOn\n        recordedByName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordSafeguardsDelivery($input: RecordSafeguardsDeliveryInput!) {\n    recordSafeguardsDelivery(input: $input) {\n      studentId\n      safeguardsLastReceivedOn\n      safeguardsGivenThisYear\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordSafeguardsDelivery($input: RecordSafeguardsDeliveryInput!) {\n    recordSafeguardsDelivery(input: $input) {\n      studentId\n      safeguardsLastReceivedOn\n      safeguardsGivenThisYear\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PlanCompensatoryMinutes($input: PlanCompensatoryMinutesInput!) {\n    planCompensatoryMinutes(input: $input) {\n      owed\n      planned\n      delivered\n    }\n  }\n',
): (typeof documents)['\n  mutation PlanCompensatoryMinutes($input: PlanCompensatoryMinutesInput!) {\n    planCompensatoryMinutes(input: $input) {\n      owed\n      planned\n      delivered\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GroupSessionServices {\n    myGroupSessionServices {\n      serviceId\n      iepId\n      studentName\n      category\n      description\n      minutes\n      startDate\n      endDate\n      location\n      goals {\n        id\n        area\n        scaleMin\n        scaleMax\n        wholeNumbers\n        viewerCanRecord\n      }\n    }\n  }\n',
): (typeof documents)['\n  query GroupSessionServices {\n    myGroupSessionServices {\n      serviceId\n      iepId\n      studentName\n      category\n      description\n      minutes\n      startDate\n      endDate\n      location\n      goals {\n        id\n        area\n        scaleMin\n        scaleMax\n        wholeNumbers\n        viewerCanRecord\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordGroupSession($input: RecordGroupSessionInput!) {\n    recordGroupSession(input: $input) {\n      replayed\n      dataPoints\n      sessions {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordGroupSession($input: RecordGroupSessionInput!) {\n    recordGroupSession(input: $input) {\n      replayed\n      dataPoints\n      sessions {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IepServicesPage($iepId: ID!) {\n    iepTeam(iepId: $iepId) {\n      iepId\n      studentFirstName\n    }\n    iepServiceDelivery(iepId: $iepId) {\n      serviceId\n      description\n      providerRole\n      minutes\n      frequency\n      startDate\n      endDate\n      location\n      providerName\n      viewerCanRecord\n      requiredIsEstimate\n      underDelivered\n      compensatoryBalance\n      compensatory {\n        owed\n        planned\n        delivered\n        plans {\n          id\n          date\n          minutes\n          fulfilledBySessionId\n        }\n      }\n      goals {\n        id\n        area\n      }\n      toDate {\n        required\n        delivered\n        excused\n        missedBySchool\n        madeUp\n      }\n      lastFourWeeks {\n        required\n        delivered\n      }\n      weeks {\n        weekStart\n        schoolDays\n        required\n        delivered\n        excused\n        missedBySchool\n        madeUp\n      }\n      sessions {\n        id\n        date\n        minutes\n        groupSize\n        status\n        providerName\n      }\n    }\n  }\n',
): (typeof documents)['\n  query IepServicesPage($iepId: ID!) {\n    iepTeam(iepId: $iepId) {\n      iepId\n      studentFirstName\n    }\n    iepServiceDelivery(iepId: $iepId) {\n      serviceId\n      description\n      providerRole\n      minutes\n      frequency\n      startDate\n      endDate\n      location\n      providerName\n      viewerCanRecord\n      requiredIsEstimate\n      underDelivered\n      compensatoryBalance\n      compensatory {\n        owed\n        planned\n        delivered\n        plans {\n          id\n          date\n          minutes\n          fulfilledBySessionId\n        }\n      }\n      goals {\n        id\n        area\n      }\n      toDate {\n        required\n        delivered\n        excused\n        missedBySchool\n        madeUp\n      }\n      lastFourWeeks {\n        required\n        delivered\n      }\n      weeks {\n        weekStart\n        schoolDays\n        required\n        delivered\n        excused\n        missedBySchool\n        madeUp\n      }\n      sessions {\n        id\n        date\n        minutes\n        groupSize\n        status\n        providerName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordServiceSession($input: RecordServiceSessionInput!) {\n    recordServiceSession(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordServiceSession($input: RecordServiceSessionInput!) {\n    recordServiceSession(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ServiceDeliveryDashboardPage($filter: ServiceDeliveryFilterInput) {\n    serviceDeliveryDashboard(filter: $filter) {\n      asOf\n      services\n      underDelivered\n      compensatoryOwed\n      groups {\n        dimension\n        key\n        label\n        services\n        underDelivered\n        compensatoryOwed\n      }\n      rows {\n        serviceId\n        iepId\n        studentName\n        schoolName\n        providerName\n        category\n        description\n        required\n        delivered\n        compensatoryBalance\n        compensatoryPlanned\n        underDelivered\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ServiceDeliveryDashboardPage($filter: ServiceDeliveryFilterInput) {\n    serviceDeliveryDashboard(filter: $filter) {\n      asOf\n      services\n      underDelivered\n      compensatoryOwed\n      groups {\n        dimension\n        key\n        label\n        services\n        underDelivered\n        compensatoryOwed\n      }\n      rows {\n        serviceId\n        iepId\n        studentName\n        schoolName\n        providerName\n        category\n        description\n        required\n        delivered\n        compensatoryBalance\n        compensatoryPlanned\n        underDelivered\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ChangePasswordAccount {\n    me {\n      id\n      email\n      displayName\n    }\n  }\n',
): (typeof documents)['\n  query ChangePasswordAccount {\n    me {\n      id\n      email\n      displayName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n',
): (typeof documents)['\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n',
): (typeof documents)['\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n',
): (typeof documents)['\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        displayName\n        locale\n        role\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        displayName\n        locale\n        role\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignOut {\n    signOut\n  }\n',
): (typeof documents)['\n  mutation SignOut {\n    signOut\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SignoffAmendmentChanges($iepId: ID!) {\n    iepVersionDiff(iepId: $iepId) {\n      fromIepId\n      fromVersion\n      toIepId\n      toVersion\n      parts {\n        kind\n        change\n        fromPartId\n        toPartId\n        fields {\n          field\n          segments {\n            kind\n            text\n          }\n        }\n      }\n    }\n    iep(id: $iepId) {\n      id\n      kind\n      status\n      parts {\n        id\n        kind\n        position\n        content\n      }\n    }\n    iepTeam(iepId: $iepId) {\n      iepId\n      studentFirstName\n    }\n  }\n',
): (typeof documents)['\n  query SignoffAmendmentChanges($iepId: ID!) {\n    iepVersionDiff(iepId: $iepId) {\n      fromIepId\n      fromVersion\n      toIepId\n      toVersion\n      parts {\n        kind\n        change\n        fromPartId\n        toPartId\n        fields {\n          field\n          segments {\n            kind\n            text\n          }\n        }\n      }\n    }\n    iep(id: $iepId) {\n      id\n      kind\n      status\n      parts {\n        id\n        kind\n        position\n        content\n      }\n    }\n    iepTeam(iepId: $iepId) {\n      iepId\n      studentFirstName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SignoffAttendanceIntent($locale: String) {\n    signatureIntent(purpose: ATTENDANCE, locale: $locale) {\n      version\n      locale\n      statement\n    }\n  }\n',
): (typeof documents)['\n  query SignoffAttendanceIntent($locale: String) {\n    signatureIntent(purpose: ATTENDANCE, locale: $locale) {\n      version\n      locale\n      statement\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignoffSignIepAttendance($input: SignIepAttendanceInput!) {\n    signIepAttendance(input: $input) {\n      id\n      signedAt\n      typedName\n    }\n  }\n',
): (typeof documents)['\n  mutation SignoffSignIepAttendance($input: SignIepAttendanceInput!) {\n    signIepAttendance(input: $input) {\n      id\n      signedAt\n      typedName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SignoffDecision_decision on IepDecision {\n    id\n    version\n    kind\n    decidedAt\n    signedOn\n    effectiveOn\n    reasons\n    exceptedPartIds\n    amendmentIepId\n    decidedBy {\n      id\n      displayName\n    }\n  }\n',
): (typeof documents)['\n  fragment SignoffDecision_decision on IepDecision {\n    id\n    version\n    kind\n    decidedAt\n    signedOn\n    effectiveOn\n    reasons\n    exceptedPartIds\n    amendmentIepId\n    decidedBy {\n      id\n      displayName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SignoffMyElectronicRecordsConsent {\n    myElectronicRecordsConsent {\n      id\n      disclosureVersion\n      locale\n      agreedAt\n      withdrawnAt\n      current\n    }\n  }\n',
): (typeof documents)['\n  query SignoffMyElectronicRecordsConsent {\n    myElectronicRecordsConsent {\n      id\n      disclosureVersion\n      locale\n      agreedAt\n      withdrawnAt\n      current\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignoffWithdrawElectronicRecordsConsent {\n    withdrawElectronicRecordsConsent {\n      id\n      withdrawnAt\n      current\n    }\n  }\n',
): (typeof documents)['\n  mutation SignoffWithdrawElectronicRecordsConsent {\n    withdrawElectronicRecordsConsent {\n      id\n      withdrawnAt\n      current\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SignoffFinalizePage($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      kind\n      status\n      canFinalize\n      parts {\n        id\n        kind\n        position\n        content\n      }\n      qualityChecks {\n        code\n        severity\n        partId\n        message\n      }\n    }\n    iepTeam(iepId: $iepId) {\n      iepId\n      studentFirstName\n      members {\n        userId\n        isGuardian\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SignoffFinalizePage($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      kind\n      status\n      canFinalize\n      parts {\n        id\n        kind\n        position\n        content\n      }\n      qualityChecks {\n        code\n        severity\n        partId\n        message\n      }\n    }\n    iepTeam(iepId: $iepId) {\n      iepId\n      studentFirstName\n      members {\n        userId\n        isGuardian\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignoffFinalizeIep($input: FinalizeIepInput!) {\n    finalizeIep(input: $input) {\n      id\n      status\n      canFinalize\n      canWithdrawProposal\n      currentVersion {\n        id\n        number\n        digest\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SignoffFinalizeIep($input: FinalizeIepInput!) {\n    finalizeIep(input: $input) {\n      id\n      status\n      canFinalize\n      canWithdrawProposal\n      currentVersion {\n        id\n        number\n        digest\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SignoffIepStatus($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      kind\n      status\n      studentId\n      derivedFromIepId\n      supersededByIepId\n      canFinalize\n      canWithdrawProposal\n      canDecide\n      canManagePriorWrittenNotices\n      requiresParentSignature\n      currentVersion {\n        id\n        number\n      }\n      priorWrittenNotices {\n        id\n        source\n        action\n        status\n        createdAt\n        sentAt\n      }\n    }\n    iepTeam(iepId: $iepId) {\n      iepId\n      studentFirstName\n    }\n  }\n',
): (typeof documents)['\n  query SignoffIepStatus($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      kind\n      status\n      studentId\n      derivedFromIepId\n      supersededByIepId\n      canFinalize\n      canWithdrawProposal\n      canDecide\n      canManagePriorWrittenNotices\n      requiresParentSignature\n      currentVersion {\n        id\n        number\n      }\n      priorWrittenNotices {\n        id\n        source\n        action\n        status\n        createdAt\n        sentAt\n      }\n    }\n    iepTeam(iepId: $iepId) {\n      iepId\n      studentFirstName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SignoffStudentForAmendment($studentId: ID!) {\n    student(id: $studentId) {\n      id\n      canStartIep\n      activeIepId\n    }\n  }\n',
): (typeof documents)['\n  query SignoffStudentForAmendment($studentId: ID!) {\n    student(id: $studentId) {\n      id\n      canStartIep\n      activeIepId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignoffStartAmendment($input: StartIepInput!) {\n    startIep(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation SignoffStartAmendment($input: StartIepInput!) {\n    startIep(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignoffWithdrawProposal($iepId: ID!) {\n    withdrawIepProposal(iepId: $iepId) {\n      id\n      status\n      canFinalize\n      canWithdrawProposal\n      canDecide\n    }\n  }\n',
): (typeof documents)['\n  mutation SignoffWithdrawProposal($iepId: ID!) {\n    withdrawIepProposal(iepId: $iepId) {\n      id\n      status\n      canFinalize\n      canWithdrawProposal\n      canDecide\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SignoffVersion_version on IepVersion {\n    id\n    number\n    digest\n    frozenAt\n    pdfUrl\n    certificateUrl\n    frozenBy {\n      id\n      displayName\n    }\n  }\n',
): (typeof documents)['\n  fragment SignoffVersion_version on IepVersion {\n    id\n    number\n    digest\n    frozenAt\n    pdfUrl\n    certificateUrl\n    frozenBy {\n      id\n      displayName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SignoffIepTimeline($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      status\n      versions {\n        ...SignoffVersion_version @unmask\n      }\n      decisions {\n        ...SignoffDecision_decision\n      }\n      signatures {\n        id\n        purpose\n        version\n        meetingId\n        signerRole\n        typedName\n        signedAt\n        signer {\n          id\n          displayName\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SignoffIepTimeline($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      status\n      versions {\n        ...SignoffVersion_version @unmask\n      }\n      decisions {\n        ...SignoffDecision_decision\n      }\n      signatures {\n        id\n        purpose\n        version\n        meetingId\n        signerRole\n        typedName\n        signedAt\n        signer {\n          id\n          displayName\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SignoffNoticePage($id: ID!, $iepId: ID!) {\n    priorWrittenNotice(id: $id) {\n      ...SignoffNoticeFields\n    }\n    iep(id: $iepId) {\n      id\n      canManagePriorWrittenNotices\n    }\n    iepTeam(iepId: $iepId) {\n      iepId\n      studentFirstName\n    }\n  }\n',
): (typeof documents)['\n  query SignoffNoticePage($id: ID!, $iepId: ID!) {\n    priorWrittenNotice(id: $id) {\n      ...SignoffNoticeFields\n    }\n    iep(id: $iepId) {\n      id\n      canManagePriorWrittenNotices\n    }\n    iepTeam(iepId: $iepId) {\n      iepId\n      studentFirstName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SignoffNoticeFields on PriorWrittenNotice {\n    id\n    iepId\n    source\n    action\n    status\n    version\n    locale\n    actionDescription\n    explanation\n    evaluationBasis\n    proceduralSafeguards\n    sourcesForAssistance\n    optionsConsidered\n    otherFactors\n    createdAt\n    sentAt\n    pdfUrl\n    sentBy {\n      id\n      displayName\n    }\n  }\n',
): (typeof documents)['\n  fragment SignoffNoticeFields on PriorWrittenNotice {\n    id\n    iepId\n    source\n    action\n    status\n    version\n    locale\n    actionDescription\n    explanation\n    evaluationBasis\n    proceduralSafeguards\n    sourcesForAssistance\n    optionsConsidered\n    otherFactors\n    createdAt\n    sentAt\n    pdfUrl\n    sentBy {\n      id\n      displayName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SignoffCurrentNotice($id: ID!) {\n    priorWrittenNotice(id: $id) {\n      ...SignoffNoticeFields\n    }\n  }\n',
): (typeof documents)['\n  query SignoffCurrentNotice($id: ID!) {\n    priorWrittenNotice(id: $id) {\n      ...SignoffNoticeFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignoffUpdateNotice($input: UpdatePriorWrittenNoticeInput!) {\n    updatePriorWrittenNotice(input: $input) {\n      ...SignoffNoticeFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SignoffUpdateNotice($input: UpdatePriorWrittenNoticeInput!) {\n    updatePriorWrittenNotice(input: $input) {\n      ...SignoffNoticeFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignoffSendNotice($input: SendPriorWrittenNoticeInput!) {\n    sendPriorWrittenNotice(input: $input) {\n      ...SignoffNoticeFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SignoffSendNotice($input: SendPriorWrittenNoticeInput!) {\n    sendPriorWrittenNotice(input: $input) {\n      ...SignoffNoticeFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SignoffElectronicRecordsDisclosure($locale: String) {\n    electronicRecordsDisclosure(locale: $locale) {\n      version\n      locale\n      title\n      paragraphs\n    }\n  }\n',
): (typeof documents)['\n  query SignoffElectronicRecordsDisclosure($locale: String) {\n    electronicRecordsDisclosure(locale: $locale) {\n      version\n      locale\n      title\n      paragraphs\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignoffAgreeToElectronicRecords($input: AgreeToElectronicRecordsInput!) {\n    agreeToElectronicRecords(input: $input) {\n      id\n      disclosureVersion\n      locale\n      agreedAt\n      withdrawnAt\n      current\n    }\n  }\n',
): (typeof documents)['\n  mutation SignoffAgreeToElectronicRecords($input: AgreeToElectronicRecordsInput!) {\n    agreeToElectronicRecords(input: $input) {\n      id\n      disclosureVersion\n      locale\n      agreedAt\n      withdrawnAt\n      current\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SignoffReview($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      kind\n      status\n      canDecide\n      currentVersion {\n        id\n        number\n        digest\n        frozenAt\n        pdfUrl\n        parts {\n          id\n          kind\n          position\n          content\n          excepted\n        }\n      }\n      decisions {\n        id\n        version\n        kind\n        decidedAt\n        decidedBy {\n          id\n          displayName\n        }\n      }\n    }\n    iepTeam(iepId: $iepId) {\n      iepId\n      studentFirstName\n    }\n    myElectronicRecordsConsent {\n      id\n      current\n    }\n  }\n',
): (typeof documents)['\n  query SignoffReview($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      kind\n      status\n      canDecide\n      currentVersion {\n        id\n        number\n        digest\n        frozenAt\n        pdfUrl\n        parts {\n          id\n          kind\n          position\n          content\n          excepted\n        }\n      }\n      decisions {\n        id\n        version\n        kind\n        decidedAt\n        decidedBy {\n          id\n          displayName\n        }\n      }\n    }\n    iepTeam(iepId: $iepId) {\n      iepId\n      studentFirstName\n    }\n    myElectronicRecordsConsent {\n      id\n      current\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignoffMarkIepReviewed($input: MarkIepReviewedInput!) {\n    markIepReviewed(input: $input) {\n      id\n      kind\n      version\n      decidedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation SignoffMarkIepReviewed($input: MarkIepReviewedInput!) {\n    markIepReviewed(input: $input) {\n      id\n      kind\n      version\n      decidedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SignoffDecisionIntent($decision: IepParentDecision!, $locale: String) {\n    signatureIntent(purpose: PARENT_DECISION, decision: $decision, locale: $locale) {\n      version\n      locale\n      statement\n    }\n  }\n',
): (typeof documents)['\n  query SignoffDecisionIntent($decision: IepParentDecision!, $locale: String) {\n    signatureIntent(purpose: PARENT_DECISION, decision: $decision, locale: $locale) {\n      version\n      locale\n      statement\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignoffDecideOnIep($input: DecideOnIepInput!) {\n    decideOnIep(input: $input) {\n      id\n      version\n      kind\n      amendmentIepId\n    }\n  }\n',
): (typeof documents)['\n  mutation SignoffDecideOnIep($input: DecideOnIepInput!) {\n    decideOnIep(input: $input) {\n      id\n      version\n      kind\n      amendmentIepId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SignoffVersion($iepId: ID!, $version: Int!) {\n    iepVersion(iepId: $iepId, version: $version) {\n      ...SignoffVersion_version @unmask\n      acknowledgedWarnings\n      parts {\n        id\n        kind\n        position\n        content\n        excepted\n      }\n    }\n    iep(id: $iepId) {\n      id\n      kind\n      status\n      decisions {\n        ...SignoffDecision_decision\n      }\n      signatures {\n        id\n        purpose\n        version\n        digest\n        signerRole\n        typedName\n        intentStatement\n        intentStatementVersion\n        electronicRecordsDisclosureVersion\n        signedAt\n        ip\n        userAgent\n        signer {\n          id\n          displayName\n        }\n      }\n    }\n    iepTeam(iepId: $iepId) {\n      iepId\n      studentFirstName\n    }\n  }\n',
): (typeof documents)['\n  query SignoffVersion($iepId: ID!, $version: Int!) {\n    iepVersion(iepId: $iepId, version: $version) {\n      ...SignoffVersion_version @unmask\n      acknowledgedWarnings\n      parts {\n        id\n        kind\n        position\n        content\n        excepted\n      }\n    }\n    iep(id: $iepId) {\n      id\n      kind\n      status\n      decisions {\n        ...SignoffDecision_decision\n      }\n      signatures {\n        id\n        purpose\n        version\n        digest\n        signerRole\n        typedName\n        intentStatement\n        intentStatementVersion\n        electronicRecordsDisclosureVersion\n        signedAt\n        ip\n        userAgent\n        signer {\n          id\n          displayName\n        }\n      }\n    }\n    iepTeam(iepId: $iepId) {\n      iepId\n      studentFirstName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SignoffVerifyVersion($iepId: ID!, $version: Int!) {\n    verifyIepVersion(iepId: $iepId, version: $version) {\n      iepId\n      version\n      storedDigest\n      computedDigest\n      intact\n      checkedAt\n      signatures {\n        signatureId\n        digest\n        matches\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SignoffVerifyVersion($iepId: ID!, $version: Int!) {\n    verifyIepVersion(iepId: $iepId, version: $version) {\n      iepId\n      version\n      storedDigest\n      computedDigest\n      intact\n      checkedAt\n      signatures {\n        signatureId\n        digest\n        matches\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      iepId\n      user {\n        id\n        displayName\n        locale\n        role\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      iepId\n      user {\n        id\n        displayName\n        locale\n        role\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IepTeam($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      kind\n      status\n    }\n    iepTeam(iepId: $iepId) {\n      iepId\n      studentFirstName\n      viewerCanManage\n      invitableRoles\n      members {\n        userId\n        ...TeamMemberItem_member\n      }\n      pendingInvitations {\n        id\n        ...PendingInvitationItem_invitation\n      }\n    }\n  }\n',
): (typeof documents)['\n  query IepTeam($iepId: ID!) {\n    iep(id: $iepId) {\n      id\n      kind\n      status\n    }\n    iepTeam(iepId: $iepId) {\n      iepId\n      studentFirstName\n      viewerCanManage\n      invitableRoles\n      members {\n        userId\n        ...TeamMemberItem_member\n      }\n      pendingInvitations {\n        id\n        ...PendingInvitationItem_invitation\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveTeamMember($iepId: ID!, $userId: ID!) {\n    removeTeamMember(iepId: $iepId, userId: $userId)\n  }\n',
): (typeof documents)['\n  mutation RemoveTeamMember($iepId: ID!, $userId: ID!) {\n    removeTeamMember(iepId: $iepId, userId: $userId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeInvitation($invitationId: ID!) {\n    revokeInvitation(invitationId: $invitationId)\n  }\n',
): (typeof documents)['\n  mutation RevokeInvitation($invitationId: ID!) {\n    revokeInvitation(invitationId: $invitationId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      studentFirstName\n      inviterName\n      teamRole\n      role\n      email\n      displayName\n      needsPassword\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      studentFirstName\n      inviterName\n      teamRole\n      role\n      email\n      displayName\n      needsPassword\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InviteToTeam($input: InviteToTeamInput!) {\n    inviteToTeam(input: $input) {\n      id\n      email\n    }\n  }\n',
): (typeof documents)['\n  mutation InviteToTeam($input: InviteToTeamInput!) {\n    inviteToTeam(input: $input) {\n      id\n      email\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PendingInvitationItem_invitation on TeamInvitation {\n    id\n    email\n    displayName\n    role\n    teamRole\n    invitedByName\n    sentAt\n    expiresAt\n  }\n',
): (typeof documents)['\n  fragment PendingInvitationItem_invitation on TeamInvitation {\n    id\n    email\n    displayName\n    role\n    teamRole\n    invitedByName\n    sentAt\n    expiresAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TeamMemberItem_member on TeamMember {\n    userId\n    displayName\n    role\n    teamRole\n    invitedByName\n    expiresAt\n    isCaseManager\n    isGuardian\n  }\n',
): (typeof documents)['\n  fragment TeamMemberItem_member on TeamMember {\n    userId\n    displayName\n    role\n    teamRole\n    invitedByName\n    expiresAt\n    isCaseManager\n    isGuardian\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
