// German plurals by the language's own rules (Intl.PluralRules), for the German catalogues only.
let rules: Intl.PluralRules | undefined;

/** `one` for a count German says in the singular (1), else `other`. */
export function plural(count: number, one: string, other: string): string {
  return (rules ??= new Intl.PluralRules('de')).select(count) === 'one' ? one : other;
}
