/**
 * Text without its accents (`Zéphyr` -> `Zephyr`, and compatibility forms such as `ﬁ` ->
 * `fi`): the one accent folding that search, provider keys and field keys share.
 */
export const stripAccents = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
