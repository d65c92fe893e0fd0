// Longest texts the app stores, in Unicode code points (as PostgreSQL counts varchar lengths).
// The API refuses longer input with a Danish BAD_USER_INPUT; the web app's forms stop typing there.

/** Notes and reasons (a checklist answer, an opsigelse, a last mover). */
export const NOTE_MAX = 2000;
/** Names and short titles (people, systems, alternatives, drejebog phases and steps, responsible). */
export const NAME_MAX = 200;
/** A drejebog step's description. */
export const DESCRIPTION_MAX = 10000;
/** A legacy system's status text in the U:KFS table. */
export const STATUS_MAX = 2000;
/** An e-mail address (RFC 5321's path limit). */
export const EMAIL_MAX = 254;
/** A telephone number as typed. */
export const PHONE_MAX = 50;
/** A drejebog version label. */
export const VERSION_MAX = 50;
/** A password (longer ones only cost hashing time). */
export const PASSWORD_MAX = 256;
/** KOMBIT's own id for a drejebog step, e.g. "KLIK 03". */
export const STEP_CODE_MAX = 20;
/** A contact role's name. */
export const CONTACT_ROLE_MAX = 100;
