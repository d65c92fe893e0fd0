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
    "\n  fragment AuditRow_event on AuditEvent {\n    id\n    at\n    summary\n  }\n": typeof types.AuditRow_EventFragmentDoc,
    "\n  query KommuneHistoryQuery($code: Int!) {\n    auditEvents(filter: { kommuneCode: $code }, limit: 20) {\n      total\n      totalCapped\n      items {\n        ...AuditRow_event\n      }\n    }\n  }\n": typeof types.KommuneHistoryQueryDocument,
    "\n  subscription KommuneHistoryLive($code: Int!) {\n    kommuneChanged(code: $code) {\n      code\n    }\n  }\n": typeof types.KommuneHistoryLiveDocument,
    "\n  query AuditLogQuery($filter: AuditFilter, $limit: Int!, $cursor: String) {\n    auditEvents(filter: $filter, limit: $limit, cursor: $cursor) {\n      total\n      totalCapped\n      nextCursor\n      items {\n        ...AuditRow_event\n      }\n    }\n    kommuner {\n      code\n      name\n    }\n  }\n": typeof types.AuditLogQueryDocument,
    "\n  query AuditLogUsersQuery {\n    users {\n      id\n      name\n    }\n  }\n": typeof types.AuditLogUsersQueryDocument,
    "\n  fragment UserRow_user on User {\n    id\n    name\n    email\n    role\n    active\n    kommune {\n      code\n      name\n    }\n  }\n": typeof types.UserRow_UserFragmentDoc,
    "\n  query BrugereQuery {\n    users {\n      ...UserRow_user\n    }\n    kommuner {\n      code\n      name\n    }\n  }\n": typeof types.BrugereQueryDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow_user\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserRow_user\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserRow_user\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserRow_user\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation ResetUserPassword($id: ID!, $newPassword: String!) {\n    resetUserPassword(id: $id, newPassword: $newPassword) {\n      id\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {\n    changeOwnPassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      id\n    }\n  }\n": typeof types.ChangeOwnPasswordDocument,
    "\n  fragment CurrentUser_user on User {\n    id\n    name\n    email\n    role\n    kommune {\n      code\n      name\n      officialName\n    }\n  }\n": typeof types.CurrentUser_UserFragmentDoc,
    "\n  query CurrentUserQuery {\n    me {\n      ...CurrentUser_user\n    }\n  }\n": typeof types.CurrentUserQueryDocument,
    "\n  mutation LoginMutation($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n    }\n  }\n": typeof types.LoginMutationDocument,
    "\n  mutation LogoutMutation {\n    logout\n  }\n": typeof types.LogoutMutationDocument,
    "\n  fragment ChecklistRow_item on ChecklistItem {\n    id\n    status\n    note\n    responsible\n    version\n    updatedAt\n    updatedByName\n    deadline\n    step {\n      id\n      code\n      number\n      phase\n      title\n      description\n      type\n      deadline\n    }\n  }\n": typeof types.ChecklistRow_ItemFragmentDoc,
    "\n  mutation UpdateChecklistItem($input: UpdateChecklistItemInput!) {\n    updateChecklistItem(input: $input) {\n      ...ChecklistRow_item\n      kommune {\n        ...KommuneStatus_kommune\n      }\n    }\n  }\n": typeof types.UpdateChecklistItemDocument,
    "\n  fragment Overblik_dashboard on Dashboard {\n    kommuneCount\n    agreement: terminated(kind: KMD_SAG_AGREEMENT)\n    manual: terminated(kind: MANUAL_CASES)\n    agreementSeries: terminationsOverTime(kind: KMD_SAG_AGREEMENT) {\n      date\n      count\n    }\n    manualSeries: terminationsOverTime(kind: MANUAL_CASES) {\n      date\n      count\n    }\n    agreementForecast: forecast(kind: KMD_SAG_AGREEMENT) {\n      date\n      method\n    }\n    manualForecast: forecast(kind: MANUAL_CASES) {\n      date\n      method\n    }\n    agreementMissing: notTerminated(kind: KMD_SAG_AGREEMENT) {\n      ...MissingKommune_kommune\n    }\n    manualMissing: notTerminated(kind: MANUAL_CASES) {\n      ...MissingKommune_kommune\n    }\n    stepProgress {\n      step {\n        id\n        code\n        number\n        title\n        deadline\n      }\n      done\n      started\n      notStarted\n      notApplicable\n    }\n  }\n": typeof types.Overblik_DashboardFragmentDoc,
    "\n  query OverblikWavesQuery {\n    dashboard {\n      ...OverblikWaves_dashboard\n    }\n  }\n": typeof types.OverblikWavesQueryDocument,
    "\n  fragment OverblikWaves_dashboard on Dashboard {\n    waves {\n      wave {\n        id\n        name\n        goLive\n      }\n      kommuneCount\n      green\n      yellow\n      red\n      gatesMissed\n    }\n  }\n": typeof types.OverblikWaves_DashboardFragmentDoc,
    "\n  subscription OverblikWavesLive {\n    dashboardChanged {\n      ...OverblikWaves_dashboard\n    }\n  }\n": typeof types.OverblikWavesLiveDocument,
    "\n  query OverblikQuery {\n    dashboard {\n      ...Overblik_dashboard\n    }\n  }\n": typeof types.OverblikQueryDocument,
    "\n  query OverblikSystemsQuery {\n    legacySystems {\n      id\n      name\n      kind\n      earliestShutdown\n      plannedShutdown\n      lastMoversKnown\n      lastMovers {\n        id\n        name\n        exited\n        expectedExit\n      }\n    }\n  }\n": typeof types.OverblikSystemsQueryDocument,
    "\n  subscription OverblikLive {\n    dashboardChanged {\n      ...Overblik_dashboard\n    }\n  }\n": typeof types.OverblikLiveDocument,
    "\n  fragment MissingKommune_kommune on Kommune {\n    code\n    officialName\n    region\n    contacts {\n      id\n      name\n      email\n      role\n    }\n  }\n": typeof types.MissingKommune_KommuneFragmentDoc,
    "\n  query OverblikBehindQuery {\n    dashboard {\n      trafficLights {\n        red\n        yellow\n        green\n      }\n      redKommuner {\n        code\n        name\n        behind {\n          itemId\n          number\n          title\n          deadline\n          trafficLight\n        }\n      }\n    }\n  }\n": typeof types.OverblikBehindQueryDocument,
    "\n  query DrejebogPreviewQuery($input: PublishDrejebogInput!) {\n    drejebogPublishPreview(input: $input) {\n      kommunerTurningRed\n      stepsKept\n      stepsAdded\n      stepsRetired\n      answersCarriedOver\n      answersNew\n      answersRetired\n      answersRetiredWithWork\n      retiredSteps {\n        id\n        title\n      }\n    }\n  }\n": typeof types.DrejebogPreviewQueryDocument,
    "\n  mutation PublishDrejebog($input: PublishDrejebogInput!) {\n    publishDrejebog(input: $input) {\n      ...DrejebogSteps_drejebog\n    }\n  }\n": typeof types.PublishDrejebogDocument,
    "\n  fragment DrejebogSteps_drejebog on Drejebog {\n    id\n    version\n    publishedAt\n    isCurrent\n    isExample\n    steps {\n      id\n      code\n      number\n      phase\n      title\n      description\n      type\n      deadline\n      opsigelseKind\n    }\n    gates {\n      number\n      name\n      weeksBeforeGoLive\n      verification {\n        id\n        code\n        title\n      }\n      prerequisites {\n        id\n        code\n      }\n    }\n  }\n": typeof types.DrejebogSteps_DrejebogFragmentDoc,
    "\n  query DrejebogQuery {\n    drejebog {\n      ...DrejebogSteps_drejebog\n    }\n    drejebogVersions {\n      ...DrejebogSteps_drejebog\n    }\n  }\n": typeof types.DrejebogQueryDocument,
    "\n  query ExampleDrejebogQuery {\n    drejebog {\n      id\n      version\n      isExample\n    }\n  }\n": typeof types.ExampleDrejebogQueryDocument,
    "\n  fragment ImportPreview_preview on ImportPreview {\n    newCount\n    changedCount\n    unchangedCount\n    errorCount\n    rows {\n      line\n      outcome\n      summary\n      message\n    }\n    retiredSteps {\n      id\n      number\n      title\n    }\n  }\n": typeof types.ImportPreview_PreviewFragmentDoc,
    "\n  query PreviewOpsigelseImport($fileBase64: String!, $fileName: String!) {\n    previewOpsigelseImport(fileBase64: $fileBase64, fileName: $fileName) {\n      ...ImportPreview_preview\n    }\n  }\n": typeof types.PreviewOpsigelseImportDocument,
    "\n  mutation ApplyOpsigelseImport($fileBase64: String!, $fileName: String!) {\n    applyOpsigelseImport(fileBase64: $fileBase64, fileName: $fileName) {\n      created\n      changed\n      unchanged\n    }\n  }\n": typeof types.ApplyOpsigelseImportDocument,
    "\n  query PreviewContactImport($fileBase64: String!, $fileName: String!) {\n    previewContactImport(fileBase64: $fileBase64, fileName: $fileName) {\n      ...ImportPreview_preview\n    }\n  }\n": typeof types.PreviewContactImportDocument,
    "\n  mutation ApplyContactImport($fileBase64: String!, $fileName: String!) {\n    applyContactImport(fileBase64: $fileBase64, fileName: $fileName) {\n      created\n      changed\n      unchanged\n    }\n  }\n": typeof types.ApplyContactImportDocument,
    "\n  query PreviewDrejebogImport($fileBase64: String!, $fileName: String!, $version: String!) {\n    previewDrejebogImport(fileBase64: $fileBase64, fileName: $fileName, version: $version) {\n      ...ImportPreview_preview\n    }\n  }\n": typeof types.PreviewDrejebogImportDocument,
    "\n  mutation ApplyDrejebogImport($fileBase64: String!, $fileName: String!, $version: String!) {\n    applyDrejebogImport(fileBase64: $fileBase64, fileName: $fileName, version: $version) {\n      id\n      version\n      isCurrent\n      isExample\n    }\n  }\n": typeof types.ApplyDrejebogImportDocument,
    "\n  query ContactRolesAdminQuery {\n    contactRoles {\n      name\n      sortOrder\n      receivesStatusMail\n    }\n  }\n": typeof types.ContactRolesAdminQueryDocument,
    "\n  mutation AddContactRole($name: String!) {\n    addContactRole(name: $name) {\n      name\n      sortOrder\n      receivesStatusMail\n    }\n  }\n": typeof types.AddContactRoleDocument,
    "\n  mutation SetContactRoleStatusMail($name: String!, $receivesStatusMail: Boolean!) {\n    setContactRoleStatusMail(name: $name, receivesStatusMail: $receivesStatusMail) {\n      name\n      receivesStatusMail\n    }\n  }\n": typeof types.SetContactRoleStatusMailDocument,
    "\n  mutation RemoveContactRole($name: String!) {\n    removeContactRole(name: $name)\n  }\n": typeof types.RemoveContactRoleDocument,
    "\n  fragment ContactsPanel_contact on Contact {\n    id\n    name\n    email\n    phone\n    role\n    receivesStatus\n  }\n": typeof types.ContactsPanel_ContactFragmentDoc,
    "\n  fragment ContactsPanel_kommune on Kommune {\n    code\n    name\n    officialName\n    contacts {\n      ...ContactsPanel_contact\n    }\n  }\n": typeof types.ContactsPanel_KommuneFragmentDoc,
    "\n  query ContactRolesQuery {\n    contactRoles {\n      name\n    }\n  }\n": typeof types.ContactRolesQueryDocument,
    "\n  fragment KommuneStatus_kommune on Kommune {\n    code\n    trafficLight\n    progress {\n      done\n      started\n      notStarted\n      notApplicable\n      total\n    }\n    behind {\n      itemId\n      number\n      title\n      deadline\n      trafficLight\n    }\n    gates {\n      ...GatesTable_status\n    }\n  }\n": typeof types.KommuneStatus_KommuneFragmentDoc,
    "\n  query KommuneQuery($code: Int!) {\n    kommune(code: $code) {\n      code\n      name\n      officialName\n      region\n      waveProvisional\n      wave {\n        id\n        name\n        goLive\n      }\n      ...KommuneStatus_kommune\n      checklist {\n        ...ChecklistRow_item\n      }\n      ...OpsigelserPanel_kommune\n      ...ContactsPanel_kommune\n    }\n  }\n": typeof types.KommuneQueryDocument,
    "\n  subscription KommuneLive($code: Int!) {\n    kommuneChanged(code: $code) {\n      ...KommuneStatus_kommune\n      ...OpsigelserPanel_kommune\n      ...ContactsPanel_kommune\n    }\n  }\n": typeof types.KommuneLiveDocument,
    "\n  subscription KommuneChecklistLive($code: Int!) {\n    checklistItemChanged(kommuneCode: $code) {\n      item {\n        ...ChecklistRow_item\n        kommune {\n          ...KommuneStatus_kommune\n        }\n      }\n    }\n  }\n": typeof types.KommuneChecklistLiveDocument,
    "\n  fragment KommuneRow_kommune on Kommune {\n    code\n    name\n    region\n    trafficLight\n    waveProvisional\n    wave {\n      id\n      name\n    }\n    progress {\n      done\n      notApplicable\n      total\n    }\n    opsigelser {\n      id\n      kind\n      date\n    }\n  }\n": typeof types.KommuneRow_KommuneFragmentDoc,
    "\n  query KommunerQuery {\n    kommuner {\n      ...KommuneRow_kommune\n    }\n  }\n": typeof types.KommunerQueryDocument,
    "\n  subscription KommunerLive {\n    kommuneChanged {\n      ...KommuneRow_kommune\n    }\n  }\n": typeof types.KommunerLiveDocument,
    "\n  mutation AddContact($input: AddContactInput!) {\n    addContact(input: $input) {\n      id\n      kommune {\n        ...ContactsPanel_kommune\n      }\n    }\n  }\n": typeof types.AddContactDocument,
    "\n  mutation RemoveContact($id: ID!) {\n    removeContact(id: $id)\n  }\n": typeof types.RemoveContactDocument,
    "\n  mutation UpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      ...ContactsPanel_contact\n    }\n  }\n": typeof types.UpdateContactDocument,
    "\n  fragment LastMoverList_system on LegacySystem {\n    id\n    lastMovers {\n      id\n      name\n      expectedExit\n      exited\n      note\n    }\n  }\n": typeof types.LastMoverList_SystemFragmentDoc,
    "\n  mutation UpdateShutdownPlan($input: UpdateLegacySystemInput!) {\n    updateLegacySystem(input: $input) {\n      id\n      plannedShutdown\n      lastMoversKnown\n      earliestShutdown\n      shutdownAtRisk\n    }\n  }\n": typeof types.UpdateShutdownPlanDocument,
    "\n  mutation UpdateLastMoverExit($input: UpdateLastMoverInput!) {\n    updateLastMover(input: $input) {\n      id\n      system {\n        ...SystemShutdown_system\n      }\n    }\n  }\n": typeof types.UpdateLastMoverExitDocument,
    "\n  mutation RemoveLastMover($id: ID!) {\n    removeLastMover(id: $id)\n  }\n": typeof types.RemoveLastMoverDocument,
    "\n  mutation AddAlternative($input: AlternativeInput!) {\n    addAlternative(input: $input) {\n      id\n      name\n      note\n    }\n  }\n": typeof types.AddAlternativeDocument,
    "\n  mutation RemoveAlternative($id: ID!) {\n    removeAlternative(id: $id)\n  }\n": typeof types.RemoveAlternativeDocument,
    "\n  fragment SystemForm_system on LegacySystem {\n    id\n    name\n    kind\n    owner\n    status\n    retiredAt\n  }\n": typeof types.SystemForm_SystemFragmentDoc,
    "\n  mutation CreateLegacySystem($input: CreateLegacySystemInput!) {\n    createLegacySystem(input: $input) {\n      ...SystemForm_system\n    }\n  }\n": typeof types.CreateLegacySystemDocument,
    "\n  mutation UpdateLegacySystemDetails($input: UpdateLegacySystemInput!) {\n    updateLegacySystem(input: $input) {\n      ...SystemForm_system\n      earliestShutdown\n    }\n  }\n": typeof types.UpdateLegacySystemDetailsDocument,
    "\n  mutation RetireLegacySystem($id: ID!) {\n    retireLegacySystem(id: $id) {\n      ...SystemForm_system\n    }\n  }\n": typeof types.RetireLegacySystemDocument,
    "\n  fragment SystemShutdown_system on LegacySystem {\n    id\n    earliestShutdown\n    lastMoversKnown\n    shutdownAtRisk\n    ...LastMoverList_system\n  }\n": typeof types.SystemShutdown_SystemFragmentDoc,
    "\n  query SystemQuery($id: ID!) {\n    legacySystem(id: $id) {\n      id\n      name\n      kind\n      owner\n      status\n      plannedShutdown\n      retiredAt\n      kommunerLeft\n      ...SystemShutdown_system\n      ...SystemForm_system\n      alternatives {\n        id\n        name\n        note\n      }\n    }\n  }\n": typeof types.SystemQueryDocument,
    "\n  mutation AddLastMover($input: LastMoverInput!) {\n    addLastMover(input: $input) {\n      id\n      system {\n        ...SystemShutdown_system\n      }\n    }\n  }\n": typeof types.AddLastMoverDocument,
    "\n  query LastMoverChoicesQuery {\n    legacySystems {\n      id\n      name\n      lastMovers {\n        id\n        name\n      }\n    }\n  }\n": typeof types.LastMoverChoicesQueryDocument,
    "\n  query SystemerQuery {\n    legacySystems {\n      id\n      name\n      kind\n      owner\n      status\n      earliestShutdown\n      plannedShutdown\n      lastMoversKnown\n      shutdownAtRisk\n      kommunerLeft\n      ...LastMoverList_system\n      alternatives {\n        id\n        name\n        note\n      }\n    }\n  }\n": typeof types.SystemerQueryDocument,
    "\n  fragment OpsigelserPanel_kommune on Kommune {\n    code\n    name\n    officialName\n    opsigelser {\n      id\n      kind\n      date\n      note\n      recordedAt\n    }\n  }\n": typeof types.OpsigelserPanel_KommuneFragmentDoc,
    "\n  fragment OpsigelseAnswer_opsigelse on Opsigelse {\n    id\n    kommune {\n      ...OpsigelserPanel_kommune\n      ...KommuneStatus_kommune\n      checklist {\n        ...ChecklistRow_item\n      }\n    }\n  }\n": typeof types.OpsigelseAnswer_OpsigelseFragmentDoc,
    "\n  mutation RecordOpsigelse($input: RecordOpsigelseInput!) {\n    recordOpsigelse(input: $input) {\n      ...OpsigelseAnswer_opsigelse\n    }\n  }\n": typeof types.RecordOpsigelseDocument,
    "\n  mutation WithdrawOpsigelse($id: ID!) {\n    withdrawOpsigelseWithKommune(id: $id) {\n      ...OpsigelseAnswer_opsigelse\n    }\n  }\n": typeof types.WithdrawOpsigelseDocument,
    "\n  query UdsendelserQuery($week: String, $state: OutboxState, $limit: Int!, $offset: Int!) {\n    outbox(week: $week, state: $state, limit: $limit, offset: $offset) {\n      ...OutboxRow_message\n    }\n    kommuner {\n      code\n      name\n    }\n  }\n": typeof types.UdsendelserQueryDocument,
    "\n  fragment OutboxRow_message on OutboxMessage {\n    id\n    to\n    subject\n    kommuneCode\n    week\n    state\n    attempts\n    error\n    createdAt\n    sentAt\n  }\n": typeof types.OutboxRow_MessageFragmentDoc,
    "\n  query StatusEmailPreviewQuery($kommuneCode: Int!) {\n    statusEmailPreview(kommuneCode: $kommuneCode) {\n      to\n      subject\n      text\n      html\n    }\n  }\n": typeof types.StatusEmailPreviewQueryDocument,
    "\n  mutation SendStatusEmails($week: String) {\n    sendStatusEmails(week: $week)\n  }\n": typeof types.SendStatusEmailsDocument,
    "\n  mutation RetryOutboxMessage($id: ID!) {\n    retryOutboxMessage(id: $id) {\n      ...OutboxRow_message\n    }\n  }\n": typeof types.RetryOutboxMessageDocument,
    "\n  fragment BoelgerWave_wave on Wave {\n    id\n    name\n    goLive\n    kickOff\n    windows {\n      phase\n      start\n      end\n    }\n  }\n": typeof types.BoelgerWave_WaveFragmentDoc,
    "\n  fragment BoelgerKommune_kommune on Kommune {\n    code\n    name\n    trafficLight\n    waveProvisional\n    wave {\n      id\n    }\n    progress {\n      done\n      notApplicable\n      total\n    }\n    gates {\n      date\n      state\n      gate {\n        number\n        name\n      }\n    }\n  }\n": typeof types.BoelgerKommune_KommuneFragmentDoc,
    "\n  query BoelgerQuery {\n    waves {\n      ...BoelgerWave_wave\n    }\n    drejebog {\n      id\n      steps {\n        id\n        phase\n      }\n    }\n    kommuner {\n      ...BoelgerKommune_kommune\n    }\n  }\n": typeof types.BoelgerQueryDocument,
    "\n  subscription BoelgerWavesLive {\n    wavesChanged {\n      ...BoelgerWave_wave\n    }\n  }\n": typeof types.BoelgerWavesLiveDocument,
    "\n  subscription BoelgerKommunerLive {\n    kommuneChanged {\n      ...BoelgerKommune_kommune\n    }\n  }\n": typeof types.BoelgerKommunerLiveDocument,
    "\n  mutation CreateWave($input: WaveInput!) {\n    createWave(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateWaveDocument,
    "\n  mutation UpdateWave($id: ID!, $input: WaveInput!) {\n    updateWave(id: $id, input: $input) {\n      ...BoelgerWave_wave\n      kommuner {\n        ...BoelgerKommune_kommune\n      }\n    }\n  }\n": typeof types.UpdateWaveDocument,
    "\n  mutation DeleteWave($id: ID!) {\n    deleteWave(id: $id)\n  }\n": typeof types.DeleteWaveDocument,
    "\n  mutation AssignWave($kommuneCode: Int!, $waveId: ID, $provisional: Boolean) {\n    assignWave(kommuneCode: $kommuneCode, waveId: $waveId, provisional: $provisional) {\n      ...BoelgerKommune_kommune\n    }\n  }\n": typeof types.AssignWaveDocument,
    "\n  mutation ImportWavePlan($csv: String!) {\n    importWavePlan(csv: $csv)\n  }\n": typeof types.ImportWavePlanDocument,
    "\n  fragment GatesTable_status on GateStatus {\n    date\n    state\n    gate {\n      number\n      name\n      weeksBeforeGoLive\n      verification {\n        id\n        code\n        title\n      }\n      prerequisites {\n        id\n        code\n      }\n    }\n  }\n": typeof types.GatesTable_StatusFragmentDoc,
};
const documents: Documents = {
    "\n  fragment AuditRow_event on AuditEvent {\n    id\n    at\n    summary\n  }\n": types.AuditRow_EventFragmentDoc,
    "\n  query KommuneHistoryQuery($code: Int!) {\n    auditEvents(filter: { kommuneCode: $code }, limit: 20) {\n      total\n      totalCapped\n      items {\n        ...AuditRow_event\n      }\n    }\n  }\n": types.KommuneHistoryQueryDocument,
    "\n  subscription KommuneHistoryLive($code: Int!) {\n    kommuneChanged(code: $code) {\n      code\n    }\n  }\n": types.KommuneHistoryLiveDocument,
    "\n  query AuditLogQuery($filter: AuditFilter, $limit: Int!, $cursor: String) {\n    auditEvents(filter: $filter, limit: $limit, cursor: $cursor) {\n      total\n      totalCapped\n      nextCursor\n      items {\n        ...AuditRow_event\n      }\n    }\n    kommuner {\n      code\n      name\n    }\n  }\n": types.AuditLogQueryDocument,
    "\n  query AuditLogUsersQuery {\n    users {\n      id\n      name\n    }\n  }\n": types.AuditLogUsersQueryDocument,
    "\n  fragment UserRow_user on User {\n    id\n    name\n    email\n    role\n    active\n    kommune {\n      code\n      name\n    }\n  }\n": types.UserRow_UserFragmentDoc,
    "\n  query BrugereQuery {\n    users {\n      ...UserRow_user\n    }\n    kommuner {\n      code\n      name\n    }\n  }\n": types.BrugereQueryDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow_user\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserRow_user\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserRow_user\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserRow_user\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation ResetUserPassword($id: ID!, $newPassword: String!) {\n    resetUserPassword(id: $id, newPassword: $newPassword) {\n      id\n    }\n  }\n": types.ResetUserPasswordDocument,
    "\n  mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {\n    changeOwnPassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      id\n    }\n  }\n": types.ChangeOwnPasswordDocument,
    "\n  fragment CurrentUser_user on User {\n    id\n    name\n    email\n    role\n    kommune {\n      code\n      name\n      officialName\n    }\n  }\n": types.CurrentUser_UserFragmentDoc,
    "\n  query CurrentUserQuery {\n    me {\n      ...CurrentUser_user\n    }\n  }\n": types.CurrentUserQueryDocument,
    "\n  mutation LoginMutation($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n    }\n  }\n": types.LoginMutationDocument,
    "\n  mutation LogoutMutation {\n    logout\n  }\n": types.LogoutMutationDocument,
    "\n  fragment ChecklistRow_item on ChecklistItem {\n    id\n    status\n    note\n    responsible\n    version\n    updatedAt\n    updatedByName\n    deadline\n    step {\n      id\n      code\n      number\n      phase\n      title\n      description\n      type\n      deadline\n    }\n  }\n": types.ChecklistRow_ItemFragmentDoc,
    "\n  mutation UpdateChecklistItem($input: UpdateChecklistItemInput!) {\n    updateChecklistItem(input: $input) {\n      ...ChecklistRow_item\n      kommune {\n        ...KommuneStatus_kommune\n      }\n    }\n  }\n": types.UpdateChecklistItemDocument,
    "\n  fragment Overblik_dashboard on Dashboard {\n    kommuneCount\n    agreement: terminated(kind: KMD_SAG_AGREEMENT)\n    manual: terminated(kind: MANUAL_CASES)\n    agreementSeries: terminationsOverTime(kind: KMD_SAG_AGREEMENT) {\n      date\n      count\n    }\n    manualSeries: terminationsOverTime(kind: MANUAL_CASES) {\n      date\n      count\n    }\n    agreementForecast: forecast(kind: KMD_SAG_AGREEMENT) {\n      date\n      method\n    }\n    manualForecast: forecast(kind: MANUAL_CASES) {\n      date\n      method\n    }\n    agreementMissing: notTerminated(kind: KMD_SAG_AGREEMENT) {\n      ...MissingKommune_kommune\n    }\n    manualMissing: notTerminated(kind: MANUAL_CASES) {\n      ...MissingKommune_kommune\n    }\n    stepProgress {\n      step {\n        id\n        code\n        number\n        title\n        deadline\n      }\n      done\n      started\n      notStarted\n      notApplicable\n    }\n  }\n": types.Overblik_DashboardFragmentDoc,
    "\n  query OverblikWavesQuery {\n    dashboard {\n      ...OverblikWaves_dashboard\n    }\n  }\n": types.OverblikWavesQueryDocument,
    "\n  fragment OverblikWaves_dashboard on Dashboard {\n    waves {\n      wave {\n        id\n        name\n        goLive\n      }\n      kommuneCount\n      green\n      yellow\n      red\n      gatesMissed\n    }\n  }\n": types.OverblikWaves_DashboardFragmentDoc,
    "\n  subscription OverblikWavesLive {\n    dashboardChanged {\n      ...OverblikWaves_dashboard\n    }\n  }\n": types.OverblikWavesLiveDocument,
    "\n  query OverblikQuery {\n    dashboard {\n      ...Overblik_dashboard\n    }\n  }\n": types.OverblikQueryDocument,
    "\n  query OverblikSystemsQuery {\n    legacySystems {\n      id\n      name\n      kind\n      earliestShutdown\n      plannedShutdown\n      lastMoversKnown\n      lastMovers {\n        id\n        name\n        exited\n        expectedExit\n      }\n    }\n  }\n": types.OverblikSystemsQueryDocument,
    "\n  subscription OverblikLive {\n    dashboardChanged {\n      ...Overblik_dashboard\n    }\n  }\n": types.OverblikLiveDocument,
    "\n  fragment MissingKommune_kommune on Kommune {\n    code\n    officialName\n    region\n    contacts {\n      id\n      name\n      email\n      role\n    }\n  }\n": types.MissingKommune_KommuneFragmentDoc,
    "\n  query OverblikBehindQuery {\n    dashboard {\n      trafficLights {\n        red\n        yellow\n        green\n      }\n      redKommuner {\n        code\n        name\n        behind {\n          itemId\n          number\n          title\n          deadline\n          trafficLight\n        }\n      }\n    }\n  }\n": types.OverblikBehindQueryDocument,
    "\n  query DrejebogPreviewQuery($input: PublishDrejebogInput!) {\n    drejebogPublishPreview(input: $input) {\n      kommunerTurningRed\n      stepsKept\n      stepsAdded\n      stepsRetired\n      answersCarriedOver\n      answersNew\n      answersRetired\n      answersRetiredWithWork\n      retiredSteps {\n        id\n        title\n      }\n    }\n  }\n": types.DrejebogPreviewQueryDocument,
    "\n  mutation PublishDrejebog($input: PublishDrejebogInput!) {\n    publishDrejebog(input: $input) {\n      ...DrejebogSteps_drejebog\n    }\n  }\n": types.PublishDrejebogDocument,
    "\n  fragment DrejebogSteps_drejebog on Drejebog {\n    id\n    version\n    publishedAt\n    isCurrent\n    isExample\n    steps {\n      id\n      code\n      number\n      phase\n      title\n      description\n      type\n      deadline\n      opsigelseKind\n    }\n    gates {\n      number\n      name\n      weeksBeforeGoLive\n      verification {\n        id\n        code\n        title\n      }\n      prerequisites {\n        id\n        code\n      }\n    }\n  }\n": types.DrejebogSteps_DrejebogFragmentDoc,
    "\n  query DrejebogQuery {\n    drejebog {\n      ...DrejebogSteps_drejebog\n    }\n    drejebogVersions {\n      ...DrejebogSteps_drejebog\n    }\n  }\n": types.DrejebogQueryDocument,
    "\n  query ExampleDrejebogQuery {\n    drejebog {\n      id\n      version\n      isExample\n    }\n  }\n": types.ExampleDrejebogQueryDocument,
    "\n  fragment ImportPreview_preview on ImportPreview {\n    newCount\n    changedCount\n    unchangedCount\n    errorCount\n    rows {\n      line\n      outcome\n      summary\n      message\n    }\n    retiredSteps {\n      id\n      number\n      title\n    }\n  }\n": types.ImportPreview_PreviewFragmentDoc,
    "\n  query PreviewOpsigelseImport($fileBase64: String!, $fileName: String!) {\n    previewOpsigelseImport(fileBase64: $fileBase64, fileName: $fileName) {\n      ...ImportPreview_preview\n    }\n  }\n": types.PreviewOpsigelseImportDocument,
    "\n  mutation ApplyOpsigelseImport($fileBase64: String!, $fileName: String!) {\n    applyOpsigelseImport(fileBase64: $fileBase64, fileName: $fileName) {\n      created\n      changed\n      unchanged\n    }\n  }\n": types.ApplyOpsigelseImportDocument,
    "\n  query PreviewContactImport($fileBase64: String!, $fileName: String!) {\n    previewContactImport(fileBase64: $fileBase64, fileName: $fileName) {\n      ...ImportPreview_preview\n    }\n  }\n": types.PreviewContactImportDocument,
    "\n  mutation ApplyContactImport($fileBase64: String!, $fileName: String!) {\n    applyContactImport(fileBase64: $fileBase64, fileName: $fileName) {\n      created\n      changed\n      unchanged\n    }\n  }\n": types.ApplyContactImportDocument,
    "\n  query PreviewDrejebogImport($fileBase64: String!, $fileName: String!, $version: String!) {\n    previewDrejebogImport(fileBase64: $fileBase64, fileName: $fileName, version: $version) {\n      ...ImportPreview_preview\n    }\n  }\n": types.PreviewDrejebogImportDocument,
    "\n  mutation ApplyDrejebogImport($fileBase64: String!, $fileName: String!, $version: String!) {\n    applyDrejebogImport(fileBase64: $fileBase64, fileName: $fileName, version: $version) {\n      id\n      version\n      isCurrent\n      isExample\n    }\n  }\n": types.ApplyDrejebogImportDocument,
    "\n  query ContactRolesAdminQuery {\n    contactRoles {\n      name\n      sortOrder\n      receivesStatusMail\n    }\n  }\n": types.ContactRolesAdminQueryDocument,
    "\n  mutation AddContactRole($name: String!) {\n    addContactRole(name: $name) {\n      name\n      sortOrder\n      receivesStatusMail\n    }\n  }\n": types.AddContactRoleDocument,
    "\n  mutation SetContactRoleStatusMail($name: String!, $receivesStatusMail: Boolean!) {\n    setContactRoleStatusMail(name: $name, receivesStatusMail: $receivesStatusMail) {\n      name\n      receivesStatusMail\n    }\n  }\n": types.SetContactRoleStatusMailDocument,
    "\n  mutation RemoveContactRole($name: String!) {\n    removeContactRole(name: $name)\n  }\n": types.RemoveContactRoleDocument,
    "\n  fragment ContactsPanel_contact on Contact {\n    id\n    name\n    email\n    phone\n    role\n    receivesStatus\n  }\n": types.ContactsPanel_ContactFragmentDoc,
    "\n  fragment ContactsPanel_kommune on Kommune {\n    code\n    name\n    officialName\n    contacts {\n      ...ContactsPanel_contact\n    }\n  }\n": types.ContactsPanel_KommuneFragmentDoc,
    "\n  query ContactRolesQuery {\n    contactRoles {\n      name\n    }\n  }\n": types.ContactRolesQueryDocument,
    "\n  fragment KommuneStatus_kommune on Kommune {\n    code\n    trafficLight\n    progress {\n      done\n      started\n      notStarted\n      notApplicable\n      total\n    }\n    behind {\n      itemId\n      number\n      title\n      deadline\n      trafficLight\n    }\n    gates {\n      ...GatesTable_status\n    }\n  }\n": types.KommuneStatus_KommuneFragmentDoc,
    "\n  query KommuneQuery($code: Int!) {\n    kommune(code: $code) {\n      code\n      name\n      officialName\n      region\n      waveProvisional\n      wave {\n        id\n        name\n        goLive\n      }\n      ...KommuneStatus_kommune\n      checklist {\n        ...ChecklistRow_item\n      }\n      ...OpsigelserPanel_kommune\n      ...ContactsPanel_kommune\n    }\n  }\n": types.KommuneQueryDocument,
    "\n  subscription KommuneLive($code: Int!) {\n    kommuneChanged(code: $code) {\n      ...KommuneStatus_kommune\n      ...OpsigelserPanel_kommune\n      ...ContactsPanel_kommune\n    }\n  }\n": types.KommuneLiveDocument,
    "\n  subscription KommuneChecklistLive($code: Int!) {\n    checklistItemChanged(kommuneCode: $code) {\n      item {\n        ...ChecklistRow_item\n        kommune {\n          ...KommuneStatus_kommune\n        }\n      }\n    }\n  }\n": types.KommuneChecklistLiveDocument,
    "\n  fragment KommuneRow_kommune on Kommune {\n    code\n    name\n    region\n    trafficLight\n    waveProvisional\n    wave {\n      id\n      name\n    }\n    progress {\n      done\n      notApplicable\n      total\n    }\n    opsigelser {\n      id\n      kind\n      date\n    }\n  }\n": types.KommuneRow_KommuneFragmentDoc,
    "\n  query KommunerQuery {\n    kommuner {\n      ...KommuneRow_kommune\n    }\n  }\n": types.KommunerQueryDocument,
    "\n  subscription KommunerLive {\n    kommuneChanged {\n      ...KommuneRow_kommune\n    }\n  }\n": types.KommunerLiveDocument,
    "\n  mutation AddContact($input: AddContactInput!) {\n    addContact(input: $input) {\n      id\n      kommune {\n        ...ContactsPanel_kommune\n      }\n    }\n  }\n": types.AddContactDocument,
    "\n  mutation RemoveContact($id: ID!) {\n    removeContact(id: $id)\n  }\n": types.RemoveContactDocument,
    "\n  mutation UpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      ...ContactsPanel_contact\n    }\n  }\n": types.UpdateContactDocument,
    "\n  fragment LastMoverList_system on LegacySystem {\n    id\n    lastMovers {\n      id\n      name\n      expectedExit\n      exited\n      note\n    }\n  }\n": types.LastMoverList_SystemFragmentDoc,
    "\n  mutation UpdateShutdownPlan($input: UpdateLegacySystemInput!) {\n    updateLegacySystem(input: $input) {\n      id\n      plannedShutdown\n      lastMoversKnown\n      earliestShutdown\n      shutdownAtRisk\n    }\n  }\n": types.UpdateShutdownPlanDocument,
    "\n  mutation UpdateLastMoverExit($input: UpdateLastMoverInput!) {\n    updateLastMover(input: $input) {\n      id\n      system {\n        ...SystemShutdown_system\n      }\n    }\n  }\n": types.UpdateLastMoverExitDocument,
    "\n  mutation RemoveLastMover($id: ID!) {\n    removeLastMover(id: $id)\n  }\n": types.RemoveLastMoverDocument,
    "\n  mutation AddAlternative($input: AlternativeInput!) {\n    addAlternative(input: $input) {\n      id\n      name\n      note\n    }\n  }\n": types.AddAlternativeDocument,
    "\n  mutation RemoveAlternative($id: ID!) {\n    removeAlternative(id: $id)\n  }\n": types.RemoveAlternativeDocument,
    "\n  fragment SystemForm_system on LegacySystem {\n    id\n    name\n    kind\n    owner\n    status\n    retiredAt\n  }\n": types.SystemForm_SystemFragmentDoc,
    "\n  mutation CreateLegacySystem($input: CreateLegacySystemInput!) {\n    createLegacySystem(input: $input) {\n      ...SystemForm_system\n    }\n  }\n": types.CreateLegacySystemDocument,
    "\n  mutation UpdateLegacySystemDetails($input: UpdateLegacySystemInput!) {\n    updateLegacySystem(input: $input) {\n      ...SystemForm_system\n      earliestShutdown\n    }\n  }\n": types.UpdateLegacySystemDetailsDocument,
    "\n  mutation RetireLegacySystem($id: ID!) {\n    retireLegacySystem(id: $id) {\n      ...SystemForm_system\n    }\n  }\n": types.RetireLegacySystemDocument,
    "\n  fragment SystemShutdown_system on LegacySystem {\n    id\n    earliestShutdown\n    lastMoversKnown\n    shutdownAtRisk\n    ...LastMoverList_system\n  }\n": types.SystemShutdown_SystemFragmentDoc,
    "\n  query SystemQuery($id: ID!) {\n    legacySystem(id: $id) {\n      id\n      name\n      kind\n      owner\n      status\n      plannedShutdown\n      retiredAt\n      kommunerLeft\n      ...SystemShutdown_system\n      ...SystemForm_system\n      alternatives {\n        id\n        name\n        note\n      }\n    }\n  }\n": types.SystemQueryDocument,
    "\n  mutation AddLastMover($input: LastMoverInput!) {\n    addLastMover(input: $input) {\n      id\n      system {\n        ...SystemShutdown_system\n      }\n    }\n  }\n": types.AddLastMoverDocument,
    "\n  query LastMoverChoicesQuery {\n    legacySystems {\n      id\n      name\n      lastMovers {\n        id\n        name\n      }\n    }\n  }\n": types.LastMoverChoicesQueryDocument,
    "\n  query SystemerQuery {\n    legacySystems {\n      id\n      name\n      kind\n      owner\n      status\n      earliestShutdown\n      plannedShutdown\n      lastMoversKnown\n      shutdownAtRisk\n      kommunerLeft\n      ...LastMoverList_system\n      alternatives {\n        id\n        name\n        note\n      }\n    }\n  }\n": types.SystemerQueryDocument,
    "\n  fragment OpsigelserPanel_kommune on Kommune {\n    code\n    name\n    officialName\n    opsigelser {\n      id\n      kind\n      date\n      note\n      recordedAt\n    }\n  }\n": types.OpsigelserPanel_KommuneFragmentDoc,
    "\n  fragment OpsigelseAnswer_opsigelse on Opsigelse {\n    id\n    kommune {\n      ...OpsigelserPanel_kommune\n      ...KommuneStatus_kommune\n      checklist {\n        ...ChecklistRow_item\n      }\n    }\n  }\n": types.OpsigelseAnswer_OpsigelseFragmentDoc,
    "\n  mutation RecordOpsigelse($input: RecordOpsigelseInput!) {\n    recordOpsigelse(input: $input) {\n      ...OpsigelseAnswer_opsigelse\n    }\n  }\n": types.RecordOpsigelseDocument,
    "\n  mutation WithdrawOpsigelse($id: ID!) {\n    withdrawOpsigelseWithKommune(id: $id) {\n      ...OpsigelseAnswer_opsigelse\n    }\n  }\n": types.WithdrawOpsigelseDocument,
    "\n  query UdsendelserQuery($week: String, $state: OutboxState, $limit: Int!, $offset: Int!) {\n    outbox(week: $week, state: $state, limit: $limit, offset: $offset) {\n      ...OutboxRow_message\n    }\n    kommuner {\n      code\n      name\n    }\n  }\n": types.UdsendelserQueryDocument,
    "\n  fragment OutboxRow_message on OutboxMessage {\n    id\n    to\n    subject\n    kommuneCode\n    week\n    state\n    attempts\n    error\n    createdAt\n    sentAt\n  }\n": types.OutboxRow_MessageFragmentDoc,
    "\n  query StatusEmailPreviewQuery($kommuneCode: Int!) {\n    statusEmailPreview(kommuneCode: $kommuneCode) {\n      to\n      subject\n      text\n      html\n    }\n  }\n": types.StatusEmailPreviewQueryDocument,
    "\n  mutation SendStatusEmails($week: String) {\n    sendStatusEmails(week: $week)\n  }\n": types.SendStatusEmailsDocument,
    "\n  mutation RetryOutboxMessage($id: ID!) {\n    retryOutboxMessage(id: $id) {\n      ...OutboxRow_message\n    }\n  }\n": types.RetryOutboxMessageDocument,
    "\n  fragment BoelgerWave_wave on Wave {\n    id\n    name\n    goLive\n    kickOff\n    windows {\n      phase\n      start\n      end\n    }\n  }\n": types.BoelgerWave_WaveFragmentDoc,
    "\n  fragment BoelgerKommune_kommune on Kommune {\n    code\n    name\n    trafficLight\n    waveProvisional\n    wave {\n      id\n    }\n    progress {\n      done\n      notApplicable\n      total\n    }\n    gates {\n      date\n      state\n      gate {\n        number\n        name\n      }\n    }\n  }\n": types.BoelgerKommune_KommuneFragmentDoc,
    "\n  query BoelgerQuery {\n    waves {\n      ...BoelgerWave_wave\n    }\n    drejebog {\n      id\n      steps {\n        id\n        phase\n      }\n    }\n    kommuner {\n      ...BoelgerKommune_kommune\n    }\n  }\n": types.BoelgerQueryDocument,
    "\n  subscription BoelgerWavesLive {\n    wavesChanged {\n      ...BoelgerWave_wave\n    }\n  }\n": types.BoelgerWavesLiveDocument,
    "\n  subscription BoelgerKommunerLive {\n    kommuneChanged {\n      ...BoelgerKommune_kommune\n    }\n  }\n": types.BoelgerKommunerLiveDocument,
    "\n  mutation CreateWave($input: WaveInput!) {\n    createWave(input: $input) {\n      id\n    }\n  }\n": types.CreateWaveDocument,
    "\n  mutation UpdateWave($id: ID!, $input: WaveInput!) {\n    updateWave(id: $id, input: $input) {\n      ...BoelgerWave_wave\n      kommuner {\n        ...BoelgerKommune_kommune\n      }\n    }\n  }\n": types.UpdateWaveDocument,
    "\n  mutation DeleteWave($id: ID!) {\n    deleteWave(id: $id)\n  }\n": types.DeleteWaveDocument,
    "\n  mutation AssignWave($kommuneCode: Int!, $waveId: ID, $provisional: Boolean) {\n    assignWave(kommuneCode: $kommuneCode, waveId: $waveId, provisional: $provisional) {\n      ...BoelgerKommune_kommune\n    }\n  }\n": types.AssignWaveDocument,
    "\n  mutation ImportWavePlan($csv: String!) {\n    importWavePlan(csv: $csv)\n  }\n": types.ImportWavePlanDocument,
    "\n  fragment GatesTable_status on GateStatus {\n    date\n    state\n    gate {\n      number\n      name\n      weeksBeforeGoLive\n      verification {\n        id\n        code\n        title\n      }\n      prerequisites {\n        id\n        code\n      }\n    }\n  }\n": types.GatesTable_StatusFragmentDoc,
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
export function graphql(source: "\n  fragment AuditRow_event on AuditEvent {\n    id\n    at\n    summary\n  }\n"): (typeof documents)["\n  fragment AuditRow_event on AuditEvent {\n    id\n    at\n    summary\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KommuneHistoryQuery($code: Int!) {\n    auditEvents(filter: { kommuneCode: $code }, limit: 20) {\n      total\n      totalCapped\n      items {\n        ...AuditRow_event\n      }\n    }\n  }\n"): (typeof documents)["\n  query KommuneHistoryQuery($code: Int!) {\n    auditEvents(filter: { kommuneCode: $code }, limit: 20) {\n      total\n      totalCapped\n      items {\n        ...AuditRow_event\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription KommuneHistoryLive($code: Int!) {\n    kommuneChanged(code: $code) {\n      code\n    }\n  }\n"): (typeof documents)["\n  subscription KommuneHistoryLive($code: Int!) {\n    kommuneChanged(code: $code) {\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogQuery($filter: AuditFilter, $limit: Int!, $cursor: String) {\n    auditEvents(filter: $filter, limit: $limit, cursor: $cursor) {\n      total\n      totalCapped\n      nextCursor\n      items {\n        ...AuditRow_event\n      }\n    }\n    kommuner {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query AuditLogQuery($filter: AuditFilter, $limit: Int!, $cursor: String) {\n    auditEvents(filter: $filter, limit: $limit, cursor: $cursor) {\n      total\n      totalCapped\n      nextCursor\n      items {\n        ...AuditRow_event\n      }\n    }\n    kommuner {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogUsersQuery {\n    users {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query AuditLogUsersQuery {\n    users {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRow_user on User {\n    id\n    name\n    email\n    role\n    active\n    kommune {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment UserRow_user on User {\n    id\n    name\n    email\n    role\n    active\n    kommune {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrugereQuery {\n    users {\n      ...UserRow_user\n    }\n    kommuner {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query BrugereQuery {\n    users {\n      ...UserRow_user\n    }\n    kommuner {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow_user\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserRow_user\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserRow_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserRow_user\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserRow_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserRow_user\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserRow_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($id: ID!, $newPassword: String!) {\n    resetUserPassword(id: $id, newPassword: $newPassword) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ResetUserPassword($id: ID!, $newPassword: String!) {\n    resetUserPassword(id: $id, newPassword: $newPassword) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {\n    changeOwnPassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {\n    changeOwnPassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUser_user on User {\n    id\n    name\n    email\n    role\n    kommune {\n      code\n      name\n      officialName\n    }\n  }\n"): (typeof documents)["\n  fragment CurrentUser_user on User {\n    id\n    name\n    email\n    role\n    kommune {\n      code\n      name\n      officialName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentUserQuery {\n    me {\n      ...CurrentUser_user\n    }\n  }\n"): (typeof documents)["\n  query CurrentUserQuery {\n    me {\n      ...CurrentUser_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginMutation($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LoginMutation($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogoutMutation {\n    logout\n  }\n"): (typeof documents)["\n  mutation LogoutMutation {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChecklistRow_item on ChecklistItem {\n    id\n    status\n    note\n    responsible\n    version\n    updatedAt\n    updatedByName\n    deadline\n    step {\n      id\n      code\n      number\n      phase\n      title\n      description\n      type\n      deadline\n    }\n  }\n"): (typeof documents)["\n  fragment ChecklistRow_item on ChecklistItem {\n    id\n    status\n    note\n    responsible\n    version\n    updatedAt\n    updatedByName\n    deadline\n    step {\n      id\n      code\n      number\n      phase\n      title\n      description\n      type\n      deadline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateChecklistItem($input: UpdateChecklistItemInput!) {\n    updateChecklistItem(input: $input) {\n      ...ChecklistRow_item\n      kommune {\n        ...KommuneStatus_kommune\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateChecklistItem($input: UpdateChecklistItemInput!) {\n    updateChecklistItem(input: $input) {\n      ...ChecklistRow_item\n      kommune {\n        ...KommuneStatus_kommune\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Overblik_dashboard on Dashboard {\n    kommuneCount\n    agreement: terminated(kind: KMD_SAG_AGREEMENT)\n    manual: terminated(kind: MANUAL_CASES)\n    agreementSeries: terminationsOverTime(kind: KMD_SAG_AGREEMENT) {\n      date\n      count\n    }\n    manualSeries: terminationsOverTime(kind: MANUAL_CASES) {\n      date\n      count\n    }\n    agreementForecast: forecast(kind: KMD_SAG_AGREEMENT) {\n      date\n      method\n    }\n    manualForecast: forecast(kind: MANUAL_CASES) {\n      date\n      method\n    }\n    agreementMissing: notTerminated(kind: KMD_SAG_AGREEMENT) {\n      ...MissingKommune_kommune\n    }\n    manualMissing: notTerminated(kind: MANUAL_CASES) {\n      ...MissingKommune_kommune\n    }\n    stepProgress {\n      step {\n        id\n        code\n        number\n        title\n        deadline\n      }\n      done\n      started\n      notStarted\n      notApplicable\n    }\n  }\n"): (typeof documents)["\n  fragment Overblik_dashboard on Dashboard {\n    kommuneCount\n    agreement: terminated(kind: KMD_SAG_AGREEMENT)\n    manual: terminated(kind: MANUAL_CASES)\n    agreementSeries: terminationsOverTime(kind: KMD_SAG_AGREEMENT) {\n      date\n      count\n    }\n    manualSeries: terminationsOverTime(kind: MANUAL_CASES) {\n      date\n      count\n    }\n    agreementForecast: forecast(kind: KMD_SAG_AGREEMENT) {\n      date\n      method\n    }\n    manualForecast: forecast(kind: MANUAL_CASES) {\n      date\n      method\n    }\n    agreementMissing: notTerminated(kind: KMD_SAG_AGREEMENT) {\n      ...MissingKommune_kommune\n    }\n    manualMissing: notTerminated(kind: MANUAL_CASES) {\n      ...MissingKommune_kommune\n    }\n    stepProgress {\n      step {\n        id\n        code\n        number\n        title\n        deadline\n      }\n      done\n      started\n      notStarted\n      notApplicable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverblikWavesQuery {\n    dashboard {\n      ...OverblikWaves_dashboard\n    }\n  }\n"): (typeof documents)["\n  query OverblikWavesQuery {\n    dashboard {\n      ...OverblikWaves_dashboard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OverblikWaves_dashboard on Dashboard {\n    waves {\n      wave {\n        id\n        name\n        goLive\n      }\n      kommuneCount\n      green\n      yellow\n      red\n      gatesMissed\n    }\n  }\n"): (typeof documents)["\n  fragment OverblikWaves_dashboard on Dashboard {\n    waves {\n      wave {\n        id\n        name\n        goLive\n      }\n      kommuneCount\n      green\n      yellow\n      red\n      gatesMissed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OverblikWavesLive {\n    dashboardChanged {\n      ...OverblikWaves_dashboard\n    }\n  }\n"): (typeof documents)["\n  subscription OverblikWavesLive {\n    dashboardChanged {\n      ...OverblikWaves_dashboard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverblikQuery {\n    dashboard {\n      ...Overblik_dashboard\n    }\n  }\n"): (typeof documents)["\n  query OverblikQuery {\n    dashboard {\n      ...Overblik_dashboard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverblikSystemsQuery {\n    legacySystems {\n      id\n      name\n      kind\n      earliestShutdown\n      plannedShutdown\n      lastMoversKnown\n      lastMovers {\n        id\n        name\n        exited\n        expectedExit\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverblikSystemsQuery {\n    legacySystems {\n      id\n      name\n      kind\n      earliestShutdown\n      plannedShutdown\n      lastMoversKnown\n      lastMovers {\n        id\n        name\n        exited\n        expectedExit\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OverblikLive {\n    dashboardChanged {\n      ...Overblik_dashboard\n    }\n  }\n"): (typeof documents)["\n  subscription OverblikLive {\n    dashboardChanged {\n      ...Overblik_dashboard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MissingKommune_kommune on Kommune {\n    code\n    officialName\n    region\n    contacts {\n      id\n      name\n      email\n      role\n    }\n  }\n"): (typeof documents)["\n  fragment MissingKommune_kommune on Kommune {\n    code\n    officialName\n    region\n    contacts {\n      id\n      name\n      email\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverblikBehindQuery {\n    dashboard {\n      trafficLights {\n        red\n        yellow\n        green\n      }\n      redKommuner {\n        code\n        name\n        behind {\n          itemId\n          number\n          title\n          deadline\n          trafficLight\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverblikBehindQuery {\n    dashboard {\n      trafficLights {\n        red\n        yellow\n        green\n      }\n      redKommuner {\n        code\n        name\n        behind {\n          itemId\n          number\n          title\n          deadline\n          trafficLight\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrejebogPreviewQuery($input: PublishDrejebogInput!) {\n    drejebogPublishPreview(input: $input) {\n      kommunerTurningRed\n      stepsKept\n      stepsAdded\n      stepsRetired\n      answersCarriedOver\n      answersNew\n      answersRetired\n      answersRetiredWithWork\n      retiredSteps {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query DrejebogPreviewQuery($input: PublishDrejebogInput!) {\n    drejebogPublishPreview(input: $input) {\n      kommunerTurningRed\n      stepsKept\n      stepsAdded\n      stepsRetired\n      answersCarriedOver\n      answersNew\n      answersRetired\n      answersRetiredWithWork\n      retiredSteps {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishDrejebog($input: PublishDrejebogInput!) {\n    publishDrejebog(input: $input) {\n      ...DrejebogSteps_drejebog\n    }\n  }\n"): (typeof documents)["\n  mutation PublishDrejebog($input: PublishDrejebogInput!) {\n    publishDrejebog(input: $input) {\n      ...DrejebogSteps_drejebog\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DrejebogSteps_drejebog on Drejebog {\n    id\n    version\n    publishedAt\n    isCurrent\n    isExample\n    steps {\n      id\n      code\n      number\n      phase\n      title\n      description\n      type\n      deadline\n      opsigelseKind\n    }\n    gates {\n      number\n      name\n      weeksBeforeGoLive\n      verification {\n        id\n        code\n        title\n      }\n      prerequisites {\n        id\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DrejebogSteps_drejebog on Drejebog {\n    id\n    version\n    publishedAt\n    isCurrent\n    isExample\n    steps {\n      id\n      code\n      number\n      phase\n      title\n      description\n      type\n      deadline\n      opsigelseKind\n    }\n    gates {\n      number\n      name\n      weeksBeforeGoLive\n      verification {\n        id\n        code\n        title\n      }\n      prerequisites {\n        id\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrejebogQuery {\n    drejebog {\n      ...DrejebogSteps_drejebog\n    }\n    drejebogVersions {\n      ...DrejebogSteps_drejebog\n    }\n  }\n"): (typeof documents)["\n  query DrejebogQuery {\n    drejebog {\n      ...DrejebogSteps_drejebog\n    }\n    drejebogVersions {\n      ...DrejebogSteps_drejebog\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExampleDrejebogQuery {\n    drejebog {\n      id\n      version\n      isExample\n    }\n  }\n"): (typeof documents)["\n  query ExampleDrejebogQuery {\n    drejebog {\n      id\n      version\n      isExample\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportPreview_preview on ImportPreview {\n    newCount\n    changedCount\n    unchangedCount\n    errorCount\n    rows {\n      line\n      outcome\n      summary\n      message\n    }\n    retiredSteps {\n      id\n      number\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment ImportPreview_preview on ImportPreview {\n    newCount\n    changedCount\n    unchangedCount\n    errorCount\n    rows {\n      line\n      outcome\n      summary\n      message\n    }\n    retiredSteps {\n      id\n      number\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewOpsigelseImport($fileBase64: String!, $fileName: String!) {\n    previewOpsigelseImport(fileBase64: $fileBase64, fileName: $fileName) {\n      ...ImportPreview_preview\n    }\n  }\n"): (typeof documents)["\n  query PreviewOpsigelseImport($fileBase64: String!, $fileName: String!) {\n    previewOpsigelseImport(fileBase64: $fileBase64, fileName: $fileName) {\n      ...ImportPreview_preview\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyOpsigelseImport($fileBase64: String!, $fileName: String!) {\n    applyOpsigelseImport(fileBase64: $fileBase64, fileName: $fileName) {\n      created\n      changed\n      unchanged\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyOpsigelseImport($fileBase64: String!, $fileName: String!) {\n    applyOpsigelseImport(fileBase64: $fileBase64, fileName: $fileName) {\n      created\n      changed\n      unchanged\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewContactImport($fileBase64: String!, $fileName: String!) {\n    previewContactImport(fileBase64: $fileBase64, fileName: $fileName) {\n      ...ImportPreview_preview\n    }\n  }\n"): (typeof documents)["\n  query PreviewContactImport($fileBase64: String!, $fileName: String!) {\n    previewContactImport(fileBase64: $fileBase64, fileName: $fileName) {\n      ...ImportPreview_preview\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyContactImport($fileBase64: String!, $fileName: String!) {\n    applyContactImport(fileBase64: $fileBase64, fileName: $fileName) {\n      created\n      changed\n      unchanged\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyContactImport($fileBase64: String!, $fileName: String!) {\n    applyContactImport(fileBase64: $fileBase64, fileName: $fileName) {\n      created\n      changed\n      unchanged\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewDrejebogImport($fileBase64: String!, $fileName: String!, $version: String!) {\n    previewDrejebogImport(fileBase64: $fileBase64, fileName: $fileName, version: $version) {\n      ...ImportPreview_preview\n    }\n  }\n"): (typeof documents)["\n  query PreviewDrejebogImport($fileBase64: String!, $fileName: String!, $version: String!) {\n    previewDrejebogImport(fileBase64: $fileBase64, fileName: $fileName, version: $version) {\n      ...ImportPreview_preview\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyDrejebogImport($fileBase64: String!, $fileName: String!, $version: String!) {\n    applyDrejebogImport(fileBase64: $fileBase64, fileName: $fileName, version: $version) {\n      id\n      version\n      isCurrent\n      isExample\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyDrejebogImport($fileBase64: String!, $fileName: String!, $version: String!) {\n    applyDrejebogImport(fileBase64: $fileBase64, fileName: $fileName, version: $version) {\n      id\n      version\n      isCurrent\n      isExample\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactRolesAdminQuery {\n    contactRoles {\n      name\n      sortOrder\n      receivesStatusMail\n    }\n  }\n"): (typeof documents)["\n  query ContactRolesAdminQuery {\n    contactRoles {\n      name\n      sortOrder\n      receivesStatusMail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddContactRole($name: String!) {\n    addContactRole(name: $name) {\n      name\n      sortOrder\n      receivesStatusMail\n    }\n  }\n"): (typeof documents)["\n  mutation AddContactRole($name: String!) {\n    addContactRole(name: $name) {\n      name\n      sortOrder\n      receivesStatusMail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetContactRoleStatusMail($name: String!, $receivesStatusMail: Boolean!) {\n    setContactRoleStatusMail(name: $name, receivesStatusMail: $receivesStatusMail) {\n      name\n      receivesStatusMail\n    }\n  }\n"): (typeof documents)["\n  mutation SetContactRoleStatusMail($name: String!, $receivesStatusMail: Boolean!) {\n    setContactRoleStatusMail(name: $name, receivesStatusMail: $receivesStatusMail) {\n      name\n      receivesStatusMail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveContactRole($name: String!) {\n    removeContactRole(name: $name)\n  }\n"): (typeof documents)["\n  mutation RemoveContactRole($name: String!) {\n    removeContactRole(name: $name)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactsPanel_contact on Contact {\n    id\n    name\n    email\n    phone\n    role\n    receivesStatus\n  }\n"): (typeof documents)["\n  fragment ContactsPanel_contact on Contact {\n    id\n    name\n    email\n    phone\n    role\n    receivesStatus\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactsPanel_kommune on Kommune {\n    code\n    name\n    officialName\n    contacts {\n      ...ContactsPanel_contact\n    }\n  }\n"): (typeof documents)["\n  fragment ContactsPanel_kommune on Kommune {\n    code\n    name\n    officialName\n    contacts {\n      ...ContactsPanel_contact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactRolesQuery {\n    contactRoles {\n      name\n    }\n  }\n"): (typeof documents)["\n  query ContactRolesQuery {\n    contactRoles {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KommuneStatus_kommune on Kommune {\n    code\n    trafficLight\n    progress {\n      done\n      started\n      notStarted\n      notApplicable\n      total\n    }\n    behind {\n      itemId\n      number\n      title\n      deadline\n      trafficLight\n    }\n    gates {\n      ...GatesTable_status\n    }\n  }\n"): (typeof documents)["\n  fragment KommuneStatus_kommune on Kommune {\n    code\n    trafficLight\n    progress {\n      done\n      started\n      notStarted\n      notApplicable\n      total\n    }\n    behind {\n      itemId\n      number\n      title\n      deadline\n      trafficLight\n    }\n    gates {\n      ...GatesTable_status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KommuneQuery($code: Int!) {\n    kommune(code: $code) {\n      code\n      name\n      officialName\n      region\n      waveProvisional\n      wave {\n        id\n        name\n        goLive\n      }\n      ...KommuneStatus_kommune\n      checklist {\n        ...ChecklistRow_item\n      }\n      ...OpsigelserPanel_kommune\n      ...ContactsPanel_kommune\n    }\n  }\n"): (typeof documents)["\n  query KommuneQuery($code: Int!) {\n    kommune(code: $code) {\n      code\n      name\n      officialName\n      region\n      waveProvisional\n      wave {\n        id\n        name\n        goLive\n      }\n      ...KommuneStatus_kommune\n      checklist {\n        ...ChecklistRow_item\n      }\n      ...OpsigelserPanel_kommune\n      ...ContactsPanel_kommune\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription KommuneLive($code: Int!) {\n    kommuneChanged(code: $code) {\n      ...KommuneStatus_kommune\n      ...OpsigelserPanel_kommune\n      ...ContactsPanel_kommune\n    }\n  }\n"): (typeof documents)["\n  subscription KommuneLive($code: Int!) {\n    kommuneChanged(code: $code) {\n      ...KommuneStatus_kommune\n      ...OpsigelserPanel_kommune\n      ...ContactsPanel_kommune\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription KommuneChecklistLive($code: Int!) {\n    checklistItemChanged(kommuneCode: $code) {\n      item {\n        ...ChecklistRow_item\n        kommune {\n          ...KommuneStatus_kommune\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription KommuneChecklistLive($code: Int!) {\n    checklistItemChanged(kommuneCode: $code) {\n      item {\n        ...ChecklistRow_item\n        kommune {\n          ...KommuneStatus_kommune\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KommuneRow_kommune on Kommune {\n    code\n    name\n    region\n    trafficLight\n    waveProvisional\n    wave {\n      id\n      name\n    }\n    progress {\n      done\n      notApplicable\n      total\n    }\n    opsigelser {\n      id\n      kind\n      date\n    }\n  }\n"): (typeof documents)["\n  fragment KommuneRow_kommune on Kommune {\n    code\n    name\n    region\n    trafficLight\n    waveProvisional\n    wave {\n      id\n      name\n    }\n    progress {\n      done\n      notApplicable\n      total\n    }\n    opsigelser {\n      id\n      kind\n      date\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KommunerQuery {\n    kommuner {\n      ...KommuneRow_kommune\n    }\n  }\n"): (typeof documents)["\n  query KommunerQuery {\n    kommuner {\n      ...KommuneRow_kommune\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription KommunerLive {\n    kommuneChanged {\n      ...KommuneRow_kommune\n    }\n  }\n"): (typeof documents)["\n  subscription KommunerLive {\n    kommuneChanged {\n      ...KommuneRow_kommune\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddContact($input: AddContactInput!) {\n    addContact(input: $input) {\n      id\n      kommune {\n        ...ContactsPanel_kommune\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddContact($input: AddContactInput!) {\n    addContact(input: $input) {\n      id\n      kommune {\n        ...ContactsPanel_kommune\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveContact($id: ID!) {\n    removeContact(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveContact($id: ID!) {\n    removeContact(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      ...ContactsPanel_contact\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      ...ContactsPanel_contact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LastMoverList_system on LegacySystem {\n    id\n    lastMovers {\n      id\n      name\n      expectedExit\n      exited\n      note\n    }\n  }\n"): (typeof documents)["\n  fragment LastMoverList_system on LegacySystem {\n    id\n    lastMovers {\n      id\n      name\n      expectedExit\n      exited\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateShutdownPlan($input: UpdateLegacySystemInput!) {\n    updateLegacySystem(input: $input) {\n      id\n      plannedShutdown\n      lastMoversKnown\n      earliestShutdown\n      shutdownAtRisk\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateShutdownPlan($input: UpdateLegacySystemInput!) {\n    updateLegacySystem(input: $input) {\n      id\n      plannedShutdown\n      lastMoversKnown\n      earliestShutdown\n      shutdownAtRisk\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLastMoverExit($input: UpdateLastMoverInput!) {\n    updateLastMover(input: $input) {\n      id\n      system {\n        ...SystemShutdown_system\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLastMoverExit($input: UpdateLastMoverInput!) {\n    updateLastMover(input: $input) {\n      id\n      system {\n        ...SystemShutdown_system\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveLastMover($id: ID!) {\n    removeLastMover(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveLastMover($id: ID!) {\n    removeLastMover(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAlternative($input: AlternativeInput!) {\n    addAlternative(input: $input) {\n      id\n      name\n      note\n    }\n  }\n"): (typeof documents)["\n  mutation AddAlternative($input: AlternativeInput!) {\n    addAlternative(input: $input) {\n      id\n      name\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAlternative($id: ID!) {\n    removeAlternative(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveAlternative($id: ID!) {\n    removeAlternative(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SystemForm_system on LegacySystem {\n    id\n    name\n    kind\n    owner\n    status\n    retiredAt\n  }\n"): (typeof documents)["\n  fragment SystemForm_system on LegacySystem {\n    id\n    name\n    kind\n    owner\n    status\n    retiredAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLegacySystem($input: CreateLegacySystemInput!) {\n    createLegacySystem(input: $input) {\n      ...SystemForm_system\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLegacySystem($input: CreateLegacySystemInput!) {\n    createLegacySystem(input: $input) {\n      ...SystemForm_system\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLegacySystemDetails($input: UpdateLegacySystemInput!) {\n    updateLegacySystem(input: $input) {\n      ...SystemForm_system\n      earliestShutdown\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLegacySystemDetails($input: UpdateLegacySystemInput!) {\n    updateLegacySystem(input: $input) {\n      ...SystemForm_system\n      earliestShutdown\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetireLegacySystem($id: ID!) {\n    retireLegacySystem(id: $id) {\n      ...SystemForm_system\n    }\n  }\n"): (typeof documents)["\n  mutation RetireLegacySystem($id: ID!) {\n    retireLegacySystem(id: $id) {\n      ...SystemForm_system\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SystemShutdown_system on LegacySystem {\n    id\n    earliestShutdown\n    lastMoversKnown\n    shutdownAtRisk\n    ...LastMoverList_system\n  }\n"): (typeof documents)["\n  fragment SystemShutdown_system on LegacySystem {\n    id\n    earliestShutdown\n    lastMoversKnown\n    shutdownAtRisk\n    ...LastMoverList_system\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SystemQuery($id: ID!) {\n    legacySystem(id: $id) {\n      id\n      name\n      kind\n      owner\n      status\n      plannedShutdown\n      retiredAt\n      kommunerLeft\n      ...SystemShutdown_system\n      ...SystemForm_system\n      alternatives {\n        id\n        name\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  query SystemQuery($id: ID!) {\n    legacySystem(id: $id) {\n      id\n      name\n      kind\n      owner\n      status\n      plannedShutdown\n      retiredAt\n      kommunerLeft\n      ...SystemShutdown_system\n      ...SystemForm_system\n      alternatives {\n        id\n        name\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddLastMover($input: LastMoverInput!) {\n    addLastMover(input: $input) {\n      id\n      system {\n        ...SystemShutdown_system\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddLastMover($input: LastMoverInput!) {\n    addLastMover(input: $input) {\n      id\n      system {\n        ...SystemShutdown_system\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LastMoverChoicesQuery {\n    legacySystems {\n      id\n      name\n      lastMovers {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query LastMoverChoicesQuery {\n    legacySystems {\n      id\n      name\n      lastMovers {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SystemerQuery {\n    legacySystems {\n      id\n      name\n      kind\n      owner\n      status\n      earliestShutdown\n      plannedShutdown\n      lastMoversKnown\n      shutdownAtRisk\n      kommunerLeft\n      ...LastMoverList_system\n      alternatives {\n        id\n        name\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  query SystemerQuery {\n    legacySystems {\n      id\n      name\n      kind\n      owner\n      status\n      earliestShutdown\n      plannedShutdown\n      lastMoversKnown\n      shutdownAtRisk\n      kommunerLeft\n      ...LastMoverList_system\n      alternatives {\n        id\n        name\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OpsigelserPanel_kommune on Kommune {\n    code\n    name\n    officialName\n    opsigelser {\n      id\n      kind\n      date\n      note\n      recordedAt\n    }\n  }\n"): (typeof documents)["\n  fragment OpsigelserPanel_kommune on Kommune {\n    code\n    name\n    officialName\n    opsigelser {\n      id\n      kind\n      date\n      note\n      recordedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OpsigelseAnswer_opsigelse on Opsigelse {\n    id\n    kommune {\n      ...OpsigelserPanel_kommune\n      ...KommuneStatus_kommune\n      checklist {\n        ...ChecklistRow_item\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OpsigelseAnswer_opsigelse on Opsigelse {\n    id\n    kommune {\n      ...OpsigelserPanel_kommune\n      ...KommuneStatus_kommune\n      checklist {\n        ...ChecklistRow_item\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordOpsigelse($input: RecordOpsigelseInput!) {\n    recordOpsigelse(input: $input) {\n      ...OpsigelseAnswer_opsigelse\n    }\n  }\n"): (typeof documents)["\n  mutation RecordOpsigelse($input: RecordOpsigelseInput!) {\n    recordOpsigelse(input: $input) {\n      ...OpsigelseAnswer_opsigelse\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawOpsigelse($id: ID!) {\n    withdrawOpsigelseWithKommune(id: $id) {\n      ...OpsigelseAnswer_opsigelse\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawOpsigelse($id: ID!) {\n    withdrawOpsigelseWithKommune(id: $id) {\n      ...OpsigelseAnswer_opsigelse\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UdsendelserQuery($week: String, $state: OutboxState, $limit: Int!, $offset: Int!) {\n    outbox(week: $week, state: $state, limit: $limit, offset: $offset) {\n      ...OutboxRow_message\n    }\n    kommuner {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query UdsendelserQuery($week: String, $state: OutboxState, $limit: Int!, $offset: Int!) {\n    outbox(week: $week, state: $state, limit: $limit, offset: $offset) {\n      ...OutboxRow_message\n    }\n    kommuner {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OutboxRow_message on OutboxMessage {\n    id\n    to\n    subject\n    kommuneCode\n    week\n    state\n    attempts\n    error\n    createdAt\n    sentAt\n  }\n"): (typeof documents)["\n  fragment OutboxRow_message on OutboxMessage {\n    id\n    to\n    subject\n    kommuneCode\n    week\n    state\n    attempts\n    error\n    createdAt\n    sentAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatusEmailPreviewQuery($kommuneCode: Int!) {\n    statusEmailPreview(kommuneCode: $kommuneCode) {\n      to\n      subject\n      text\n      html\n    }\n  }\n"): (typeof documents)["\n  query StatusEmailPreviewQuery($kommuneCode: Int!) {\n    statusEmailPreview(kommuneCode: $kommuneCode) {\n      to\n      subject\n      text\n      html\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendStatusEmails($week: String) {\n    sendStatusEmails(week: $week)\n  }\n"): (typeof documents)["\n  mutation SendStatusEmails($week: String) {\n    sendStatusEmails(week: $week)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryOutboxMessage($id: ID!) {\n    retryOutboxMessage(id: $id) {\n      ...OutboxRow_message\n    }\n  }\n"): (typeof documents)["\n  mutation RetryOutboxMessage($id: ID!) {\n    retryOutboxMessage(id: $id) {\n      ...OutboxRow_message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoelgerWave_wave on Wave {\n    id\n    name\n    goLive\n    kickOff\n    windows {\n      phase\n      start\n      end\n    }\n  }\n"): (typeof documents)["\n  fragment BoelgerWave_wave on Wave {\n    id\n    name\n    goLive\n    kickOff\n    windows {\n      phase\n      start\n      end\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoelgerKommune_kommune on Kommune {\n    code\n    name\n    trafficLight\n    waveProvisional\n    wave {\n      id\n    }\n    progress {\n      done\n      notApplicable\n      total\n    }\n    gates {\n      date\n      state\n      gate {\n        number\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment BoelgerKommune_kommune on Kommune {\n    code\n    name\n    trafficLight\n    waveProvisional\n    wave {\n      id\n    }\n    progress {\n      done\n      notApplicable\n      total\n    }\n    gates {\n      date\n      state\n      gate {\n        number\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoelgerQuery {\n    waves {\n      ...BoelgerWave_wave\n    }\n    drejebog {\n      id\n      steps {\n        id\n        phase\n      }\n    }\n    kommuner {\n      ...BoelgerKommune_kommune\n    }\n  }\n"): (typeof documents)["\n  query BoelgerQuery {\n    waves {\n      ...BoelgerWave_wave\n    }\n    drejebog {\n      id\n      steps {\n        id\n        phase\n      }\n    }\n    kommuner {\n      ...BoelgerKommune_kommune\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BoelgerWavesLive {\n    wavesChanged {\n      ...BoelgerWave_wave\n    }\n  }\n"): (typeof documents)["\n  subscription BoelgerWavesLive {\n    wavesChanged {\n      ...BoelgerWave_wave\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BoelgerKommunerLive {\n    kommuneChanged {\n      ...BoelgerKommune_kommune\n    }\n  }\n"): (typeof documents)["\n  subscription BoelgerKommunerLive {\n    kommuneChanged {\n      ...BoelgerKommune_kommune\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWave($input: WaveInput!) {\n    createWave(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWave($input: WaveInput!) {\n    createWave(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWave($id: ID!, $input: WaveInput!) {\n    updateWave(id: $id, input: $input) {\n      ...BoelgerWave_wave\n      kommuner {\n        ...BoelgerKommune_kommune\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWave($id: ID!, $input: WaveInput!) {\n    updateWave(id: $id, input: $input) {\n      ...BoelgerWave_wave\n      kommuner {\n        ...BoelgerKommune_kommune\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWave($id: ID!) {\n    deleteWave(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteWave($id: ID!) {\n    deleteWave(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignWave($kommuneCode: Int!, $waveId: ID, $provisional: Boolean) {\n    assignWave(kommuneCode: $kommuneCode, waveId: $waveId, provisional: $provisional) {\n      ...BoelgerKommune_kommune\n    }\n  }\n"): (typeof documents)["\n  mutation AssignWave($kommuneCode: Int!, $waveId: ID, $provisional: Boolean) {\n    assignWave(kommuneCode: $kommuneCode, waveId: $waveId, provisional: $provisional) {\n      ...BoelgerKommune_kommune\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportWavePlan($csv: String!) {\n    importWavePlan(csv: $csv)\n  }\n"): (typeof documents)["\n  mutation ImportWavePlan($csv: String!) {\n    importWavePlan(csv: $csv)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GatesTable_status on GateStatus {\n    date\n    state\n    gate {\n      number\n      name\n      weeksBeforeGoLive\n      verification {\n        id\n        code\n        title\n      }\n      prerequisites {\n        id\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment GatesTable_status on GateStatus {\n    date\n    state\n    gate {\n      number\n      name\n      weeksBeforeGoLive\n      verification {\n        id\n        code\n        title\n      }\n      prerequisites {\n        id\n        code\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;