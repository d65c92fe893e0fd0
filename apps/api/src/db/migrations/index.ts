// Every migration, oldest first. Generated with `npm run migration:generate -- <Name>`; never edited once committed.
import { KommuneDataVersionTriggers1796577298093 } from './1796577298093-KommuneDataVersionTriggers.js';
import { KommuneDataVersion1796577298092 } from './1796577298092-KommuneDataVersion.js';
import { DataVersionTriggersSystems1796566770342 } from './1796566770342-DataVersionTriggersSystems.js';
import { LinkDrejebogStepToOpsigelse1796565868012 } from './1796565868012-LinkDrejebogStepToOpsigelse.js';
import { StatusMail1796564141601 } from './1796564141601-StatusMail.js';
import { ProgrammeReferenceData1796564017081 } from './1796564017081-ProgrammeReferenceData.js';
import { ProgrammeNamesRolesPlannedShutdown1796564017080 } from './1796564017080-ProgrammeNamesRolesPlannedShutdown.js';
import { ChangeNotifications1796564001479 } from './1796564001479-ChangeNotifications.js';
import { WavesDataVersionTriggers1796564010361 } from './1796564010361-WavesDataVersionTriggers.js';
import { WavesAndGates1796564010360 } from './1796564010360-WavesAndGates.js';
import { DataVersionTriggers1796039913606 } from './1796039913606-DataVersionTriggers.js';
import { DataVersion1796039913605 } from './1796039913605-DataVersion.js';
import { StandingOpsigelseIndex1796036868710 } from './1796036868710-StandingOpsigelseIndex.js';
import { Init1795462743265 } from './1795462743265-Init.js';
export const migrations: Function[] = [Init1795462743265, StandingOpsigelseIndex1796036868710, DataVersion1796039913605, DataVersionTriggers1796039913606, ChangeNotifications1796564001479, WavesAndGates1796564010360, WavesDataVersionTriggers1796564010361, ProgrammeNamesRolesPlannedShutdown1796564017080, ProgrammeReferenceData1796564017081, StatusMail1796564141601, LinkDrejebogStepToOpsigelse1796565868012, DataVersionTriggersSystems1796566770342, KommuneDataVersion1796577298092, KommuneDataVersionTriggers1796577298093];
