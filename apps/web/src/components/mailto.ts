/** One address as it may stand in a mailto: link: everything but the @ percent-encoded. */
function encodeAddress(address: string): string {
  return encodeURIComponent(address).replace(/%40/g, '@');
}

/**
 * A mailto: link. Every address is encoded, so none can add recipients, headers or a body to the
 * message (an address holding `?`, `&`, `,` or `%` stays one address).
 */
export function mailtoHref(to: readonly string[], fields: { bcc?: readonly string[]; subject?: string } = {}): string {
  const query = [
    ...(fields.bcc && fields.bcc.length > 0 ? [`bcc=${fields.bcc.map(encodeAddress).join(',')}`] : []),
    ...(fields.subject ? [`subject=${encodeURIComponent(fields.subject)}`] : []),
  ];
  return `mailto:${to.map(encodeAddress).join(',')}${query.length > 0 ? `?${query.join('&')}` : ''}`;
}
