import { byDanishName } from './format';

/** The options of a kommune picker: every kommune given, by name in Danish order (Æ, Ø, Å last), valued by kommunekode. */
export function KommuneOptions({ kommuner }: { kommuner: readonly { code: number; name: string }[] }) {
  return byDanishName(kommuner).map((k) => (
    <option key={k.code} value={k.code}>
      {k.name}
    </option>
  ));
}
