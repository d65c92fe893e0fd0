// Every migration, oldest first. Generated with `npm run migration:generate -- <Name>`; never edited once committed.
import { LinkDrejebogStepToOpsigelse1796565868012 } from './1796565868012-LinkDrejebogStepToOpsigelse.js';
import { ChangeNotifications1796564001479 } from './1796564001479-ChangeNotifications.js';
import { DataVersionTriggers1796039913606 } from './1796039913606-DataVersionTriggers.js';
import { DataVersion1796039913605 } from './1796039913605-DataVersion.js';
import { StandingOpsigelseIndex1796036868710 } from './1796036868710-StandingOpsigelseIndex.js';
import { Init1795462743265 } from './1795462743265-Init.js';
export const migrations: Function[] = [
  Init1795462743265,
  StandingOpsigelseIndex1796036868710,
  DataVersion1796039913605,
  DataVersionTriggers1796039913606,
  ChangeNotifications1796564001479,
  LinkDrejebogStepToOpsigelse1796565868012,
];
